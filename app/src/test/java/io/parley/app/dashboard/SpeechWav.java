package io.parley.app.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Chromium loops its fake microphone file without a break, so a caller would never stop talking. Silence around
 * the speech lets the greeting play first and the turn detector hear the end of the caller's turn.
 */
final class SpeechWav {

    private SpeechWav() {
    }

    static Path withPauses(Path speech, int seconds) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(speech.toFile())) {
            AudioFormat format = in.getFormat();
            byte[] voice = in.readAllBytes();
            int silence = Math.round(format.getFrameRate() * seconds) * format.getFrameSize();
            byte[] padded = new byte[silence + voice.length + silence];
            System.arraycopy(voice, 0, padded, silence, voice.length);
            Path out = speech.resolveSibling("caller-speech-with-pauses.wav");
            try (AudioInputStream pausedSpeech = new AudioInputStream(new ByteArrayInputStream(padded), format,
                    padded.length / format.getFrameSize())) {
                AudioSystem.write(pausedSpeech, AudioFileFormat.Type.WAVE, out.toFile());
            }
            return out;
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("espeak-ng wrote a WAV Java cannot read: " + speech, e);
        }
    }
}

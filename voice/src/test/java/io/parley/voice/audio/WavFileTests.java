package io.parley.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileTests {

    @TempDir
    Path dir;

    @Test
    void readsEspeakOutputAtItsOwnRate() {
        WavFile.Audio audio = TestAudio.speechAt("Good morning", dir);

        assertThat(audio.sampleRate()).isEqualTo(22050);
        assertThat(audio.durationMs()).isBetween(400.0, 3000.0);
        assertThat(Pcm16.dbfs(audio.samples())).isGreaterThan(-40);
    }

    @Test
    void writesAFileThatReadsBackSampleForSample() {
        short[] speech = TestAudio.speech("Thank you for calling", dir);
        Path file = dir.resolve("out.wav");

        WavFile.write(file, speech, 16000);
        WavFile.Audio back = WavFile.read(file);

        assertThat(back.sampleRate()).isEqualTo(16000);
        assertThat(back.samples()).containsExactly(speech);
    }

    @Test
    void averagesStereoIntoMono() throws Exception {
        Path stereo = dir.resolve("stereo.wav");
        Process sox = new ProcessBuilder("sox", "-n", "-r", "48000", "-c", "2", "-b", "16", stereo.toString(),
                "synth", "0.5", "sine", "1000", "sine", "1000").redirectErrorStream(true).start();
        assertThat(sox.waitFor()).isZero();

        WavFile.Audio audio = WavFile.read(stereo);

        assertThat(audio.sampleRate()).isEqualTo(48000);
        assertThat(audio.samples()).hasSize(24000);
        assertThat(Spectrum.peakHz(audio.resampledTo(16000).samples(), 800, 16000)).isBetween(995.0, 1005.0);
    }

    @Test
    void readsFloatAndTwentyFourBitFiles() throws Exception {
        for (String bits : new String[] {"-b24", "-efloat"}) {
            Path file = dir.resolve("f" + bits + ".wav");
            String[] encoding = bits.equals("-b24") ? new String[] {"-b", "24"} : new String[] {"-e", "floating-point", "-b", "32"};
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("sox", "-n", "-r", "8000", "-c", "1"));
            cmd.addAll(java.util.List.of(encoding));
            cmd.addAll(java.util.List.of(file.toString(), "synth", "0.25", "sine", "500", "vol", "0.5"));
            assertThat(new ProcessBuilder(cmd).redirectErrorStream(true).start().waitFor()).isZero();

            WavFile.Audio audio = WavFile.read(file);

            assertThat(audio.samples()).hasSize(2000);
            assertThat(Pcm16.rms(audio.samples())).isBetween(0.34, 0.37);
        }
    }

    @Test
    void rejectsFilesThatAreNotWave() {
        byte[] junk = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN).putInt(0x12345678).array();

        assertThatThrownBy(() -> WavFile.parse(junk)).isInstanceOf(IllegalArgumentException.class);
    }
}

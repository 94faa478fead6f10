package io.parley.voice.recovery;

/**
 * A short soft two-note chime, generated in process. It is the last resort when every TTS engine has failed:
 * the caller hears that the line is alive even though no voice is available.
 */
public final class Earcon {

    private Earcon() {
    }

    public static short[] chime(int sampleRate) {
        int noteSamples = sampleRate * 180 / 1000;
        short[] pcm = new short[noteSamples * 2];
        double[] notes = {660.0, 880.0};
        for (int n = 0; n < 2; n++) {
            for (int i = 0; i < noteSamples; i++) {
                double envelope = Math.sin(Math.PI * i / noteSamples);
                double value = Math.sin(2 * Math.PI * notes[n] * i / sampleRate) * envelope * 6000;
                pcm[n * noteSamples + i] = (short) value;
            }
        }
        return pcm;
    }
}

package io.parley.bench.audio;

import java.util.Random;

/** A 20 ms frame of a voiced-like signal (a low tone plus noise) at any rate. */
final class AudioFrames {

    private AudioFrames() {
    }

    static short[] frame(int rate) {
        Random random = new Random(5);
        short[] frame = new short[rate / 50];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (8000 * Math.sin(2 * Math.PI * 180 * i / rate) + random.nextGaussian() * 500);
        }
        return frame;
    }
}

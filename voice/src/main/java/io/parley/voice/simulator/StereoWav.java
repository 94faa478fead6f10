package io.parley.voice.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the simulator's two-sided recording: caller on the left channel, agent on the right. */
final class StereoWav {

    private StereoWav() {
    }

    static void write(Path path, short[] interleaved, int sampleRate) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + interleaved.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + interleaved.length * 2).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 2).putInt(sampleRate)
                .putInt(sampleRate * 4).putShort((short) 4).putShort((short) 16);
        b.putInt(0x61746164).putInt(interleaved.length * 2);
        for (short s : interleaved) {
            b.putShort(s);
        }
        Files.write(path, b.array());
    }
}

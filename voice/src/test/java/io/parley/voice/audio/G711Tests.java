package io.parley.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class G711Tests {

    @TempDir
    Path dir;

    @Test
    void muLawRoundTripOfSpeechKeepsTelephoneQuality() {
        short[] speech = Resampler.convert(TestAudio.speech("Hello, I would like to book a table", dir), 16000, 8000);

        short[] back = G711.decodeUlaw(G711.encodeUlaw(speech));

        assertThat(snrDb(speech, back)).isGreaterThan(30);
        assertErrorWithinOneQuantizationStep(speech, back, 128);
    }

    @Test
    void aLawRoundTripOfSpeechKeepsTelephoneQuality() {
        short[] speech = Resampler.convert(TestAudio.speech("Hello, I would like to book a table", dir), 16000, 8000);

        short[] back = G711.decodeAlaw(G711.encodeAlaw(speech));

        assertThat(snrDb(speech, back)).isGreaterThan(30);
        assertErrorWithinOneQuantizationStep(speech, back, 16);
    }

    @Test
    void encodesTheStandardCodeWordsForSilenceAndFullScale() {
        assertThat(G711.ulaw((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.ulaw((short) 32767)).isEqualTo((byte) 0x80);
        assertThat(G711.ulaw((short) -32768)).isEqualTo((byte) 0x00);
        assertThat(G711.alaw((short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711.alaw((short) 32767)).isEqualTo((byte) 0xAA);
        assertThat(G711.alaw((short) -32768)).isEqualTo((byte) 0x2A);
    }

    @Test
    void everyCodeWordDecodesAndReencodesToItself() {
        for (int code = 0; code < 256; code++) {
            byte b = (byte) code;
            assertThat(G711.alaw(G711.decodeAlaw(new byte[] {b})[0])).isEqualTo(b);
            short u = G711.decodeUlaw(new byte[] {b})[0];
            if (u != 0) { // μ-law has two zeros (0x7F and 0xFF); both decode to 0, which encodes to 0xFF
                assertThat(G711.ulaw(u)).isEqualTo(b);
            }
        }
    }

    /** Companding error grows with the level: at most half a step of the segment the sample falls in. */
    private static void assertErrorWithinOneQuantizationStep(short[] in, short[] out, int smallestStep) {
        for (int i = 0; i < in.length; i++) {
            int magnitude = Math.abs(in[i]);
            int step = Math.max(smallestStep, Integer.highestOneBit(Math.max(1, magnitude)) / 16);
            assertThat(Math.abs(in[i] - out[i])).as("sample %d = %d", i, in[i]).isLessThanOrEqualTo(step);
        }
    }

    private static double snrDb(short[] ref, short[] test) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < ref.length; i++) {
            signal += (double) ref[i] * ref[i];
            double d = ref[i] - test[i];
            noise += d * d;
        }
        return 10 * Math.log10(signal / noise);
    }
}

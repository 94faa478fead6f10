package io.parley.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.voice.audio.OpusCodec.Implementation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpusCodecTests {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} encoder, {1} decoder")
    @CsvSource({"CONCENTUS,CONCENTUS", "LIBOPUS,LIBOPUS", "LIBOPUS,CONCENTUS", "CONCENTUS,LIBOPUS"})
    void speechSurvivesAnOpusRoundTripAtFortyEightKilohertz(Implementation encoding, Implementation decoding) {
        short[] speech = TestAudio.speechAt("Could you move my appointment to Thursday at three", dir)
                .resampledTo(48000).samples();

        List<short[]> decoded = new ArrayList<>();
        int packetBytes = 0;
        int frames = 0;
        try (OpusCodec.Encoder encoder = OpusCodec.encoder(encoding, 48000, 32000);
             OpusCodec.Decoder decoder = OpusCodec.decoder(decoding, 48000)) {
            for (int at = 0; at + 960 <= speech.length; at += 960) {
                byte[] packet = encoder.encode(java.util.Arrays.copyOfRange(speech, at, at + 960));
                packetBytes += packet.length;
                frames++;
                decoded.add(decoder.decode(packet));
            }
        }
        short[] out = Pcm16.concat(decoded);

        assertThat(out).hasSize(frames * 960);
        // 32 kbit/s at 50 packets per second is about 80 bytes a packet; raw PCM would be 1920.
        assertThat(packetBytes / frames).isBetween(20, 160);
        assertThat(bestCorrelation(speech, out, 600)).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @CsvSource({"CONCENTUS", "LIBOPUS"})
    void concealsALostPacketWithAudioOfTheRightLength(Implementation implementation) {
        short[] tone = TestAudio.tone(440, 200, 16000, 0.3);
        try (OpusCodec.Encoder encoder = OpusCodec.encoder(implementation, 16000, 24000);
             OpusCodec.Decoder decoder = OpusCodec.decoder(implementation, 16000)) {
            for (int at = 0; at + 320 <= tone.length; at += 320) {
                decoder.decode(encoder.encode(java.util.Arrays.copyOfRange(tone, at, at + 320)));
            }

            short[] concealed = decoder.conceal(320);

            assertThat(concealed).hasSize(320);
            assertThat(Pcm16.rms(concealed)).isGreaterThan(0.01);
        }
    }

    @Test
    void prefersTheSystemLibopusWhereItIsInstalled() {
        // Debian's libopus0 is installed wherever these tests run, next to espeak-ng and sox.
        assertThat(OpusCodec.preferred()).isEqualTo(Implementation.LIBOPUS);
        try (OpusCodec.Encoder encoder = OpusCodec.encoder(48000, 32000)) {
            assertThat(encoder.implementation()).isEqualTo(Implementation.LIBOPUS);
        }
    }

    @Test
    void rejectsAFrameOfAnImpossibleLength() {
        try (OpusCodec.Encoder encoder = OpusCodec.encoder(Implementation.LIBOPUS, 48000, 32000)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> encoder.encode(new short[1000]))
                    .isInstanceOf(OpusCodec.OpusCodecException.class);
        }
    }

    /**
     * Normalized cross-correlation at the best lag (the codec delays its output by its look-ahead), over the first
     * second and a half of the signal.
     */
    static double bestCorrelation(short[] ref, short[] test, int maxLag) {
        double best = -1;
        int span = Math.min(ref.length, 72_000);
        for (int lag = 0; lag <= maxLag; lag++) {
            double xy = 0;
            double xx = 0;
            double yy = 0;
            for (int i = 0; i + lag < test.length && i < span; i++) {
                double x = ref[i];
                double y = test[i + lag];
                xy += x * y;
                xx += x * x;
                yy += y * y;
            }
            best = Math.max(best, xy / Math.sqrt(xx * yy + 1e-9));
        }
        return best;
    }
}

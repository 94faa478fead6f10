package io.parley.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpusCodecTests {

    @TempDir
    Path dir;

    @Test
    void speechSurvivesAnOpusRoundTripAtFortyEightKilohertz() {
        short[] speech = TestAudio.speechAt("Could you move my appointment to Thursday at three", dir)
                .resampledTo(48000).samples();
        OpusCodec.Encoder encoder = OpusCodec.encoder(48000, 32000);
        OpusCodec.Decoder decoder = OpusCodec.decoder(48000);

        List<short[]> decoded = new ArrayList<>();
        int packetBytes = 0;
        int frames = 0;
        for (int at = 0; at + 960 <= speech.length; at += 960) {
            byte[] packet = encoder.encode(java.util.Arrays.copyOfRange(speech, at, at + 960));
            packetBytes += packet.length;
            frames++;
            decoded.add(decoder.decode(packet));
        }
        short[] out = Pcm16.concat(decoded);

        assertThat(out).hasSize(frames * 960);
        // 32 kbit/s at 50 packets per second is about 80 bytes a packet; raw PCM would be 1920.
        assertThat(packetBytes / frames).isBetween(20, 160);
        assertThat(bestCorrelation(speech, out, 1200)).isGreaterThan(0.9);
    }

    @Test
    void concealsALostPacketWithAudioOfTheRightLength() {
        short[] tone = TestAudio.tone(440, 200, 16000, 0.3);
        OpusCodec.Encoder encoder = OpusCodec.encoder(16000, 24000);
        OpusCodec.Decoder decoder = OpusCodec.decoder(16000);
        for (int at = 0; at + 320 <= tone.length; at += 320) {
            decoder.decode(encoder.encode(java.util.Arrays.copyOfRange(tone, at, at + 320)));
        }

        short[] concealed = decoder.conceal(320);

        assertThat(concealed).hasSize(320);
        assertThat(Pcm16.rms(concealed)).isGreaterThan(0.01);
    }

    /** Normalized cross-correlation at the best lag (the codec delays its output by its look-ahead). */
    static double bestCorrelation(short[] ref, short[] test, int maxLag) {
        double best = -1;
        for (int lag = 0; lag <= maxLag; lag++) {
            double xy = 0;
            double xx = 0;
            double yy = 0;
            for (int i = 0; i + lag < test.length && i < ref.length; i++) {
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

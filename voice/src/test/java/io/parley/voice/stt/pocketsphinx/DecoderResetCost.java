package io.parley.voice.stt.pocketsphinx;

import java.util.Arrays;

/**
 * Prints what a pooled decoder's fresh start costs next to what creating a decoder costs (why decoders are pooled).
 * A timing tool, not a test: {@code java -cp <voice test classpath> io.parley.voice.stt.pocketsphinx.DecoderResetCost}.
 */
final class DecoderResetCost {

    private DecoderResetCost() {
    }

    public static void main(String[] args) throws Exception {
        PocketSphinxModel model = PocketSphinxModel.locateEnglish();
        long[] create = new long[5];
        PocketSphinxDecoder decoder = null;
        for (int i = 0; i < create.length; i++) {
            long t0 = System.nanoTime();
            PocketSphinxDecoder d = PocketSphinxDecoder.create(model);
            create[i] = System.nanoTime() - t0;
            if (decoder == null) {
                decoder = d;
            } else {
                d.close();
            }
        }
        var field = PocketSphinxDecoder.class.getDeclaredField("channel");
        field.setAccessible(true);
        ChannelAdaptation channel = (ChannelAdaptation) field.get(decoder);
        short[] speech = new short[16_000 * 3];
        for (int i = 0; i < speech.length; i++) {
            speech[i] = (short) (Math.sin(i * 0.05) * 3000 + Math.sin(i * 0.31) * 1000);
        }
        decoder.start();
        decoder.process(speech); // frames in the mean, so both calls do real work
        long[] forget = time(channel::forget, 20_000);
        long[] follow = time(channel::follow, 20_000);
        decoder.reset();
        decoder.close();
        print("create a decoder", create);
        print("forget (start of every utterance)", forget);
        print("follow (every 20 ms of audio)", follow);
    }

    private static long[] time(Runnable call, int n) {
        for (int i = 0; i < n; i++) {
            call.run(); // warm-up
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            out[i] = System.nanoTime() - t0;
        }
        return out;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
        System.out.printf("%-36s n=%-6d p50 %,12d ns  p99 %,12d ns  max %,12d ns%n", what, sorted.length,
                sorted[sorted.length / 2], p99, sorted[sorted.length - 1]);
    }
}

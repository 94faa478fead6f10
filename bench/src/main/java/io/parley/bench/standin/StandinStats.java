package io.parley.bench.standin;

import java.util.concurrent.atomic.LongAdder;

/**
 * What a stand-in has served, for a report: requests (STT: connections), faults injected, and the engine time it
 * added on purpose (the sum of its drawn delays), so platform overhead can be told from engine time.
 */
public final class StandinStats {

    private final LongAdder requests = new LongAdder();
    private final LongAdder faults = new LongAdder();
    private final LongAdder delayNanos = new LongAdder();
    private final LongAdder delays = new LongAdder();
    private volatile long lastResponseNanos;

    void request(Fault fault) {
        requests.increment();
        if (fault != Fault.NONE) {
            faults.increment();
        }
    }

    void delayed(long nanos) {
        delayNanos.add(nanos);
        delays.increment();
    }

    /** The awaited answer (STT final, LLM first token, TTS first audio) was written to the socket just now. */
    void responded() {
        lastResponseNanos = System.nanoTime();
    }

    /**
     * {@link System#nanoTime()} when the last awaited answer (STT final, LLM first token, TTS first audio) was
     * written, for measuring a client's own overhead in the same JVM.
     */
    public long lastResponseNanos() {
        return lastResponseNanos;
    }

    public long requests() {
        return requests.sum();
    }

    public long faults() {
        return faults.sum();
    }

    /** Mean of the first-response delays drawn so far, in milliseconds (NaN before any). */
    public double meanDelayMs() {
        long n = delays.sum();
        return n == 0 ? Double.NaN : delayNanos.sum() / 1e6 / n;
    }

    @Override
    public String toString() {
        return "requests=" + requests() + " faults=" + faults() + " meanDelayMs=" + String.format("%.1f", meanDelayMs());
    }
}

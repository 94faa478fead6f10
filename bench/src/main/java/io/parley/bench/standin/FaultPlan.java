package io.parley.bench.standin;

import java.util.random.RandomGenerator;

/**
 * Which {@link Fault} a stand-in injects and on what share of requests (STT: per connection; LLM and TTS: per HTTP
 * request). Draws come from the stand-in's seeded generator, so a run is repeatable.
 *
 * @param fault      the misbehaviour
 * @param rate       share of requests it hits, 0..1
 * @param slowFactor how much longer every delay is under {@link Fault#SLOW}
 */
public record FaultPlan(Fault fault, double rate, double slowFactor) {

    public static final FaultPlan NONE = new FaultPlan(Fault.NONE, 0, 1);

    public FaultPlan {
        if (fault == null || rate < 0 || rate > 1 || slowFactor < 1) {
            throw new IllegalArgumentException("fault plan needs a fault, a rate in 0..1 and a slow factor >= 1");
        }
    }

    public static FaultPlan always(Fault fault) {
        return new FaultPlan(fault, 1, 5);
    }

    public static FaultPlan sometimes(Fault fault, double rate) {
        return new FaultPlan(fault, rate, 5);
    }

    /** The fault for the next request: {@link #fault()} with probability {@link #rate()}, else none. */
    Fault draw(RandomGenerator random) {
        if (fault == Fault.NONE || rate == 0) {
            return Fault.NONE;
        }
        return rate >= 1 || random.nextDouble() < rate ? fault : Fault.NONE;
    }

    /** Parses {@code hang}, {@code error:0.1}, {@code slow:0.5:8} (fault, rate, slow factor). */
    public static FaultPlan parse(String text) {
        String[] parts = text.strip().split(":");
        Fault fault = Fault.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
        double rate = parts.length > 1 ? Double.parseDouble(parts[1]) : (fault == Fault.NONE ? 0 : 1);
        double slow = parts.length > 2 ? Double.parseDouble(parts[2]) : 5;
        return new FaultPlan(fault, rate, slow);
    }

    @Override
    public String toString() {
        return fault == Fault.NONE ? "none" : fault.name().toLowerCase(java.util.Locale.ROOT) + ":" + rate
                + (fault == Fault.SLOW ? ":" + slowFactor : "");
    }
}

package io.parley.voice.engines.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a bound, instead of sleeping a fixed time. */
public final class Poll {

    private Poll() {
    }

    public static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
            Thread.sleep(1); // a yield between checks, not a wait for the result
        }
        return condition.getAsBoolean();
    }
}

package io.parley.voice.pipeline.clock;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualClockTests {

    @Test
    void runsTasksInTimeOrderAtTheirInstant() {
        VirtualClock clock = new VirtualClock();
        List<String> log = new ArrayList<>();
        clock.schedule(30, () -> log.add("b@" + clock.millis()));
        clock.schedule(10, () -> log.add("a@" + clock.millis()));
        SessionClock.Cancellable c = clock.schedule(20, () -> log.add("cancelled"));
        c.cancel();
        clock.advance(25);
        assertThat(log).containsExactly("a@10");
        clock.advance(5);
        assertThat(log).containsExactly("a@10", "b@30");
        assertThat(clock.millis()).isEqualTo(30);
    }

    @Test
    void periodicTasksRepeatUntilCancelled() {
        VirtualClock clock = new VirtualClock();
        int[] runs = {0};
        SessionClock.Cancellable c = clock.scheduleAtFixedRate(20, () -> runs[0]++);
        clock.advance(100);
        assertThat(runs[0]).isEqualTo(5);
        c.cancel();
        clock.advance(100);
        assertThat(runs[0]).isEqualTo(5);
    }

    @Test
    void aTaskMayScheduleMoreWorkInsideTheSameAdvance() {
        VirtualClock clock = new VirtualClock();
        List<Long> at = new ArrayList<>();
        clock.schedule(10, () -> clock.schedule(10, () -> at.add(clock.millis())));
        clock.advance(50);
        assertThat(at).containsExactly(20L);
    }
}

package io.parley.bench.load.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySummaryTests {

    @Test
    void percentilesAreNearestRankValuesThatWereActuallyObserved() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add((double) i);
        }
        Collections.shuffle(values, new java.util.Random(3));

        LatencySummary s = LatencySummary.of(values);

        assertThat(s.count()).isEqualTo(100);
        assertThat(s.p50()).isEqualTo(50);
        assertThat(s.p95()).isEqualTo(95);
        assertThat(s.p99()).isEqualTo(99);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.mean()).isEqualTo(50.5);
    }

    @Test
    void aFewSamplesPutTheTailOnTheSlowestOne() {
        LatencySummary s = LatencySummary.of(List.of(700.0, 120.0, 180.0));

        assertThat(s.p50()).isEqualTo(180);
        assertThat(s.p95()).isEqualTo(700);
        assertThat(s.p99()).isEqualTo(700);
    }

    @Test
    void nothingMeasuredIsACountOfZeroNotAnError() {
        assertThat(LatencySummary.of(List.of())).isEqualTo(LatencySummary.EMPTY);
        assertThatThrownBy(() -> LatencySummary.percentile(new double[0], 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.parley.bench.load.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeResourcesTests {

    @Test
    void cpuTimeIsUserPlusSystemTicksEvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 123 0 0 0 1500 250 0 0 20 0 57 0 9999 "
                + "1000000 5000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        assertThat(NodeResources.cpuSecondsFromStat(stat)).isEqualTo(17.5);
    }

    @Test
    void prometheusSamplesAreSummedOverMatchingLabels() {
        PrometheusText metrics = PrometheusText.parse("""
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{application="parley",area="heap",id="ZHeap"} 1.5E8
                jvm_memory_used_bytes{application="parley",area="nonheap",id="Metaspace"} 9.0E7
                jvm_memory_used_bytes{application="parley",area="heap",id="Other"} 5.0E7
                parley_sessions_active{application="parley"} 12.0
                process_cpu_time_ns_total{application="parley"} 3.473E10
                """);

        assertThat(metrics.sum("jvm_memory_used_bytes", "area=\"heap\"")).isEqualTo(2.0e8);
        assertThat(metrics.sum("parley_sessions_active")).isEqualTo(12);
        assertThat(metrics.sum("process_cpu_time_ns_total")).isEqualTo(3.473e10);
        assertThat(metrics.sum("no_such_metric")).isNaN();
    }
}

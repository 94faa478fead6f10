package io.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bench.load.report.LoadReport.Goal;
import io.parley.bench.load.report.SampleReports;
import io.parley.bench.load.report.StepReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalsTests {

    @Test
    void theLargestStepIsJudgedAgainstTheIssuesGoals() {
        StepReport small = SampleReports.step(10, 1000);
        StepReport big = SampleReports.step(250, 1200);

        List<Goal> goals = Goals.judge(List.of(small, big), 300, true);

        assertThat(goals).extracting(Goal::name).contains("p99 platform overhead at 250 sessions",
                "dropped or late frames", "lost interaction events", "barge-in reaction (p95)",
                "memory per live session (heap, after full GC)");
        assertThat(goal(goals, "p99 platform overhead").met()).isTrue();
        assertThat(goal(goals, "p99 platform overhead").measured()).contains("19 ms at 250 sessions");
        assertThat(goal(goals, "barge-in").met()).as("p95 352 ms within 300 + 60 ms").isTrue();
        assertThat(goal(goals, "dropped or late").met()).as("two frames sent late by the load generator").isFalse();
    }

    @Test
    void belowTheTargetConcurrencyTheOverheadGoalIsNotJudged() {
        List<Goal> goals = Goals.judge(List.of(SampleReports.step(50, 900)), 300, true);

        assertThat(goal(goals, "p99 platform overhead").met()).isNull();
        assertThat(goal(goals, "barge-in").met()).isTrue();
    }

    @Test
    void aSlowBargeInMissesItsGoal() {
        List<Goal> goals = Goals.judge(List.of(SampleReports.step(50, 900)), 250, true);

        assertThat(goal(goals, "barge-in").met()).as("p95 352 ms over 250 + 60 ms").isFalse();
    }

    private static Goal goal(List<Goal> goals, String prefix) {
        return goals.stream().filter(g -> g.name().startsWith(prefix)).findFirst().orElseThrow();
    }

}

package io.parley.bench.load.report;

import java.util.List;
import java.util.Map;

/**
 * A whole run: the machine, the node and its configuration, every step, and the goals judged on the largest step.
 *
 * @param platformOverheadBasisMs the configured waits subtracted to get platform overhead (stand-in engines only)
 */
public record LoadReport(String startedAt, String finishedAt, String command, Machine machine, Node node,
                         Map<String, Integer> platformOverheadBasisMs, List<StepReport> steps, List<Goal> goals,
                         String sizing) {

    /**
     * @param loadAverageBefore the 1-minute load average when the run began (others' work on a shared machine)
     */
    public record Machine(int cores, String cpu, double loadAverageBefore, double loadAverageAfter) {
    }

    /** @param transport how the callers sent and heard audio: {@code websocket} or {@code webrtc} */
    public record Node(String mode, String url, String engines, String heap,
                       io.parley.bench.load.node.Tenancy.DeploymentSettings settings, List<String> faults,
                       String transport) {
    }

    /** A goal from issue 8, judged: {@code met} is null when the run did not measure it. */
    public record Goal(String name, String target, String measured, Boolean met) {
    }
}

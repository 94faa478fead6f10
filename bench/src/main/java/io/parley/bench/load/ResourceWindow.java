package io.parley.bench.load;

import io.parley.bench.load.measure.NodeResources;
import io.parley.bench.load.report.StepReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource readings of one step, with the harness's own CPU and the whole machine's beside the node's, so the
 * report can say how much of the machine the node had. Turns them into per-session figures over the plateau.
 */
final class ResourceWindow {

    private record Point(NodeResources.Reading node, int callersLive, double machineBusySeconds,
                         double harnessCpuSeconds) {
    }

    private final NodeResources resources;
    private final List<Point> points = new ArrayList<>();
    private final long origin = System.nanoTime();

    ResourceWindow(NodeResources resources) {
        this.resources = resources;
    }

    NodeResources.Reading sample(int callersLive) {
        NodeResources.Reading reading = resources.read();
        points.add(new Point(reading, callersLive, machineBusySeconds(), harnessCpuSeconds()));
        return reading;
    }

    /** Node CPU between the last two readings, in cores. */
    double recentCpuCores() {
        if (points.size() < 2) {
            return -1;
        }
        return cores(points.get(points.size() - 2), points.getLast(), p -> p.node().cpuSeconds());
    }

    StepReport.Resources resources(long from, long to, NodeResources.Reading baseline, NodeResources.Reading loaded,
                                   double idleCores, List<String> heapTopClasses) {
        List<Point> plateau = points.stream().filter(p -> p.node().atNanos() >= from && p.node().atNanos() <= to)
                .toList();
        List<StepReport.Sample> samples = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            samples.add(new StepReport.Sample((p.node().atNanos() - origin) / 1e9, p.callersLive(),
                    p.node().liveSessions(), i == 0 ? -1 : cores(points.get(i - 1), p, q -> q.node().cpuSeconds()),
                    p.node().heapUsedBytes(), p.node().rssBytes()));
        }
        double live = plateau.stream().mapToDouble(p -> p.node().liveSessions() >= 0 ? p.node().liveSessions()
                : p.callersLive()).average().orElse(0);
        double cpu = -1;
        double harness = -1;
        double machine = -1;
        if (plateau.size() >= 2) {
            cpu = cores(plateau.getFirst(), plateau.getLast(), p -> p.node().cpuSeconds());
            harness = cores(plateau.getFirst(), plateau.getLast(), Point::harnessCpuSeconds);
            machine = cores(plateau.getFirst(), plateau.getLast(), Point::machineBusySeconds);
        }
        double perSession = cpu > 0 && live > 0 ? cpu / live : -1;
        long heapLoaded = loaded == null ? -1 : loaded.heapUsedBytes();
        long rssLoaded = loaded == null ? -1 : loaded.rssBytes();
        int liveLoaded = loaded == null ? 0 : loaded.liveSessions();
        double marginal = cpu > 0 && idleCores >= 0 && live > 0 ? Math.max(0, cpu - idleCores) / live : -1;
        return new StepReport.Resources(live, idleCores, cpu, perSession, marginal, perSession > 0 ? 1 / perSession : -1,
                baseline.heapUsedBytes(), heapLoaded, perSession(baseline.heapUsedBytes(), heapLoaded, liveLoaded),
                baseline.rssBytes(), rssLoaded, perSession(baseline.rssBytes(), rssLoaded, liveLoaded),
                harness, machine, heapTopClasses, samples);
    }

    private static double perSession(long before, long after, int live) {
        return before < 0 || after < 0 || live <= 0 ? -1 : (after - before) / (double) live;
    }

    /** Node CPU over {@code seconds} with no calls, in cores; -1 when unreadable. */
    static double idleCores(NodeResources resources, int seconds) throws InterruptedException {
        NodeResources.Reading a = resources.read();
        Thread.sleep(seconds * 1000L);
        NodeResources.Reading b = resources.read();
        double wall = (b.atNanos() - a.atNanos()) / 1e9;
        return a.cpuSeconds() < 0 || b.cpuSeconds() < 0 ? -1 : (b.cpuSeconds() - a.cpuSeconds()) / wall;
    }

    private static double cores(Point a, Point b, java.util.function.ToDoubleFunction<Point> seconds) {
        double wall = (b.node().atNanos() - a.node().atNanos()) / 1e9;
        double before = seconds.applyAsDouble(a);
        double after = seconds.applyAsDouble(b);
        return wall <= 0 || before < 0 || after < 0 ? -1 : (after - before) / wall;
    }

    /** Busy time of the whole machine (all cores), from the first line of /proc/stat; -1 when unreadable. */
    static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return (total - idle) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double harnessCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }
}

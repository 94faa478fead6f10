package io.parley.bench.load.measure;

import io.parley.bench.load.node.JsonHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Reads what the node under test uses: CPU time (from {@code /proc/<pid>/stat} when the node runs here, else the
 * node's own {@code process_cpu_time_ns_total}), resident memory ({@code /proc/<pid>/status}), heap in use and live
 * sessions (from {@code /actuator/prometheus}). Can ask a local node for a full GC first ({@code jcmd GC.run}) so
 * heap figures count live data, not garbage waiting for a collection.
 */
public final class NodeResources {

    /** One reading. Unknown values are -1. */
    public record Reading(long atNanos, double cpuSeconds, long rssBytes, long heapUsedBytes, int liveSessions) {
    }

    /** Linux's USER_HZ, the unit of utime and stime in /proc/<pid>/stat. */
    static final int CLOCK_TICKS_PER_SECOND = 100;

    private final JsonHttp api;
    private final OptionalLong pid;

    public NodeResources(JsonHttp api, OptionalLong pid) {
        this.api = api;
        this.pid = pid;
    }

    public Reading read() {
        PrometheusText metrics = PrometheusText.parse(api.get("/actuator/prometheus", null).text());
        double cpu = pid.isPresent() ? procCpuSeconds(pid.getAsLong()) : -1;
        if (cpu < 0) {
            double nanos = metrics.sum("process_cpu_time_ns_total");
            cpu = Double.isNaN(nanos) ? -1 : nanos / 1e9;
        }
        double heap = metrics.sum("jvm_memory_used_bytes", "area=\"heap\"");
        double live = metrics.sum("parley_sessions_active");
        return new Reading(System.nanoTime(), cpu, pid.isPresent() ? procRssBytes(pid.getAsLong()) : -1,
                Double.isNaN(heap) ? -1 : (long) heap, Double.isNaN(live) ? -1 : (int) live);
    }

    /** Asks the local node for a full collection; false when it cannot (remote node, no jcmd). */
    public boolean collectGarbage() {
        if (pid.isEmpty()) {
            return false;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid.getAsLong()), "GC.run")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The {@code top} classes by heap bytes ({@code jcmd GC.class_histogram}); empty when the node is not local. */
    public java.util.List<String> heapHistogram(int top) {
        if (pid.isEmpty()) {
            return java.util.List.of();
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid.getAsLong()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            java.util.List<String> lines = new String(p.getInputStream().readAllBytes()).lines()
                    .filter(l -> l.matches("\\s*\\d+:\\s+\\d+\\s+\\d+\\s+.*")).limit(top).map(String::strip).toList();
            p.waitFor(60, TimeUnit.SECONDS);
            return lines;
        } catch (IOException e) {
            return java.util.List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.List.of();
        }
    }

    /** utime + stime of a process, in seconds; -1 when unreadable. */
    static double procCpuSeconds(long pid) {
        try {
            return cpuSecondsFromStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return -1;
        }
    }

    static double cpuSecondsFromStat(String stat) {
        // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / (double) CLOCK_TICKS_PER_SECOND;
    }

    static long procRssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

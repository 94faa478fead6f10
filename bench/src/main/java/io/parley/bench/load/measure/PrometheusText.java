package io.parley.bench.load.measure;

import java.util.ArrayList;
import java.util.List;

/** The few samples the harness needs from Prometheus's text exposition format. */
final class PrometheusText {

    private record Sample(String name, String labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        if (text == null) {
            return new PrometheusText(samples);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = brace >= 0 && brace < space ? line.substring(0, brace) : line.substring(0, space).trim();
            String labels = brace >= 0 && brace < space ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
            try {
                samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
            } catch (NumberFormatException ignored) {
                // a value Prometheus can write but the harness does not need (e.g. +Inf buckets are parsed fine)
            }
        }
        return new PrometheusText(samples);
    }

    /** Sum of every sample of {@code name} whose labels contain all of {@code labelParts}; NaN when none. */
    double sum(String name, String... labelParts) {
        double total = 0;
        boolean found = false;
        for (Sample s : samples) {
            if (!s.name().equals(name)) {
                continue;
            }
            boolean match = true;
            for (String part : labelParts) {
                match &= s.labels().contains(part);
            }
            if (match) {
                total += s.value();
                found = true;
            }
        }
        return found ? total : Double.NaN;
    }
}

package io.parley.bench.load.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small inline SVG charts (no scripts, no external files), so a report is one self-contained HTML page. */
final class SvgChart {

    static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f"};
    private static final int W = 820;
    private static final int H = 300;
    private static final int LEFT = 90;
    private static final int RIGHT = 280;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private SvgChart() {
    }

    /** Lines over categorical x positions (e.g. concurrency steps). */
    static String lines(String title, List<String> xLabels, Map<String, double[]> series, String unit) {
        double max = 1;
        for (double[] values : series.values()) {
            for (double v : values) {
                max = Math.max(max, v);
            }
        }
        max = niceCeiling(max);
        StringBuilder svg = open(title);
        axes(svg, max, unit);
        int n = xLabels.size();
        for (int i = 0; i < n; i++) {
            text(svg, x(i, n), H - BOTTOM + 16, "middle", xLabels.get(i));
        }
        int c = 0;
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            String colour = COLOURS[c % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.getValue().length; i++) {
                double px = x(i, n);
                double py = y(s.getValue()[i], max);
                path.append(i == 0 ? "M" : "L").append(f(px)).append(',').append(f(py));
                svg.append("<circle cx='").append(f(px)).append("' cy='").append(f(py)).append("' r='3' fill='")
                        .append(colour).append("'/>");
            }
            svg.append("<path d='").append(path).append("' fill='none' stroke='").append(colour)
                    .append("' stroke-width='2'/>");
            legend(svg, c++, colour, s.getKey());
        }
        return svg.append("</svg>").toString();
    }

    /** One bar per label. */
    static String bars(String title, List<String> labels, double[] values, String unit) {
        double max = 1;
        for (double v : values) {
            max = Math.max(max, v);
        }
        max = niceCeiling(max);
        StringBuilder svg = open(title);
        axes(svg, max, unit);
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double top = y(Math.max(0, values[i]), max);
            svg.append("<rect x='").append(f(LEFT + slot * i + slot * 0.2)).append("' y='").append(f(top))
                    .append("' width='").append(f(slot * 0.6)).append("' height='").append(f(H - BOTTOM - top))
                    .append("' fill='").append(COLOURS[0]).append("'/>");
            text(svg, LEFT + slot * (i + 0.5), H - BOTTOM + 16, "middle", labels.get(i));
            text(svg, LEFT + slot * (i + 0.5), top - 4, "middle", tick(values[i], max));
        }
        return svg.append("</svg>").toString();
    }

    /** One horizontal stacked bar per row (e.g. a step), one segment per stage. */
    static String stacked(String title, List<String> rows, List<String> segments, double[][] values, String unit) {
        double max = 1;
        for (double[] row : values) {
            double sum = 0;
            for (double v : row) {
                sum += Math.max(0, v);
            }
            max = Math.max(max, sum);
        }
        max = niceCeiling(max);
        int height = TOP + BOTTOM + rows.size() * 34 + segments.size() * 4;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + W + "' height='"
                + Math.max(height, 120 + segments.size() * 16) + "' role='img'><title>" + esc(title) + "</title>");
        text(svg, W / 2.0, 18, "middle", title);
        double plot = W - LEFT - RIGHT;
        for (int r = 0; r < rows.size(); r++) {
            double yTop = TOP + r * 34;
            text(svg, LEFT - 6, yTop + 18, "end", rows.get(r));
            double at = LEFT;
            for (int s = 0; s < segments.size(); s++) {
                double w = Math.max(0, values[r][s]) / max * plot;
                svg.append("<rect x='").append(f(at)).append("' y='").append(f(yTop + 4)).append("' width='")
                        .append(f(w)).append("' height='24' fill='").append(COLOURS[s % COLOURS.length])
                        .append("'><title>").append(esc(segments.get(s))).append(": ")
                        .append(String.format(Locale.ROOT, "%.1f %s", values[r][s], unit)).append("</title></rect>");
                at += w;
            }
        }
        double axisY = TOP + rows.size() * 34 + 6;
        for (int t = 0; t <= 4; t++) {
            double px = LEFT + plot * t / 4;
            text(svg, px, axisY + 12, "middle", tick(max * t / 4, max));
        }
        text(svg, LEFT + plot / 2, axisY + 26, "middle", unit);
        for (int s = 0; s < segments.size(); s++) {
            legend(svg, s, COLOURS[s % COLOURS.length], segments.get(s));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + W + "' height='" + H
                + "' role='img'><title>" + esc(title) + "</title>");
        text(svg, W / 2.0, 18, "middle", title);
        return svg;
    }

    private static void axes(StringBuilder svg, double max, String unit) {
        svg.append("<line x1='").append(LEFT).append("' y1='").append(H - BOTTOM).append("' x2='").append(W - RIGHT)
                .append("' y2='").append(H - BOTTOM).append("' stroke='#333'/>");
        svg.append("<line x1='").append(LEFT).append("' y1='").append(TOP).append("' x2='").append(LEFT)
                .append("' y2='").append(H - BOTTOM).append("' stroke='#333'/>");
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4;
            double py = y(v, max);
            svg.append("<line x1='").append(LEFT).append("' y1='").append(f(py)).append("' x2='").append(W - RIGHT)
                    .append("' y2='").append(f(py)).append("' stroke='#ddd'/>");
            text(svg, LEFT - 6, py + 4, "end", tick(v, max));
        }
        text(svg, 14, TOP - 10, "start", unit);
    }

    private static void legend(StringBuilder svg, int index, String colour, String label) {
        int ly = TOP + 10 + index * 16;
        svg.append("<rect x='").append(W - RIGHT + 10).append("' y='").append(ly - 9).append("' width='10' height='10' fill='")
                .append(colour).append("'/>");
        text(svg, W - RIGHT + 24, ly, "start", label);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x='").append(f(x)).append("' y='").append(f(y)).append("' font-size='11' text-anchor='")
                .append(anchor).append("' font-family='sans-serif'>").append(esc(text)).append("</text>");
    }

    private static double x(int i, int n) {
        double plot = W - LEFT - RIGHT;
        return n == 1 ? LEFT + plot / 2 : LEFT + 20 + (plot - 40) * i / (n - 1);
    }

    private static double y(double v, double max) {
        return H - BOTTOM - (H - TOP - BOTTOM) * Math.max(0, v) / max;
    }

    private static String tick(double v, double max) {
        return String.format(Locale.ROOT, max >= 20 ? "%.0f" : max >= 2 ? "%.1f" : "%.3f", v);
    }

    static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}

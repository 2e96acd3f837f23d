package org.agora.bench;

import java.util.List;
import java.util.Locale;

/** Latency samples in milliseconds, summarised the way the notes report them. */
record Percentiles(int samples, double p50, double p95, double p99) {

    static Percentiles of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    /** Nearest-rank percentile. */
    private static double at(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String row(String what) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", what, samples, p50, p95, p99);
    }
}

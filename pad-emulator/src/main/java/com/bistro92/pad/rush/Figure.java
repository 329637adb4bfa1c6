package com.bistro92.pad.rush;

import java.util.Locale;

/** One measured number of a run, e.g. {@code p99 45.6 ms}; NaN when it could not be measured. */
record Figure(String name, double value, String unit) {

    static final String P50 = "p50";
    static final String P99 = "p99";
    static final String MAX = "max";
    static final String THROUGHPUT = "throughput";
    static final String OK = "ok";

    String describe() {
        return name + " " + format(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package com.bistro92.pad.rush;

import java.util.List;

/**
 * What one run of one mode measured and printed.
 *
 * @param load    the load in words, e.g. {@code 500 orders at once}
 * @param measures what the latency figures span, e.g. {@code POST -> 201}
 * @param figures the numbers that get a median across runs
 * @param lines   the human-readable result lines, verification last
 */
record RunSummary(Mode mode, String load, String measures, List<Figure> figures, List<String> lines, boolean pass) {

    RunSummary {
        figures = List.copyOf(figures);
        lines = List.copyOf(lines);
    }

    /** A run that could not finish, e.g. because its listeners could not connect. */
    static RunSummary failed(Mode mode, String load, String measures, String why) {
        return new RunSummary(mode, load, measures, List.of(), List.of("verify: FAIL (" + why + ")"), false);
    }

    double figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).mapToDouble(Figure::value).findFirst().orElse(Double.NaN);
    }
}

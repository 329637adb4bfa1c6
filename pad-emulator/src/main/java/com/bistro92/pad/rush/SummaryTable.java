package com.bistro92.pad.rush;

import java.util.List;
import java.util.Map;

/** The end-of-{@code all} summary, a markdown table to paste into a README. */
final class SummaryTable {

    private SummaryTable() {
    }

    static String markdown(Map<Mode, List<RunSummary>> results) {
        StringBuilder table = new StringBuilder()
                .append("| mode | load | latency spans | orders/s | p50 ms | p99 ms | max ms | verify |\n")
                .append("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        results.forEach((mode, runs) -> table.append(row(mode, runs)).append('\n'));
        return table.toString();
    }

    private static String row(Mode mode, List<RunSummary> runs) {
        RunSummary medians = new RunSummary(mode, "", "", Median.across(runs), List.of(), true);
        long passed = runs.stream().filter(RunSummary::pass).count();
        String verify = passed == runs.size()
                ? (runs.size() == 1 ? "PASS" : "PASS " + passed + "/" + runs.size())
                : "FAIL (" + passed + "/" + runs.size() + " passed)";
        return String.join(" | ", "| " + mode.label(),
                runs.getFirst().load(),
                runs.getFirst().measures(),
                Figure.format(medians.figure(Figure.THROUGHPUT)),
                LatencyStats.ms(medians.figure(Figure.P50)),
                LatencyStats.ms(medians.figure(Figure.P99)),
                LatencyStats.ms(medians.figure(Figure.MAX)),
                verify + " |");
    }
}

package com.bistro92.pad.rush;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The headless rush tool: puts order load on a Bistro92 server over its seed contract
 * ({@code POST /api/order}, {@code GET /api/orders}, the {@code /ws/orders} feed), prints
 * latency and throughput figures, and verifies that nothing acknowledged was lost or doubled. Its
 * command line is {@link RushCommand}. Each run opens HTTP and WebSocket clients of its own, sized
 * for its load, so that every run starts without warm connections.
 */
final class Rush {

    private static final Logger LOG = LoggerFactory.getLogger(Rush.class);

    private final RushOptions options;
    private final ObjectMapper mapper;
    private final PrintStream out;

    Rush(RushOptions options, ObjectMapper mapper, PrintStream out) {
        this.options = options;
        this.mapper = mapper;
        this.out = out;
    }

    /** Runs every run of the chosen mode (or modes); returns 0 when all passed, 1 when one failed. */
    int runAll() {
        List<Mode> modes = options.mode() == Mode.ALL ? List.of(Mode.BURST, Mode.SUSTAINED, Mode.FANOUT) : List.of(options.mode());
        Map<Mode, List<RunSummary>> results = new EnumMap<>(Mode.class);
        for (Mode mode : modes) {
            List<RunSummary> runs = new ArrayList<>();
            for (int run = 1; run <= options.runs(); run++) {
                LoadMode load = create(mode);
                out.println("== " + mode.label() + " run " + run + "/" + options.runs() + ": " + load.load()
                        + " against " + options.url());
                RunSummary summary = runOnce(mode, load);
                summary.lines().forEach(out::println);
                runs.add(summary);
            }
            if (runs.size() > 1) {
                out.println("== " + mode.label() + " median of " + runs.size() + " runs: "
                        + Median.across(runs).stream().map(Figure::describe).collect(Collectors.joining(", ")));
                out.println("== " + mode.label() + " verify: " + runs.stream().filter(RunSummary::pass).count()
                        + "/" + runs.size() + " runs passed");
            }
            results.put(mode, runs);
        }
        if (options.mode() == Mode.ALL) {
            out.println();
            out.println("rush summary against " + options.url()
                    + (options.runs() > 1 ? ", medians of " + options.runs() + " runs" : "") + ":");
            out.println();
            out.print(SummaryTable.markdown(results));
        }
        boolean pass = results.values().stream().flatMap(List::stream).allMatch(RunSummary::pass);
        out.println("rush: " + (pass ? "PASS" : "FAIL"));
        return pass ? 0 : 1;
    }

    private LoadMode create(Mode mode) {
        return switch (mode) {
            case BURST -> new Burst(options, mapper);
            case SUSTAINED -> new Sustained(options, mapper, out);
            case FANOUT -> new Fanout(options, mapper, out);
            case ALL -> throw new IllegalArgumentException("all is not a single mode");
        };
    }

    private RunSummary runOnce(Mode mode, LoadMode load) {
        try {
            return load.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunSummary.failed(mode, load.load(), load.measures(), "interrupted");
        } catch (IOException | TimeoutException e) {
            return RunSummary.failed(mode, load.load(), load.measures(), "the run could not finish: " + SeedClient.describe(e));
        } catch (Exception e) {
            LOG.error("{} run failed unexpectedly", mode.label(), e);
            return RunSummary.failed(mode, load.load(), load.measures(), "the run failed: " + SeedClient.describe(e));
        }
    }
}

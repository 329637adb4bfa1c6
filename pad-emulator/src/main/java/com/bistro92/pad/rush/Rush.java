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
 * latency and throughput figures, and verifies that nothing acknowledged was lost or doubled.
 */
public final class Rush {

    static final String USAGE = """
            usage: rush [--url URL] [--runs R] [--items "A,B,C"] MODE [mode options]

            modes:
              burst      --orders N (500, max 10000)          all N POSTs in flight at once
                         --listeners K (1)                     feed listeners that must see every order
              sustained  --concurrency C (64, max 1000)       C workers, each POSTing as soon as answered
                         --seconds S (10) --warmup W (2)       measured for S s after W s of warm-up
                         --listeners K (0)
              fanout     --listeners K (200, max 2000)        K feed listeners, then POSTs on a fixed schedule
                         --rate R (100/s) --seconds S (10)     latency: POST sent -> new_order on each listener
                         --warmup W (0)                        first W s of the same load on listeners of their own
              all        burst, sustained and fanout in turn, then a markdown summary table

            options:
              --url URL      the server, default http://127.0.0.1:8092; nothing else is ever contacted
              --runs R       repeat each mode R times (1, max 20) and print the median of every figure
              --items LIST   item names to order, comma-separated (default: the demo menu mix)

            Every run ends with a check: each acknowledged order is listed once by GET /api/orders and
            reached every listener once, with seq rising. The exit status is 0 when all runs pass,
            1 when one fails, 2 for bad arguments. A run takes at most its seconds (plus warm-up) + 60 s.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(Rush.class);

    private final RushOptions options;
    private final ObjectMapper mapper;
    private final PrintStream out;

    Rush(RushOptions options, ObjectMapper mapper, PrintStream out) {
        this.options = options;
        this.mapper = mapper;
        this.out = out;
    }

    /**
     * Runs the tool with the words after {@code rush} on the command line. Each run opens HTTP and
     * WebSocket clients of its own, sized for its load, so that every run starts without warm connections.
     *
     * @param mapper the process's JSON mapper
     * @return the exit status: 0 all runs passed, 1 a run failed, 2 bad arguments
     */
    public static int run(List<String> args, PrintStream out, ObjectMapper mapper) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        RushOptions options;
        try {
            options = RushOptions.parse(args);
        } catch (UsageException e) {
            out.println("rush: " + e.getMessage());
            out.println("rush: see 'rush --help' for the modes and options");
            return 2;
        }
        return new Rush(options, mapper, out).runAll();
    }

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

package com.bistro92.pad.rush;

import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.BuildVersion;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pad-emulator rush [options] MODE [mode options]}: the rush tool's command line. Options
 * may come before or after the mode; {@link RushOptions} checks which ones apply to it and caps
 * every count and duration.
 */
@Command(name = "rush", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false,
        description = "Puts order load on a Bistro92 server, prints latency and throughput, and verifies that "
                + "nothing acknowledged was lost or doubled.",
        footer = """
                %nModes:
                  burst      all --orders POSTs in flight at once;
                             --listeners (1) must see every order
                  sustained  --concurrency workers, each POSTing as soon as answered,
                             measured for --seconds after --warmup (2) s; --listeners (0)
                  fanout     --listeners (200) feed listeners, then POSTs at --rate for
                             --seconds; latency is POST sent -> new_order on each
                             listener; --warmup (0)
                  all        burst, sustained and fanout in turn, then a summary table

                Every run ends with a check: each acknowledged order is listed once by
                GET /api/orders and reached every listener once, with seq rising.
                The exit status is 0 when all runs pass, 1 when one fails, 2 for bad
                arguments. A run takes at most its seconds (plus warm-up) + 60 s.""")
public final class RushCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MODE", description = "burst, sustained, fanout or all")
    private String mode;

    @Option(names = "--server", paramLabel = "URL",
            description = "the server, default " + RushOptions.DEFAULT_URL + "; nothing else is ever contacted")
    private String server;

    /** The old name of {@code --server}, still accepted. */
    @Option(names = "--url", paramLabel = "URL", hidden = true)
    private String url;

    @Option(names = "--runs", paramLabel = "R",
            description = "repeat each mode R times (1, max " + RushOptions.MAX_RUNS + ") and print the median of every figure")
    private String runs;

    @Option(names = "--items", paramLabel = "LIST",
            description = "item names to order, comma-separated (default: the demo menu mix)")
    private String items;

    @Option(names = "--listeners", paramLabel = "K",
            description = "feed listeners per run (burst 1, sustained 0, fanout 200; max " + RushOptions.MAX_LISTENERS + ")")
    private String listeners;

    @Option(names = "--listen-also", paramLabel = "URL",
            description = "a second suite node on the same database: every other listener listens there,"
                    + " while every order goes to --server")
    private String listenAlso;

    @Option(names = "--orders", paramLabel = "N",
            description = "burst: orders sent at once (500, max " + RushOptions.MAX_ORDERS + ")")
    private String orders;

    @Option(names = "--concurrency", paramLabel = "C",
            description = "sustained: workers (64, max " + RushOptions.MAX_CONCURRENCY + ")")
    private String concurrency;

    @Option(names = "--seconds", paramLabel = "S",
            description = "sustained, fanout: measured seconds (10, max " + RushOptions.MAX_SECONDS + ")")
    private String seconds;

    @Option(names = "--warmup", paramLabel = "W",
            description = "sustained, fanout: seconds of unmeasured load first (2 and 0, max " + RushOptions.MAX_WARMUP + ")")
    private String warmup;

    @Option(names = "--rate", paramLabel = "R",
            description = "fanout: orders per second (100, max " + RushOptions.MAX_RATE + ")")
    private String rate;

    private final PrintStream out;

    /** @param out where the runs' figures go */
    public RushCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        return new Rush(options(), Json.newMapper(), out).runAll();
    }

    /** The options given, checked; a {@link ParameterException} (exit status 2) says what is wrong. */
    RushOptions options() {
        try {
            return RushOptions.of(Mode.parse(mode), given());
        } catch (UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Each option given, by its name without dashes, as typed; {@code --url} counts as {@code --server}. */
    private Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String name = option.longestName().substring(2);
            if (name.equals("url")) {
                name = "server";
            }
            if (given.put(name, option.getValue()) != null) {
                throw new UsageException("--server is given twice (--url is its old name)");
            }
        }
        return given;
    }
}

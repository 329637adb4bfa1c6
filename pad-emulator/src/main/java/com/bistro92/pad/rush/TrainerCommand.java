package com.bistro92.pad.rush;

import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.BuildVersion;
import com.bistro92.pad.cli.Transport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pad-emulator trainer [options]}: the trainer's command line. */
@Command(name = "trainer", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false,
        description = "Sends real orders at a steady pace, so that staff can practise on the kitchen view. "
                + "Run the app on a training --data folder: these are real orders.",
        footer = "%nThe exit status is 0 when every order was accepted, 1 when one was not,%n2 for bad arguments.")
public final class TrainerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", description = "the server, default " + RushOptions.DEFAULT_URL)
    private String server;

    /** The old name of {@code --server}, still accepted. */
    @Option(names = "--url", paramLabel = "URL", hidden = true)
    private String url;

    @Option(names = "--per-minute", paramLabel = "N", defaultValue = "6",
            description = "orders per minute (${DEFAULT-VALUE}, max 600)")
    private int perMinute;

    @Option(names = "--minutes", paramLabel = "M", description = "how long to run (10, max 240)")
    private Integer minutes;

    @Option(names = "--seconds", paramLabel = "S", description = "how long to run, in seconds instead (max 14400)")
    private Integer seconds;

    @Option(names = "--tables", paramLabel = "T", defaultValue = "" + MenuMix.TABLES,
            description = "tables to order for, Table 1 to Table T (${DEFAULT-VALUE}, max 99)")
    private int tables;

    @Option(names = "--items", paramLabel = "LIST",
            description = "item names to order, comma-separated (default: the demo menu mix)")
    private String items;

    private final PrintStream out;

    /** @param out where each order sent is reported */
    public TrainerCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Trainer.Plan plan = plan();
        Transport transport;
        try {
            transport = Transport.start();
        } catch (Exception e) {
            out.println("trainer: cannot start the HTTP client: " + e.getMessage());
            return 1;
        }
        try (transport) {
            return new Trainer(transport.http(), Json.newMapper(), out).send(plan);
        }
    }

    /** The options given, checked; a {@link ParameterException} (exit status 2) says what is wrong. */
    Trainer.Plan plan() {
        if (server != null && url != null) {
            throw bad("--server is given twice (--url is its old name)");
        }
        if (minutes != null && seconds != null) {
            throw bad("give --minutes or --seconds, not both");
        }
        Duration length = seconds != null ? Duration.ofSeconds(within(seconds, "--seconds", 1, 14_400))
                : Duration.ofMinutes(within(minutes == null ? 10 : minutes, "--minutes", 1, 240));
        List<String> names = items == null ? MenuMix.DEMO_ITEMS
                : Arrays.stream(items.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            throw bad("--items needs at least one item name, e.g. --items \"Iced Tea,Lemonade\"");
        }
        try {
            return new Trainer.Plan(RushOptions.url(server != null ? server : url != null ? url : RushOptions.DEFAULT_URL),
                    within(perMinute, "--per-minute", 1, 600), length, within(tables, "--tables", 1, 99),
                    new MenuMix(names));
        } catch (UsageException e) {
            throw bad(e.getMessage());
        }
    }

    private int within(int value, String name, int min, int max) {
        if (value < min || value > max) {
            throw bad(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

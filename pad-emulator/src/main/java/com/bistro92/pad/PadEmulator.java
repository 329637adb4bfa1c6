package com.bistro92.pad;

import com.bistro92.pad.rush.Rush;
import com.bistro92.pad.rush.Trainer;
import com.bistro92.pad.ui.PadWindow;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Plain launcher of the pad emulator (deliberately not a JavaFX {@code Application}, so that it
 * also starts from a plain classpath).
 *
 * <p>Commands: {@code pad ...}, a table pad's window, and {@code rush ...}, the headless load tool.
 * It builds the process's one JSON mapper and, for the pad and the trainer, its one HTTP and
 * WebSocket client ({@link Transport}), stopped when the command ends; the rush tool opens
 * clients of its own for each run.
 */
public final class PadEmulator {

    private static final String USAGE = """
            usage: pad-emulator pad [--server LINK | --server URL --code CODE] [--name NAME]   a table pad's window
                   pad-emulator trainer [--per-minute N] [--minutes M] [--tables T]   practice orders
                   pad-emulator rush [options] MODE [mode options]
                   pad-emulator rush --help       the rush tool's modes and options
            """;

    private PadEmulator() {
    }

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out);
        System.exit(code);
    }

    static int run(List<String> args, PrintStream out) {
        String command = args.isEmpty() ? "" : args.getFirst();
        if (!List.of("rush", "trainer", "pad").contains(command)) {
            out.print(USAGE);
            return args.isEmpty() || command.equals("--help") ? 0 : 2;
        }
        List<String> rest = args.subList(1, args.size());
        ObjectMapper json = Json.newMapper();
        if (command.equals("rush")) {
            return Rush.run(rest, out, json);
        }
        Transport transport;
        try {
            transport = Transport.start();
        } catch (Exception e) {
            out.println("pad-emulator: cannot start the HTTP client: " + e.getMessage());
            return 1;
        }
        try (transport) {
            return command.equals("trainer")
                    ? Trainer.run(rest, out, transport.http(), json)
                    : PadWindow.run(rest, out, transport, json);
        }
    }
}

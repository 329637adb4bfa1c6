package com.bistro92.pad;

import com.bistro92.pad.rush.Rush;
import com.bistro92.pad.rush.Trainer;
import com.bistro92.pad.ui.PadWindow;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Plain launcher of the pad emulator (deliberately not a JavaFX {@code Application}, so that it
 * also starts from a plain classpath).
 *
 * <p>Commands: {@code pad ...}, a table pad's window, and {@code rush ...}, the headless load tool.
 */
public final class PadEmulator {

    private static final String USAGE = """
            usage: pad-emulator pad [--server URL --code CODE] [--name NAME]   a table pad's window
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
        if (!args.isEmpty() && args.getFirst().equals("rush")) {
            return Rush.run(args.subList(1, args.size()), out);
        }
        if (!args.isEmpty() && args.getFirst().equals("trainer")) {
            return Trainer.run(args.subList(1, args.size()), out);
        }
        if (!args.isEmpty() && args.getFirst().equals("pad")) {
            return PadWindow.run(args.subList(1, args.size()), out);
        }
        out.print(USAGE);
        return args.isEmpty() || args.getFirst().equals("--help") ? 0 : 2;
    }
}

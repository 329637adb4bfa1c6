package com.bistro92.pad;

import com.bistro92.pad.rush.RushCommand;
import com.bistro92.pad.rush.TrainerCommand;
import com.bistro92.pad.ui.PadCommand;
import com.bistro92.pad.cli.BuildVersion;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Plain launcher of the pad emulator (deliberately not a JavaFX {@code Application}, so that it
 * also starts from a plain classpath).
 *
 * <p>One command line for every command: {@code pad}, a table pad's window; {@code rush}, the
 * headless load tool; {@code trainer}, practice orders at a steady pace. Each takes the server's
 * address as {@code --server}, and answers {@code --help} and {@code --version}. Bad input is
 * explained in one line, without a stack trace, and exits with status 2.
 */
@Command(name = "pad-emulator", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Behaves like Bistro92's table pads, over HTTP and WebSocket only.",
        footer = "%nSee 'pad-emulator COMMAND --help' for a command's options.")
public final class PadEmulator implements Runnable {

    @Spec
    private CommandSpec spec;

    private PadEmulator() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs one command line, printing everything on {@code out}; returns the exit status. */
    static int run(List<String> args, PrintStream out) {
        return run(args, out, out);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args.toArray(String[]::new));
    }

    /** The whole command line, its commands writing on {@code out} and errors on {@code err}. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new PadEmulator())
                .addSubcommand(new PadCommand(out))
                .addSubcommand(new RushCommand(out))
                .addSubcommand(new TrainerCommand(out));
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setParameterExceptionHandler(PadEmulator::explain);
        return line;
    }

    /** Without a command: the usage, which is what a first-time user wants to see. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line that says what is wrong, a suggestion if a flag looks mistyped, and where the help is. */
    private static int explain(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println(command.getCommandName() + ": see '" + command.getCommandSpec().qualifiedName() + " --help'");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}

package com.bistro92.pad.rush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.bistro92.pad.PadEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/**
 * Every pad-emulator command line the READMEs and the pages in docs/ show is one the emulator
 * accepts: a renamed or removed flag fails here, not in a reader's terminal. (docs/commands.sh runs
 * a few of them for real; this checks all of them, the long benchmarks and the pad windows included.)
 */
class ReadmeCommandsTest {

    private static final Pattern PAD_ARGS = Pattern.compile("exec:exec@pad -Dargs=\"([^\"]*)\"");

    /** The project's README, this module's, and every page in docs/: wherever a command may be shown. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("../README.md"), Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyPadEmulatorCommandInTheReadmesAndDocsIsAccepted() throws IOException {
        List<String> shown = new ArrayList<>();
        for (Path page : pages()) {
            Matcher m = PAD_ARGS.matcher(Files.readString(page));
            while (m.find()) {
                shown.add(m.group(1));
            }
        }
        assertThat(shown).hasSizeGreaterThan(10);
        assertThat(shown).as("the guide's pad and trainer commands are read too")
                .anyMatch(args -> args.startsWith("trainer --per-minute"));
        for (String args : shown) {
            assertThatCode(() -> check(words(args.replace("$PORT", "8092")))).as(args).doesNotThrowAnyException();
        }
    }

    /** Parses as the command line does, then runs each command's own checks, without running it. */
    private static void check(String[] words) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ParseResult parsed = PadEmulator.commandLine(quiet, quiet).parseArgs(words);
        if (parsed.subcommand() != null) {
            Object command = parsed.subcommand().commandSpec().userObject();
            if (command instanceof RushCommand rush && !parsed.subcommand().isUsageHelpRequested()) {
                assertThat(rush.options()).isNotNull();
            } else if (command instanceof TrainerCommand trainer && !parsed.subcommand().isUsageHelpRequested()) {
                assertThat(trainer.plan()).isNotNull();
            }
        }
    }

    /** Splits as the shell would inside double quotes holding single-quoted words. */
    private static String[] words(String args) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words.toArray(String[]::new);
    }
}

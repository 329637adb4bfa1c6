package com.bistro92.pad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PadEmulatorTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutArgumentsItPrintsUsage() {
        assertEquals(0, PadEmulator.run(List.of(), out));
        assertTrue(printed().startsWith("Usage: pad-emulator"), printed());
        assertTrue(printed().contains("pad") && printed().contains("rush") && printed().contains("trainer"), printed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pad", "rush", "trainer"})
    void everyCommandAnswersHelpAndVersion(String command) {
        List<String> words = command.isEmpty() ? List.of() : List.of(command);
        assertEquals(0, PadEmulator.run(concat(words, "--help"), out));
        assertTrue(printed().startsWith("Usage: pad-emulator" + (command.isEmpty() ? "" : " " + command)), printed());
        assertTrue(printed().contains("--help"), printed());
        if (!command.isEmpty()) {
            assertTrue(printed().contains("--server"), printed());
        }
        printed.reset();
        assertEquals(0, PadEmulator.run(concat(words, "--version"), out));
        assertTrue(printed().startsWith("Bistro92 pad-emulator "), printed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pad", "rush", "trainer"})
    void everyCommandRefusesAnUnknownFlagWithStatusTwo(String command) {
        assertEquals(2, PadEmulator.run(List.of(command, "--colour", "blue"), out));
        assertTrue(printed().startsWith(command + ": Unknown option"), printed());
        assertTrue(printed().contains("see 'pad-emulator " + command + " --help'"), printed());
    }

    @Test
    void aPadWithoutPairingSaysWhatToGive(@TempDir Path state) {
        assertEquals(2, PadEmulator.run(List.of("pad", "--name", "Pad 9", "--state", state.toString()), out));
        assertTrue(printed().contains("not paired yet"));
        assertTrue(printed().contains("--server"));
    }

    @Test
    void anUnknownCommandIsRefused() {
        assertEquals(2, PadEmulator.run(List.of("stampede"), out));
        assertTrue(printed().contains("Unmatched argument"), printed());
    }

    @Test
    void rushHelpListsTheModes() {
        assertEquals(0, PadEmulator.run(List.of("rush", "--help"), out));
        assertTrue(printed().contains("burst") && printed().contains("sustained") && printed().contains("fanout"));
    }

    @Test
    void badRushArgumentsAreExplainedWithoutAStackTrace() {
        assertEquals(2, PadEmulator.run(List.of("rush", "burst", "--orders", "0"), out));
        assertTrue(printed().startsWith("rush: --orders must be between 1 and 10000, got 0"), printed());
        assertTrue(!printed().contains("Exception"), printed());
    }

    @Test
    void trainerAndRushRefuseTheServerGivenTwice() {
        assertEquals(2, PadEmulator.run(List.of("trainer", "--server", "http://a:1", "--url", "http://b:2"), out));
        assertEquals(2, PadEmulator.run(List.of("rush", "--server", "http://a:1", "--url", "http://b:2", "burst"), out));
        assertTrue(printed().contains("--server is given twice"), printed());
    }

    private static List<String> concat(List<String> words, String last) {
        return java.util.stream.Stream.concat(words.stream(), java.util.stream.Stream.of(last)).toList();
    }
}

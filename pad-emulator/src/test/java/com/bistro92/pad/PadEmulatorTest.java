package com.bistro92.pad;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PadEmulatorTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutArgumentsItPrintsUsage() {
        assertEquals(0, PadEmulator.run(List.of(), out));
        assertTrue(printed().startsWith("usage: pad-emulator pad"));
        assertTrue(printed().contains("pad-emulator rush"));
    }

    @Test
    void aPadWithoutPairingOrWithBadFlagsSaysWhatToGive(@org.junit.jupiter.api.io.TempDir java.nio.file.Path state) {
        assertEquals(2, PadEmulator.run(List.of("pad", "--colour", "blue"), out));
        assertTrue(printed().contains("--server"));
        assertEquals(2, PadEmulator.run(List.of("pad", "--name", "Pad 9", "--state", state.toString()), out));
        assertTrue(printed().contains("not paired yet"));
    }

    @Test
    void anUnknownCommandPrintsUsageAndFails() {
        assertEquals(2, PadEmulator.run(List.of("stampede"), out));
        assertTrue(printed().contains("usage:"));
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
    }
}

package com.bistro92.pad.rush;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RushOptionsTest {

    /** Parses as the command line does: picocli first, then the rush tool's own checks. */
    private static RushOptions parse(String... args) {
        RushCommand command = new RushCommand(System.out);
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    private static String rejection(String... args) {
        return assertThrows(ParameterException.class, () -> parse(args)).getMessage();
    }

    @Test
    void burstAloneTakesTheDefaults() {
        RushOptions options = parse("burst");

        assertEquals(Mode.BURST, options.mode());
        assertEquals(URI.create("http://127.0.0.1:8092"), options.url());
        assertEquals(500, options.orders());
        assertEquals(1, options.runs());
        assertEquals(1, options.listenersFor(Mode.BURST));
        assertEquals(MenuMix.DEMO_ITEMS, options.items());
    }

    @Test
    void sustainedAndFanoutDefaultsFollowTheBrief() {
        RushOptions sustained = parse("sustained");
        RushOptions fanout = parse("fanout");

        assertEquals(64, sustained.concurrency());
        assertEquals(10, sustained.seconds());
        assertEquals(2, sustained.warmupFor(Mode.SUSTAINED));
        assertEquals(0, sustained.listenersFor(Mode.SUSTAINED));
        assertEquals(200, fanout.listenersFor(Mode.FANOUT));
        assertEquals(100, fanout.rate());
        assertEquals(10, fanout.seconds());
    }

    @Test
    void optionsMayComeBeforeOrAfterTheModeAndUseEqualsSigns() {
        RushOptions options = parse("--server", "http://127.0.0.1:18092/", "burst", "--orders=42", "--runs", "3",
                "--listeners", "0");

        assertEquals(URI.create("http://127.0.0.1:18092"), options.url());
        assertEquals(42, options.orders());
        assertEquals(3, options.runs());
        assertEquals(0, options.listenersFor(Mode.BURST));
    }

    @Test
    void givenListenersApplyToEveryModeOfAll() {
        RushOptions options = parse("all", "--listeners", "3");

        assertEquals(3, options.listenersFor(Mode.BURST));
        assertEquals(3, options.listenersFor(Mode.SUSTAINED));
        assertEquals(3, options.listenersFor(Mode.FANOUT));
    }

    @Test
    void itemsAreSplitTrimmedAndDeduplicated() {
        RushOptions options = parse("burst", "--items", " Iced Tea, Lemonade,,Iced Tea ");

        assertEquals(List.of("Iced Tea", "Lemonade"), options.items());
    }

    @Test
    void feedAndEndpointsDeriveFromTheUrl() {
        assertEquals(URI.create("ws://127.0.0.1:8092/ws/orders"), parse("burst").feedUri());
        assertEquals(URI.create("wss://pos.example:9443/ws/orders"),
                parse("burst", "--server", "https://pos.example:9443").feedUri());
        assertEquals(URI.create("http://127.0.0.1:8092/api/order"), parse("burst").endpoint("/api/order"));
    }

    @Test
    void aMissingOrUnknownModeIsExplained() {
        assertTrue(rejection().contains("Missing required parameter: 'MODE'"), rejection());
        assertTrue(rejection("stampede").contains("unknown mode 'stampede'"));
        assertTrue(rejection("burst", "fanout").contains("Unmatched argument at index 1: 'fanout'"),
                rejection("burst", "fanout"));
    }

    @Test
    void badNumbersAreExplained() {
        assertEquals("--orders needs a whole number, got 'many'", rejection("burst", "--orders", "many"));
        assertEquals("--orders must be between 1 and 10000, got 10001", rejection("burst", "--orders", "10001"));
        assertEquals("--listeners must be between 0 and 2000, got 2001", rejection("fanout", "--listeners", "2001"));
        assertEquals("--runs must be between 1 and 20, got 0", rejection("burst", "--runs", "0"));
    }

    @Test
    void unknownMisplacedRepeatedOrValuelessOptionsAreRejected() {
        assertTrue(rejection("burst", "--speed", "3").startsWith("Unknown options: '--speed'"),
                rejection("burst", "--speed", "3"));
        assertEquals("--rate does not apply to burst", rejection("burst", "--rate", "5"));
        assertTrue(rejection("burst", "--orders", "1", "--orders", "2").contains("should be specified only once"));
        assertTrue(rejection("burst", "--orders").contains("Missing required parameter for option '--orders'"),
                rejection("burst", "--orders"));
    }

    @Test
    void onlyPlainHttpUrlsAreAccepted() {
        assertTrue(rejection("burst", "--server", "ftp://127.0.0.1").contains("http:// or https://"));
        assertTrue(rejection("burst", "--server", "http://127.0.0.1:8092/?x=1").contains("plain server address"));
        assertTrue(rejection("burst", "--server", "not a url").contains("not a valid URL"));
    }

    @Test
    void theOldUrlFlagStillNamesTheServer() {
        assertEquals(URI.create("https://pos.example:9443"), parse("burst", "--url", "https://pos.example:9443").url());
    }

    @Test
    void fanoutNeedsAListenerAndStaysUnderThePairCap() {
        assertTrue(rejection("fanout", "--listeners", "0").contains("at least 1 listener"));
        assertTrue(rejection("fanout", "--listeners", "2000", "--rate", "5000", "--seconds", "10")
                .contains("more than the cap"));
    }

    @Test
    void anEmptyItemListIsRejected() {
        assertTrue(rejection("burst", "--items", " , ").contains("at least one item"));
    }
}

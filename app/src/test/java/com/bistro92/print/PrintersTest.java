package com.bistro92.print;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kitchen and receipt printers against a real suite (Jetty on port 0, H2) and fake ESC/POS printers
 * on sockets of their own, which read the bytes as a printer does: what each prints, in which type,
 * cut where; a printer off at first, one that never reads, one that drops the connection halfway,
 * one out of paper. Orders are answered 201 all the while.
 */
class PrintersTest {

    @TempDir
    Path data;
    TestApp app;
    final List<FakePrinter> printers = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        for (FakePrinter p : printers) {
            p.close();
        }
    }

    private FakePrinter printer(FakePrinter p) {
        printers.add(p);
        return p;
    }

    private int add(String name, FakePrinter p, String stations, String more) throws Exception {
        TestApp.Reply reply = app.postJson("/api/v1/printers", "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\","
                + "\"port\":" + p.port() + (more.contains("paper_mm") ? "" : ",\"paper_mm\":80") + ",\"stations\":["
                + stations + "]" + more + "}");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().get("id").asInt();
    }

    private String state(int id) throws Exception {
        for (JsonNode p : app.get("/api/v1/printers").body()) {
            if (p.get("id").asInt() == id) {
                return p.get("state").asText();
            }
        }
        return null;
    }

    /** Places an order; asserts its 201 came within the usual bound, printers or not. */
    private long order(String body) throws Exception {
        long start = System.nanoTime();
        TestApp.Reply reply = app.postJson("/api/order", body);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(ms).as("the order's 201 does not wait for a printer").isLessThan(2_000);
        return reply.body().get("id").asLong();
    }

    @Test
    void eachStationPrintsItsLinesWithTheAllergyInInverseLargeTypeAndAReprintSaysSoOnce() throws Exception {
        FakePrinter grill = printer(new FakePrinter());
        FakePrinter bar = printer(new FakePrinter());
        int grillId = add("Grill", grill, "\"GRILL\"", "");
        add("Bar", bar, "\"BAR\"", "");
        await(() -> "READY".equals(state(grillId)));

        long id = order("""
                {"table":"Table 5","items":[{"name":"Classic Burger","quantity":2,"instructions":"no pickles"},
                {"name":"Espresso","quantity":1}],"notes":"Birthday","allergy":{"allergens":["sesame"],"note":"severe"}}""");
        await(() -> grill.slips().size() == 1 && bar.slips().size() == 1);
        FakePrinter.Slip ticket = grill.slips().getFirst();
        assertThat(ticket.has("Table 5", true, false)).as(ticket.text()).isTrue();
        assertThat(ticket.has("#" + id, true, false)).as(ticket.text()).isTrue();
        assertThat(ticket.has("ALLERGY", true, true)).as("the allergy in inverse large type").isTrue();
        assertThat(ticket.has("SESAME - SEVERE", true, true)).as(ticket.text()).isTrue();
        assertThat(ticket.has("2x Classic Burger", true, false)).as(ticket.text()).isTrue();
        assertThat(ticket.has("CONTAINS SESAME", true, true)).as("the burger's bun has sesame").isTrue();
        assertThat(ticket.text()).contains("> no pickles", "Note: Birthday").doesNotContain("Espresso");
        assertThat(bar.slips().getFirst().text()).contains("1x Espresso", "ALLERGY").doesNotContain("Burger");
        FakePrinter.draw(ticket, 48, Screenshots.folder().resolve("printed-ticket.png"));

        TestApp.Reply reprint = app.postJson("/api/v1/orders/" + id + "/reprint", "{\"printer_id\":" + grillId + "}");
        assertThat(reprint.status()).isEqualTo(202);
        await(() -> grill.slips().size() == 2);
        assertThat(grill.slips().get(1).has("*** REPRINT ***", true, true)).as(grill.slips().get(1).text()).isTrue();
        assertThat(bar.slips()).as("the reprint was asked of the grill only").hasSize(1);

        // the log holds where each printer is: a suite started again prints nothing twice
        long printed = app.app().printers().printer(grillId).orElseThrow().printedSeq();
        app.close();
        app = TestApp.start(data);
        long next = order("{\"table\":\"Table 6\",\"items\":[{\"name\":\"Steak Frites\",\"quantity\":1}]}");
        await(() -> grill.slips().size() == 3);
        assertThat(grill.slips().get(2).text()).contains("#" + next, "Steak Frites");
        assertThat(grill.slips()).hasSize(3);
        assertThat(printed).isPositive();
    }

    @Test
    void aPrinterThatIsOffAtFirstPrintsWhatItMissedWhenItComesBackInOrderAndOnce() throws Exception {
        FakePrinter grill = printer(FakePrinter.off());
        int id = add("Grill", grill, "\"GRILL\"", "");
        long first = order("{\"table\":\"Table 1\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":1}]}");
        long second = order("{\"table\":\"Table 2\",\"items\":[{\"name\":\"Steak Frites\",\"quantity\":1}]}");
        await(() -> "OFFLINE".equals(state(id)));
        assertThat(grill.slips()).isEmpty();

        grill.on();
        await(Duration.ofSeconds(20), () -> grill.slips().size() == 2 && "READY".equals(state(id)));
        assertThat(grill.slips().get(0).text()).contains("#" + first);
        assertThat(grill.slips().get(1).text()).contains("#" + second);
        order("{\"table\":\"Table 3\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":1}]}");
        await(() -> grill.slips().size() == 3);
        assertThat(grill.slips()).hasSize(3);
    }

    @Test
    void aPrinterThatNeverReadsIsOfflineAndItsFallbackPrintsItsTicketsOnceMarkedForIt() throws Exception {
        FakePrinter grill = printer(new FakePrinter());
        FakePrinter pass = printer(new FakePrinter());
        grill.mode(FakePrinter.Mode.NEVER_READS);
        int passId = add("Pass", pass, "\"EXPO_LINE\"", "");
        int grillId = add("Grill", grill, "\"GRILL\"", ",\"fallback_id\":" + passId + ",\"fallback_after_s\":1");
        long id = order("{\"table\":\"Table 4\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":1}]}");
        order("{\"table\":\"Table 7\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}");
        await(Duration.ofSeconds(30), () -> pass.slips().size() == 1);
        assertThat(state(grillId)).isEqualTo("OFFLINE");
        assertThat(pass.slips().getFirst().has("FOR GRILL (NOT PRINTING)", true, true))
                .as(pass.slips().getFirst().text()).isTrue();
        assertThat(pass.slips().getFirst().text()).contains("#" + id, "Classic Burger");

        // back to reading: it prints the next ticket, not the one its fallback printed
        grill.mode(FakePrinter.Mode.PRINTS);
        long next = order("{\"table\":\"Table 8\",\"items\":[{\"name\":\"Steak Frites\",\"quantity\":1}]}");
        await(Duration.ofSeconds(30), () -> grill.slips().size() == 1);
        assertThat(grill.slips().getFirst().text()).contains("#" + next).doesNotContain("#" + id + "\n");
        assertThat(pass.slips()).hasSize(1);
    }

    @Test
    void aPrinterThatDropsTheConnectionHalfwayPrintsTheWholeTicketAgainAndOutOfPaperWaitsForPaper()
            throws Exception {
        FakePrinter grill = printer(new FakePrinter());
        int id = add("Grill", grill, "\"GRILL\"", "");
        await(() -> "READY".equals(state(id)));
        grill.mode(FakePrinter.Mode.DROPS_HALFWAY);
        long first = order("{\"table\":\"Table 1\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":3,"
                + "\"instructions\":\"one well done, one medium, one rare, all with extra cheese on the side\"}]}");
        await(() -> "OFFLINE".equals(state(id)));
        assertThat(grill.slips()).as("a cut-off slip has no cut").isEmpty();
        grill.mode(FakePrinter.Mode.PRINTS);
        await(Duration.ofSeconds(20), () -> grill.slips().size() == 1);
        assertThat(grill.slips().getFirst().text()).contains("#" + first, "3x Classic Burger", "with extra cheese");

        grill.mode(FakePrinter.Mode.PAPER_OUT);
        long second = order("{\"table\":\"Table 2\",\"items\":[{\"name\":\"Steak Frites\",\"quantity\":1}]}");
        await(Duration.ofSeconds(20), () -> "PAPER_OUT".equals(state(id)));
        assertThat(grill.slips()).hasSize(1);
        grill.mode(FakePrinter.Mode.PRINTS);
        await(Duration.ofSeconds(20), () -> grill.slips().size() == 2);
        assertThat(grill.slips().get(1).text()).contains("#" + second);
    }

    @Test
    void whenEveryDisplayLostItsFeedAStandInPrinterPrintsWhatItsStationsStillHaveToMakeThenEachNewTicket()
            throws Exception {
        FakePrinter grill = printer(new FakePrinter());
        long before = order("{\"table\":\"Table 1\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":1},"
                + "{\"name\":\"Espresso\",\"quantity\":1}]}");
        var suite = app.app();
        // a second printer service on the same suite, whose screens are told of a display's feed here, and give
        // up on it after 0.3 s rather than 10: the suite's own service prints nothing of it (its screens follow)
        try (Printers standIn = new Printers(suite.journal(), suite.database().dsl(), app.json(),
                java.time.Clock.systemDefaultZone(), suite.orders(), suite.bills(), suite::money, () -> 1,
                Duration.ofMillis(300)).start()) {
            standIn.screens().connected(7);
            add("Grill backup", grill, "\"GRILL\"", ",\"screens_down_only\":true");
            order("{\"table\":\"Table 2\",\"items\":[{\"name\":\"Steak Frites\",\"quantity\":1}]}");
            standIn.screens().disconnected(7);
            await(() -> grill.slips().size() == 2);
            assertThat(grill.slips().get(0).text()).contains("#" + before, "SCREEN DOWN", "1x Classic Burger")
                    .doesNotContain("Espresso");
            assertThat(grill.slips().get(1).text()).contains("Steak Frites", "SCREEN DOWN");
            assertThat(app.get("/api/orders").status()).isEqualTo(200);
            long during = order("{\"table\":\"Table 3\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":2}]}");
            await(() -> grill.slips().size() == 3);
            assertThat(grill.slips().get(2).text()).contains("#" + during).doesNotContain("SCREEN DOWN");

            standIn.screens().connected(7);
            long after = order("{\"table\":\"Table 4\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":1}]}");
            // a reprint asked after it: once it is out, the printer has passed the order of table 4
            int id = standIn.printers().getFirst().id();
            assertThat(app.postJson("/api/v1/orders/" + during + "/reprint", "{\"printer_id\":" + id + "}").status())
                    .isEqualTo(202);
            await(() -> grill.slips().size() == 4);
            assertThat(grill.slips().get(3).text()).contains("REPRINT", "#" + during);
            assertThat(grill.slips()).as("a display follows again: order " + after + " is on its screen")
                    .noneMatch(slip -> slip.text().contains("#" + after + "\n"));
        }
    }

    @Test
    void aReceiptPrintsTheBillAndABadSetupIsRefusedWithNothingWritten() throws Exception {
        FakePrinter till = printer(new FakePrinter());
        TestApp.Reply bad = app.postJson("/api/v1/printers", "{\"name\":\"\",\"host\":\"not a host!\",\"port\":0,"
                + "\"paper_mm\":70,\"stations\":[]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().toString()).contains("name", "host", "port", "paper_mm");
        assertThat(app.get("/api/v1/printers").body()).isEmpty();
        assertThat(app.rows("printer")).isZero();

        add("Till", till, "", ",\"receipts\":true,\"paper_mm\":58");
        app.app().sessions().seat(5, 2, null).join();
        order("{\"table\":\"Table 5\",\"items\":[{\"name\":\"Classic Burger\",\"quantity\":2}],"
                + "\"allergy\":{\"allergens\":[\"nuts\"]}}");
        assertThat(app.postJson("/api/v1/tables/5/bill/print", "{}").status()).isEqualTo(202);
        await(() -> till.slips().size() == 1);
        String receipt = till.slips().getFirst().text();
        assertThat(receipt).contains("Table 5", "2 x Classic Burger", "Total", "Allergy noted: Nuts");
        assertThat(receipt.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
        FakePrinter.draw(till.slips().getFirst(), 32, Screenshots.folder().resolve("printed-receipt.png"));
    }
}

package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.Refusals;
import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import com.bistro92.journal.LogEntry;
import com.bistro92.order.Order;
import com.bistro92.order.TicketChange;
import com.bistro92.staff.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kitchen, part 2, over HTTP: lines marked done one at a time (the last one makes the order
 * READY), courses held and fired, rush orders; each change is one event on the feed.
 */
class TicketRoutesTest extends SharedServerTest {

    /** Places an order of a burger, fries and a tiramisu (lines 1, 2, 3) and returns its id. */
    private static long threeLines(String table) throws Exception {
        TestApp.Reply reply = app.postJson("/api/order", """
                {"table": "%s", "items": [{"name": "Classic Burger", "quantity": 1},
                 {"name": "Truffle Fries", "quantity": 2}, {"name": "Tiramisu", "quantity": 1}]}""".formatted(table));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    private static TestApp.Reply line(long id, int line, String what, int version) throws Exception {
        return app.postJson("/api/v1/orders/%d/lines/%d/%s".formatted(id, line, what),
                "{\"version\":%d}".formatted(version));
    }

    private static TestApp.Reply post(long id, String what, String body) throws Exception {
        return app.postJson("/api/v1/orders/" + id + "/" + what, body);
    }

    private static JsonNode order(long id) throws Exception {
        return app.get("/api/v1/orders/" + id).body();
    }

    private static List<Boolean> flags(JsonNode order, String flag) {
        List<Boolean> flags = new java.util.ArrayList<>();
        order.get("items").forEach(item -> flags.add(item.get(flag).asBoolean()));
        return flags;
    }

    @Test
    void aLineMarkedDoneReachesTheFeedAndTheOrderShowsIt() throws Exception {
        long id = threeLines("Table 6");
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            long seq = feed.next().get("seq").asLong();
            int events = app.rows("order_event");
            TestApp.Reply reply = line(id, 2, "done", 1);
            assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
            assertThat(flags(reply.body(), "done")).containsExactly(false, true, false);
            assertThat(reply.body().get("version").asInt()).isEqualTo(2);
            assertThat(reply.body().get("status").asText()).as("cooking has started").isEqualTo("PREPARING");
            assertThat(app.rows("order_event")).as("exactly one event").isEqualTo(events + 1);

            JsonNode message = feed.next();
            assertThat(message.get("type").asText()).isEqualTo("order_updated");
            assertThat(message.get("seq").asLong()).isGreaterThan(seq);
            assertThat(message.get("order").get("id").asLong()).isEqualTo(id);
            assertThat(flags(message.get("order"), "done")).containsExactly(false, true, false);
            assertThat(message.get("change").get("kind").asText()).isEqualTo("LINES_DONE");
            assertThat(message.get("change").get("lines")).hasSize(1);
            assertThat(message.get("change").get("lines").get(0).asInt()).isEqualTo(2);
        }
        JsonNode stored = order(id);
        assertThat(flags(stored, "done")).containsExactly(false, true, false);
        assertThat(flags(stored, "held")).containsExactly(false, false, false);
        assertThat(stored.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void theLastLineDoneMakesTheOrderReadyAndUndoingOnePutsItBack() throws Exception {
        long id = threeLines("Table 7");
        assertThat(line(id, 1, "done", 1).status()).isEqualTo(200);
        assertThat(line(id, 3, "done", 2).status()).isEqualTo(200);
        TestApp.Reply last = line(id, 2, "done", 3);
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body().get("status").asText()).isEqualTo("READY");
        assertThat(flags(order(id), "done")).containsExactly(true, true, true);
        Order ready = app.app().orders().find(id).orElseThrow();
        assertThat(ready.status().name()).isEqualTo("READY");
        assertThat(app.app().database().dsl().select(com.bistro92.db.Tables.CUSTOMER_ORDER.READY_AT,
                com.bistro92.db.Tables.CUSTOMER_ORDER.PREPARING_AT).from(com.bistro92.db.Tables.CUSTOMER_ORDER)
                .where(com.bistro92.db.Tables.CUSTOMER_ORDER.ID.eq(id)).fetchSingle()
                .intoList()).as("it reached PREPARING and READY").doesNotContainNull();

        TestApp.Reply undone = line(id, 2, "undone", 4);
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.body().get("status").asText()).as("back on the kitchen's queue").isEqualTo("PREPARING");
        assertThat(flags(undone.body(), "done")).containsExactly(true, false, true);
        assertThat(line(id, 2, "undone", 5).status()).as("not done any more").isEqualTo(409);
    }

    @Test
    void aStaleVersionIs409AndWritesNothing() throws Exception {
        long id = threeLines("Table 8");
        assertThat(line(id, 1, "done", 1).status()).isEqualTo(200);
        int events = app.rows("order_event");
        TestApp.Reply stale = line(id, 2, "done", 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.body().get("detail").asText()).contains("version 2");
        assertThat(app.rows("order_event")).isEqualTo(events);
        JsonNode stored = order(id);
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(flags(stored, "done")).containsExactly(true, false, false);
    }

    @Test
    void aHeldLineCannotBeMarkedDoneUntilItIsFired() throws Exception {
        long id = threeLines("Table 9");
        TestApp.Reply held = post(id, "hold", "{\"lines\":[3]}");
        assertThat(held.status()).as("%s", held.body()).isEqualTo(200);
        assertThat(flags(held.body(), "held")).containsExactly(false, false, true);
        int events = app.rows("order_event");

        TestApp.Reply refused = line(id, 3, "done", 2);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("title").asText()).isEqualTo("Line held");
        assertThat(refused.body().get("detail").asText()).contains("Line 3", "Tiramisu", "is held", "fire it");
        assertThat(app.rows("order_event")).isEqualTo(events);

        // the rest is done, but the order waits for its held course
        assertThat(line(id, 1, "done", 2).status()).isEqualTo(200);
        TestApp.Reply mains = line(id, 2, "done", 3);
        assertThat(mains.body().get("status").asText()).isEqualTo("PREPARING");

        TestApp.Reply fired = post(id, "fire", "{\"lines\":[3],\"version\":4}");
        assertThat(fired.status()).isEqualTo(200);
        assertThat(flags(fired.body(), "held")).containsExactly(false, false, false);
        TestApp.Reply dessert = line(id, 3, "done", 5);
        assertThat(dessert.status()).isEqualTo(200);
        assertThat(dessert.body().get("status").asText()).isEqualTo("READY");
        assertThat(post(id, "fire", "{\"lines\":[3]}").status()).as("not held").isEqualTo(409);
    }

    @Test
    void holdingAndFiringReachTheFeedAsOneEventEach() throws Exception {
        long id = threeLines("Table 10");
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            feed.next();
            assertThat(post(id, "hold", "{\"lines\":[2,3]}").status()).isEqualTo(200);
            assertThat(post(id, "fire", "{\"lines\":[2,3]}").status()).isEqualTo(200);
            List<JsonNode> messages = feed.next(2);
            assertThat(messages).extracting(m -> m.get("change").get("kind").asText()).containsExactly("HOLD", "FIRE");
            assertThat(flags(messages.get(0).get("order"), "held")).containsExactly(false, true, true);
            assertThat(flags(messages.get(1).get("order"), "held")).containsExactly(false, false, false);
        }
    }

    @Test
    void anOrderIsMarkedUrgentAndCleared() throws Exception {
        long id = threeLines("Table 11");
        assertThat(order(id).get("urgent").asBoolean()).isFalse();
        TestApp.Reply urgent = post(id, "urgent", "{\"urgent\":true}");
        assertThat(urgent.status()).isEqualTo(200);
        assertThat(urgent.body().get("urgent").asBoolean()).isTrue();
        assertThat(order(id).get("urgent").asBoolean()).isTrue();
        int events = app.rows("order_event");
        assertThat(post(id, "urgent", "{\"urgent\":true}").body().get("version").asInt())
                .as("already urgent: nothing changes").isEqualTo(2);
        assertThat(app.rows("order_event")).isEqualTo(events);
        TestApp.Reply cleared = post(id, "urgent", "{\"urgent\":false,\"version\":2}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().get("urgent").asBoolean()).isFalse();
        assertThat(order(id).get("version").asInt()).isEqualTo(3);
        assertThat(app.rows("order_event")).isEqualTo(events + 1);
    }

    @Test
    void aStationDisplayMarksItsLinesDoneInOneChangeAllOrNothing() throws Exception {
        long id = threeLines("Table 13");
        assertThat(post(id, "lines/done", "{\"lines\":[1,2]}").status()).as("no version").isEqualTo(422);
        TestApp.Reply done = post(id, "lines/done", "{\"lines\":[1,2],\"version\":1}");
        assertThat(done.status()).as("%s", done.body()).isEqualTo(200);
        assertThat(flags(done.body(), "done")).containsExactly(true, true, false);
        assertThat(done.body().get("status").asText()).isEqualTo("PREPARING");
        assertThat(done.body().get("version").asInt()).isEqualTo(2);
        assertThat(post(id, "lines/done", "{\"lines\":[2,3],\"version\":2}").status()).as("line 2 is done")
                .isEqualTo(409);
        assertThat(flags(order(id), "done")).containsExactly(true, true, false);
        TestApp.Reply undone = post(id, "lines/undone", "{\"lines\":[1,2],\"version\":2}");
        assertThat(undone.status()).isEqualTo(200);
        assertThat(flags(undone.body(), "done")).containsExactly(false, false, false);
        assertThat(access("POST", "/api/v1/orders/{id}/lines/done").admits(Access.Kind.DISPLAY)).as("a display may")
                .isTrue();
        assertThat(access("POST", "/api/v1/orders/{id}/hold").admits(Access.Kind.DISPLAY)).isFalse();
    }

    @Test
    void badInputIsRefusedClearlyAndWritesNothing() throws Exception {
        long id = threeLines("Table 12");
        int events = app.rows("order_event");
        assertThat(app.postJson("/api/v1/orders/" + id + "/lines/1/done", "{}").status()).as("no version")
                .isEqualTo(422);
        assertThat(line(id, 4, "done", 1).status()).as("no line 4").isEqualTo(422);
        assertThat(line(id, 0, "done", 1).status()).isEqualTo(422);
        assertThat(app.postJson("/api/v1/orders/" + id + "/lines/x/done", "{\"version\":1}").status()).isEqualTo(404);
        assertThat(line(999_999, 1, "done", 1).status()).isEqualTo(404);
        assertThat(post(id, "hold", "{}").status()).as("no lines").isEqualTo(422);
        assertThat(post(id, "hold", "{\"lines\":[]}").status()).isEqualTo(422);
        assertThat(post(id, "hold", "{\"lines\":[1,1]}").status()).isEqualTo(422);
        assertThat(post(id, "hold", "{\"lines\":[null]}").status()).isEqualTo(422);
        assertThat(post(id, "hold", "{\"lines\":[1,9]}").status()).as("all or nothing").isEqualTo(422);
        assertThat(post(id, "hold", "{\"lines\":\"1\"}").status()).isEqualTo(400);
        assertThat(post(id, "urgent", "{}").status()).isEqualTo(422);
        assertThat(post(id, "urgent", "{\"urgent\":").status()).isEqualTo(400);
        TestApp.Reply problem = post(id, "hold", "{\"lines\":[1,9]}");
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.body().toString()).contains("has 3 lines, not 9");
        assertThat(app.rows("order_event")).isEqualTo(events);
        assertThat(order(id).get("version").asInt()).isEqualTo(1);
        assertThat(flags(order(id), "held")).containsExactly(false, false, false);
    }

    @Test
    void withoutTheStaffTokenEveryChangeIsRefused() throws Exception {
        long id = threeLines("Table 14");
        int events = app.rows("order_event");
        for (String path : List.of("lines/1/done", "lines/1/undone", "hold", "fire", "urgent")) {
            TestApp.Reply reply = app.sendAnonymous(app.post("/api/v1/orders/" + id + "/" + path,
                    "{\"version\":1,\"lines\":[1],\"urgent\":true}", "application/json"));
            assertThat(reply.status()).as(path).isEqualTo(403);
        }
        assertThat(app.rows("order_event")).isEqualTo(events);
        assertThat(order(id).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void twoCooksBumpingLinesOfTheSameVersionOneWinsTheOtherGets409() throws Exception {
        long id = threeLines("Table 16");
        List<TestApp.Reply> both = List.of(
                app.sendAsync(app.post("/api/v1/orders/" + id + "/lines/1/done", "{\"version\":1}",
                        "application/json")),
                app.sendAsync(app.post("/api/v1/orders/" + id + "/lines/2/done", "{\"version\":1}",
                        "application/json"))).stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(both).extracting(TestApp.Reply::status).containsExactlyInAnyOrder(200, 409);
        JsonNode stored = order(id);
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(flags(stored, "done")).containsOnlyOnce(true);
    }

    @Test
    void aPadSeesItsOrdersProgressButCannotChangeIt() throws Exception {
        String code = app.postJson("/api/v1/tables/2/pairing-code", "{}").body().get("code").asText();
        String token = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\"}").body().get("token").asText();
        assertThat(app.postJson("/api/v1/tables/2/session", "{\"guests\":2}").status()).isEqualTo(201);
        long id = threeLines("Table 2");
        assertThat(line(id, 1, "done", 1).status()).isEqualTo(200);
        assertThat(post(id, "urgent", "{\"urgent\":true}").status()).isEqualTo(200);

        JsonNode seen = app.send(java.net.http.HttpRequest.newBuilder(app.uri("/api/v1/orders/" + id))
                .header("Authorization", "Bearer " + token).GET().build()).body();
        assertThat(flags(seen, "done")).containsExactly(true, false, false);
        assertThat(seen.get("urgent").asBoolean()).isTrue();
        TestApp.Reply refused = app.send(java.net.http.HttpRequest.newBuilder(app.uri("/api/v1/orders/" + id
                        + "/lines/2/done")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":3}")).build());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(order(id).get("version").asInt()).isEqualTo(3);
    }

    @Test
    void changesFromTheSuiteNameWhoMadeThemAndFollowRoles() throws Exception {
        int kim = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        long id = threeLines("Table 15");
        long before = app.app().journal().lastSeq();
        assertThat(Refusals.of(() -> app.app().orders().changeTicket(TicketChange.urgent(id, true, kim), null).join())
                .status()).as("the kitchen does not rush").isEqualTo(403);
        assertThat(app.app().journal().lastSeq()).isEqualTo(before);

        app.app().orders().changeTicket(TicketChange.urgent(id, true, sam), null).join();
        app.app().orders().changeTicket(TicketChange.hold(id, List.of(3), sam), null).join();
        app.app().orders().changeTicket(TicketChange.done(id, 1, kim), 3).join();
        List<String> log = app.app().journal().replay(before, 100).stream().map(LogEntry::json).toList();
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).contains("\"by\":" + sam + ",\"change\":{\"kind\":\"URGENT\"");
        assertThat(log.get(1)).contains("\"by\":" + sam + ",\"change\":{\"kind\":\"HOLD\",\"lines\":[3]}");
        assertThat(log.get(2)).contains("\"by\":" + kim + ",\"change\":{\"kind\":\"LINES_DONE\",\"lines\":[1]}");
    }

    private static Access access(String method, String path) {
        return app.app().routes().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .findFirst().orElseThrow().access();
    }
}

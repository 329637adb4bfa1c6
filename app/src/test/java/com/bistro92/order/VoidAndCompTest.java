package com.bistro92.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Refusals;
import com.bistro92.TestApp;
import com.bistro92.journal.LogEntry;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voids and comps: a manager's alone, a server's only with a manager's approval, both names kept in
 * the event and the adjustment; bad input and wrong roles refused with nothing written.
 */
class VoidAndCompTest {

    @TempDir
    Path data;
    TestApp app;
    Orders orders;
    int manager;
    int server;
    int kitchen;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        orders = app.app().orders();
        manager = app.app().staff().add("Alex", Role.MANAGER, null).join().member().id();
        server = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        kitchen = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long twoLineOrder() throws Exception {
        return app.postJson("/api/order", """
                {"table": "Table 5", "items": [{"name": "Margherita Pizza", "quantity": 2},
                 {"name": "Espresso", "quantity": 1}]}""").body().get("id").asLong();
    }

    private String lastEvent() {
        List<LogEntry> log = app.app().journal().replay(app.app().journal().lastSeq() - 1, 1);
        return log.getFirst().json();
    }

    private List<Record> adjustments() {
        return app.app().database().dsl().select(DSL.field("KIND"), DSL.field("LINE_NO"), DSL.field("REASON"),
                        DSL.field("AMOUNT"), DSL.field("STAFF_ID"), DSL.field("APPROVED_BY"))
                .from(DSL.table("ORDER_ADJUSTMENT")).orderBy(DSL.field("ID")).fetch().stream()
                .map(r -> (Record) r).toList();
    }

    @Test
    void aManagerVoidsAloneAndTheVoidIsRecordedWithItsReasonAndAmount() throws Exception {
        long id = twoLineOrder();
        Order voided = orders.adjust(Adjustment.voidOrder(id, "Guest walked out", manager, null), null).join();
        assertThat(voided.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(lastEvent()).contains("\"status\":\"CANCELLED\"").endsWith(",\"by\":" + manager + "}");
        assertThat(adjustments()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("VOID");
            assertThat(r.get(1)).isNull();
            assertThat(r.get(2)).isEqualTo("Guest walked out");
            assertThat((BigDecimal) r.get(3)).isEqualByComparingTo("28.80");
            assertThat(r.get(4)).isEqualTo(manager);
            assertThat(r.get(5)).isNull();
        });
    }

    @Test
    void aServersVoidNeedsAManagerAndThenBothNamesAreRecorded() throws Exception {
        long id = twoLineOrder();
        long before = app.app().journal().lastSeq();
        Problem alone = Refusals.of(() -> orders.adjust(Adjustment.voidOrder(id, "Wrong table", server, null), null).join());
        assertThat(alone.status()).isEqualTo(403);
        assertThat(alone.detail()).contains("Sam (server) may not do this");
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.voidOrder(id, "Wrong table", server, kitchen), null)
                .join()).status()).as("approved by the kitchen").isEqualTo(403);
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.voidOrder(id, "Wrong table", manager, manager), null)
                .join()).status()).as("approving one's own").isEqualTo(403);
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.voidOrder(id, "Wrong table", server, 999), null)
                .join()).status()).as("approved by nobody").isEqualTo(422);
        assertThat(app.app().journal().lastSeq()).isEqualTo(before);
        assertThat(adjustments()).isEmpty();
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);

        orders.adjust(Adjustment.voidOrder(id, "Wrong table", server, manager), null).join();
        assertThat(lastEvent()).endsWith(",\"by\":" + server + ",\"approved_by\":" + manager + "}");
        assertThat(adjustments()).singleElement().satisfies(r -> {
            assertThat(r.get(4)).isEqualTo(server);
            assertThat(r.get(5)).isEqualTo(manager);
        });
    }

    @Test
    void aCompTakesTheLineOffTheTotalAndKeepsItsPrice() throws Exception {
        long id = twoLineOrder();
        Order comped = orders.adjust(Adjustment.comp(id, 2, "Long wait", server, manager), null).join();
        assertThat(comped.total()).isEqualByComparingTo("26.00");
        assertThat(comped.items().get(1).comped()).isTrue();
        assertThat(comped.items().get(1).lineTotal()).isEqualByComparingTo("2.80");
        assertThat(comped.items().get(0).comped()).isFalse();
        assertThat(comped.status()).as("a comp does not move the order").isEqualTo(OrderStatus.PLACED);
        Order stored = orders.find(id).orElseThrow();
        assertThat(stored.total()).isEqualByComparingTo("26.00");
        assertThat(stored.items().get(1).comped()).isTrue();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(lastEvent()).contains("\"comped\":true");
        assertThat(adjustments()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("COMP");
            assertThat(r.get(1)).isEqualTo(2);
            assertThat((BigDecimal) r.get(3)).isEqualByComparingTo("2.80");
        });
    }

    @Test
    void badVoidsAndCompsAreRefusedWithNothingWritten() throws Exception {
        long id = twoLineOrder();
        orders.adjust(Adjustment.comp(id, 1, "Quality", manager, null), null).join();
        long delivered = twoLineOrder();
        for (OrderStatus next : List.of(OrderStatus.RECEIVED, OrderStatus.PREPARING, OrderStatus.READY,
                OrderStatus.DELIVERED)) {
            orders.changeStatus(delivered, next, null).join();
        }
        long before = app.app().journal().lastSeq();
        int rows = app.rows("order_adjustment");
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 1, "Again", manager, null), null).join())
                .status()).as("a line comped twice").isEqualTo(409);
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 3, "No such line", manager, null), null)
                .join()).errors()).extracting(Problem.FieldError::field).containsExactly("line");
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 2, "  ", manager, null), null).join())
                .errors()).extracting(Problem.FieldError::field).containsExactly("reason");
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 2, "x".repeat(201), manager, null), null)
                .join()).status()).isEqualTo(422);
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 2, "bad\u202Etext", manager, null), null)
                .join()).status()).as("a reason that reads backwards").isEqualTo(422);
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.voidOrder(delivered, "Too late", manager, null), null)
                .join()).detail()).contains("DELIVERED").contains("comp its lines instead");
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.voidOrder(424242, "Nothing", manager, null), null)
                .join()).status()).isEqualTo(404);
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 2, "Cold", kitchen, null), null).join())
                .status()).as("the kitchen comps").isEqualTo(403);
        orders.adjust(Adjustment.voidOrder(id, "Wrong table", manager, null), null).join();
        before = app.app().journal().lastSeq();
        rows = app.rows("order_adjustment");
        assertThat(Refusals.of(() -> orders.adjust(Adjustment.comp(id, 2, "After the void", manager, null), null)
                .join()).status()).as("comping a voided order").isEqualTo(409);
        assertThat(app.app().journal().lastSeq()).isEqualTo(before);
        assertThat(app.rows("order_adjustment")).isEqualTo(rows);
    }

    @Test
    void theApiVoidsAndCompsWithTheStaffTokenOnly() throws Exception {
        long id = twoLineOrder();
        TestApp.Reply noReason = app.postJson("/api/v1/orders/" + id + "/lines/1/comp", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().toString()).contains("reason");
        TestApp.Reply anonymous = app.sendAnonymous(app.post("/api/v1/orders/" + id + "/void",
                "{\"reason\":\"Prank\"}", "application/json"));
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(app.rows("order_adjustment")).isZero();

        TestApp.Reply comp = app.postJson("/api/v1/orders/" + id + "/lines/1/comp", "{\"reason\":\"Birthday\"}");
        assertThat(comp.status()).isEqualTo(200);
        assertThat(comp.body().get("total").decimalValue()).isEqualByComparingTo("2.80");
        assertThat(comp.body().get("items").get(0).get("comped").asBoolean()).isTrue();
        assertThat(app.postJson("/api/v1/orders/" + id + "/lines/9/comp", "{\"reason\":\"x\"}").status())
                .isEqualTo(422);
        TestApp.Reply stale = app.postJson("/api/v1/orders/" + id + "/void", "{\"reason\":\"Left\",\"version\":1}");
        assertThat(stale.status()).as("the version the client saw is gone").isEqualTo(409);
        TestApp.Reply voided = app.postJson("/api/v1/orders/" + id + "/void", "{\"reason\":\"Left\",\"version\":2}");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(app.rows("order_adjustment")).isEqualTo(2);
    }

    @Test
    void aPlainCancelIsAVoidToo() throws Exception {
        long id = twoLineOrder();
        orders.changeStatus(id, OrderStatus.CANCELLED, 1).join();
        assertThat(adjustments()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("VOID");
            assertThat(r.get(2)).isEqualTo("Cancelled");
        });
    }
}

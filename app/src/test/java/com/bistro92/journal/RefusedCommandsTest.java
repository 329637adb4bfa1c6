package com.bistro92.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.SharedServerTest;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.ServiceCall;
import com.bistro92.problem.Problem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Every kind of command, refused: it answers why, writes nothing, and publishes no event. */
class RefusedCommandsTest extends SharedServerTest {

    private static final List<String> TABLES = List.of("customer_order", "order_line", "order_event",
            "dining_table", "table_session", "pad", "pairing_code", "service_request", "app_meta");

    private Map<String, Integer> rows() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, app.rows(t)));
        counts.put("available items", app.app().database().dsl()
                .fetchCount(com.bistro92.db.Tables.MENU_ITEM, com.bistro92.db.Tables.MENU_ITEM.AVAILABLE.isTrue()));
        return counts;
    }

    private void assertRefused(String what, CompletableFuture<?> command, int status) {
        Bistro92 suite = app.app();
        long seq = suite.journal().lastSeq();
        Map<String, Integer> before = rows();
        assertThat(command).as(what).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).as(what).isEqualTo(status));
        assertThat(suite.journal().lastSeq()).as("%s published no event", what).isEqualTo(seq);
        assertThat(rows()).as("%s wrote nothing", what).isEqualTo(before);
    }

    @Test
    void ordersRefusedWriteNothing() {
        Bistro92 suite = app.app();
        long id = suite.orders().place(new NewOrder("Table 6", List.of(new NewOrder.Line("Espresso", 1, "")), "",
                OrderSource.SEED, "refused-key")).join().order().id();
        assertRefused("an order with an unknown menu id", suite.orders().place(new NewOrder("Table 6",
                List.of(new NewOrder.Line(99_999, null, 1, List.of(), "")), "", OrderSource.STAFF, null)), 422);
        assertRefused("a pad's order while nobody is seated", suite.orders().place(new NewOrder("Table 6",
                List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.PAD, null, 1)), 409);
        assertRefused("a key used again for another order", suite.orders().place(new NewOrder("Table 6",
                List.of(new NewOrder.Line("Espresso", 2, "")), "", OrderSource.SEED, "refused-key")), 409);
        assertRefused("a status change from a stale version", suite.orders().changeStatus(id, OrderStatus.RECEIVED, 7), 409);
        assertRefused("a skipped step", suite.orders().changeStatus(id, OrderStatus.READY, 1), 409);
        assertRefused("a status change of no order", suite.orders().changeStatus(424_242, OrderStatus.RECEIVED, 1), 404);
        assertThat(suite.orders().receive(424_242)).succeedsWithin(Duration.ofSeconds(30))
                .as("a receipt for no order changes nothing").satisfies(o -> assertThat(o).isEmpty());
    }

    @Test
    void tablesPadsCallsAndTheMenuRefusedWriteNothing() {
        Bistro92 suite = app.app();
        suite.sessions().seat(11, 2).join();
        assertRefused("seating a seated table", suite.sessions().seat(11, 3), 409);
        assertRefused("seating no table", suite.sessions().seat(4_242, 2), 404);
        assertRefused("seating 0 guests", suite.sessions().seat(10, 0), 422);
        assertRefused("closing a table nobody sits at", suite.sessions().close(10), 409);
        assertRefused("a pairing code for no table", suite.pairing().newCode(4_242), 404);
        assertRefused("pairing with a wrong code", suite.pairing().pair("000000", "Pad"), 422);
        assertRefused("revoking no pad", suite.pairing().revoke(4_242), 404);
        assertRefused("a call from no table", suite.orders().requestService(4_242, null, ServiceCall.Kind.WAITER), 404);
        assertRefused("acknowledging no call", suite.orders().acknowledgeService(4_242), 404);
        assertRefused("86ing no item", suite.menuChanges().setAvailability(4_242, false), 404);
    }
}

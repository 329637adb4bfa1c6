package com.bistro92.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Refusals;
import com.bistro92.TestApp;
import com.bistro92.journal.LogEntry;
import com.bistro92.order.OrderStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change made from the suite carries the signed-in member's id into its event. */
class WhoDidItTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private List<String> logSince(long seq) {
        return app.app().journal().replay(seq, 100).stream().map(LogEntry::json).toList();
    }

    @Test
    void bumpsSeatingsPadsAndCallsNameWhoDidThem() throws Exception {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        long id = app.placeOrder("Table 5", "Espresso", 1).get("id").asLong();
        long before = app.app().journal().lastSeq();
        app.app().orders().receive(id, sam).join();
        app.app().orders().changeStatus(id, OrderStatus.PREPARING, 2, sam).join();
        app.app().sessions().seat(4, 2, sam).join();
        app.app().pairing().newCode(4, sam).join();
        app.app().sessions().close(4, sam).join();
        List<String> log = logSince(before);
        assertThat(log).hasSize(5).allSatisfy(json -> assertThat(json).endsWith(",\"by\":" + sam + "}"));
        // and a change from a client with no member of staff behind it says nobody
        long after = app.app().journal().lastSeq();
        app.app().orders().changeStatus(id, OrderStatus.READY, 3).join();
        assertThat(logSince(after)).singleElement().satisfies(json -> assertThat(json).doesNotContain("\"by\""));
    }

    @Test
    void theKitchenCannotSeatOrPairAndAServerCannotVoidAndNothingIsWritten() throws Exception {
        int kim = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        long id = app.placeOrder("Table 5", "Espresso", 1).get("id").asLong();
        long before = app.app().journal().lastSeq();
        int sessions = app.rows("table_session");
        assertThat(Refusals.of(() -> app.app().sessions().seat(4, 2, kim).join()).status()).isEqualTo(403);
        assertThat(Refusals.of(() -> app.app().pairing().newCode(4, kim).join()).status()).isEqualTo(403);
        assertThat(Refusals.of(() -> app.app().orders().changeStatus(id, OrderStatus.CANCELLED, 1, sam).join())
                .status()).isEqualTo(403);
        assertThat(app.app().journal().lastSeq()).isEqualTo(before);
        assertThat(app.rows("table_session")).isEqualTo(sessions);
        // the kitchen bumps, a server seats
        assertThat(app.app().orders().changeStatus(id, OrderStatus.RECEIVED, 1, kim).join().status())
                .isEqualTo(OrderStatus.RECEIVED);
        assertThat(app.app().sessions().seat(4, 2, sam).join().tableId()).isEqualTo(4);
    }
}

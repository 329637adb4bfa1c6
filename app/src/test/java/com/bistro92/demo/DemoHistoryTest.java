package com.bistro92.demo;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.PAYMENT;
import com.bistro92.CheapStart;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.server.Limits;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.TestApp;
import com.bistro92.journal.LogCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --demo-history fills a new folder once, marks it as training data, and live orders follow it. */
class DemoHistoryTest {

    @TempDir
    Path data;
    @TempDir
    Path other;

    private Bistro92 start() throws Exception {
        return CheapStart.start(new Options(true, false, 0, 0, data, false, true, 3), Clock.systemDefaultZone(),
                Bistro92.Storage.DEFAULT, Limits.DEFAULT);
    }

    @Test
    void historyIsWrittenOnceAndLiveOrdersFollowIt() throws Exception {
        long generated;
        try (Bistro92 app = start()) {
            generated = app.orders().count();
            assertThat(generated).as("three days and today of orders").isGreaterThan(250);
            assertThat(app.settings().current().trainingData()).isTrue();
            assertThat(app.database().dsl().fetchCount(com.bistro92.db.Tables.ORDER_EVENT)).isZero();
        }
        try (TestApp again = TestApp.start(data)) {
            assertThat(again.app().orders().count()).as("a second start adds no history").isEqualTo(generated);
            long id = again.placeOrder("Table 4", "Espresso", 1).get("id").asLong();
            assertThat(id).isEqualTo(generated + 1);
            assertThat(again.app().logVerifier().verify()).isInstanceOf(LogCheck.Intact.class);
        }
    }

    @Test
    void theSameSeedAndClockWriteTheSameHistory() throws Exception {
        List<String> first;
        try (Bistro92 app = DemoTradeTest.start(data, 3)) {
            first = fingerprint(app);
        }
        try (Bistro92 app = DemoTradeTest.start(other, 3)) {
            assertThat(fingerprint(app)).isEqualTo(first);
        }
        assertThat(first).hasSizeGreaterThan(100);
    }

    /** Every order's and payment's id, times and money, in id order. */
    private static List<String> fingerprint(Bistro92 app) {
        DSLContext sql = app.database().dsl();
        List<String> rows = new ArrayList<>(sql.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.SESSION_ID,
                        CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.READY_AT, CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.TOTAL)
                .from(CUSTOMER_ORDER).orderBy(CUSTOMER_ORDER.ID).fetch(r -> r.formatCSV(false).strip()));
        rows.addAll(sql.select(PAYMENT.ID, PAYMENT.SESSION_ID, PAYMENT.METHOD, PAYMENT.AMOUNT, PAYMENT.TIP,
                        PAYMENT.TENDERED, PAYMENT.PAID_AT)
                .from(PAYMENT).orderBy(PAYMENT.ID).fetch(r -> r.formatCSV(false).strip()));
        return rows;
    }
}

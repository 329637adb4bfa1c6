package com.bistro92.demo;

import com.bistro92.CheapStart;
import com.bistro92.server.Limits;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.TestApp;
import com.bistro92.journal.LogCheck;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --demo-history fills a new folder once, marks it as training data, and live orders follow it. */
class DemoHistoryTest {

    @TempDir
    Path data;

    private Bistro92 start() throws Exception {
        return CheapStart.start(new Options(true, false, 0, 0, data, false, true, 3), Clock.systemDefaultZone(),
                Bistro92.Storage.DEFAULT, Limits.DEFAULT);
    }

    @Test
    void historyIsWrittenOnceAndLiveOrdersFollowIt() throws Exception {
        long generated;
        try (Bistro92 app = start()) {
            generated = app.orders().count();
            assertThat(generated).as("three days and today of orders").isGreaterThan(500);
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
}

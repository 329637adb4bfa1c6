package com.bistro92.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot reads every table as of one moment: an order committed after the snapshot read its
 * sequence number is not in the orders it reads, else a screen would apply that order's event on
 * top of an order list that already has it (two of the same order on the kitchen screen).
 */
class SnapshotTest {

    @TempDir
    Path data;

    @Test
    void anOrderCommittedDuringTheSnapshotIsInNeitherItsSequenceNorItsOrders() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            app.placeOrder("Table 1", "Espresso", 1);
            long[] seen = Snapshot.read(app.app().database().dsl(), (c, seq) -> {
                try {
                    // another request commits now, between the snapshot's first read and its next
                    app.placeOrder("Table 2", "Espresso", 1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return new long[] {seq, c.fetchCount(DSL.table(DSL.name("CUSTOMER_ORDER")))};
            });
            assertThat(app.rows("customer_order")).as("both orders are stored").isEqualTo(2);
            assertThat(seen[1]).as("orders in the snapshot").isEqualTo(1);
            assertThat(seen[0]).as("its sequence number is the first order's").isLessThan(app.app().journal().lastSeq());
        }
    }
}

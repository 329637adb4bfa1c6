package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.journal.LogCheck;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.server.Limits;
import com.bistro92.store.DatabaseCopy;
import com.bistro92.store.PostgresAddress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --migrate-to}: a restaurant's year of trade moves from H2 into PostgreSQL with one command,
 * every table's rows and the event log's hash chain the same on both sides, and the suite goes on
 * there where it stopped on H2.
 */
class MigrateToTest {

    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {
    }

    private Run migrate(PostgresAddress target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MigrateTo.run(Options.parse(List.of("--migrate-to", target.toString(), "--data", data.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8).strip());
    }

    private static NewOrder espresso(String table) {
        return new NewOrder(table, List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.SEED, null);
    }

    @Test
    void aYearOfTradeMovesIntoPostgresWithTheSameRowsAndTheSameChain() throws Exception {
        Map<String, Long> rows;
        LogCheck log;
        long orders;
        // on H2 whichever run this is: the data to move is a folder's
        Options h2 = new Options(true, false, 0, 0, data, false, true, 365);
        try (Bistro92 app = Bistro92.startCheaply(h2, Clock.systemUTC(), Bistro92.Storage.DEFAULT, Limits.DEFAULT,
                CheapStart.identity())) {
            app.sessions().seat(3, 2, null).join();
            app.orders().place(espresso("Table 3")).join();
            rows = DatabaseCopy.count(app.database().dsl());
            log = app.logVerifier().verify();
            orders = app.orders().count();
        }
        assertThat(rows.get("customer_order")).as("a year of orders").isGreaterThan(5_000);

        PostgresAddress target = TestDatabase.databaseOf(data.resolve("postgres"));
        Run run = migrate(target);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Copied ").contains("(Event log intact: " + ((LogCheck.Intact) log).count());

        try (Bistro92 there = CheapStart.start(new Options(true, false, 0, data.resolve("pc")).onDatabase(target),
                Clock.systemUTC())) {
            assertThat(DatabaseCopy.count(there.database().dsl())).as("every table's rows").isEqualTo(rows);
            assertThat(there.logVerifier().verify()).as("the same chain, to the same head").isEqualTo(log);
            assertThat(there.orders().count()).isEqualTo(orders);
            long next = there.orders().place(espresso("Table 3")).join().order().id();
            assertThat(next).as("ids go on after the copied ones").isEqualTo(orders + 1);
            assertThat(there.logVerifier().verify().intact()).isTrue();
        }

        Run again = migrate(target);
        assertThat(again.exit()).as("a database that holds a restaurant is never overwritten").isEqualTo(2);
        assertThat(again.err()).contains("already holds the data of a restaurant");
    }
}

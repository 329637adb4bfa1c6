package com.bistro92.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.TestDatabase;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite on PostgreSQL, in either run of the tests: its data is in the server's database and
 * nowhere else, and its backups are the server's. Two suites on one database: {@code TwoNodesTest}.
 */
class PostgresSuiteTest {

    @TempDir
    Path data;

    private Options onPostgres() {
        return new Options(true, false, 0, data).onDatabase(TestDatabase.databaseOf(data));
    }

    private static NewOrder espresso() {
        return new NewOrder("Table 2", List.of(new NewOrder.Line("Espresso", 2, "")), "", OrderSource.SEED, null);
    }

    private long ordersOnTheServer() throws Exception {
        PostgresAddress address = TestDatabase.databaseOf(data);
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer_order")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSuiteKeepsItsDataInThePostgresDatabaseAndNoneInTheFolder() throws Exception {
        try (Bistro92 app = CheapStart.start(onPostgres(), Clock.systemUTC())) {
            assertThat(app.database().vendor()).isEqualTo(Migrations.POSTGRESQL);
            assertThat(app.database().shown()).startsWith("postgresql://postgres@localhost:");
            app.orders().place(espresso()).join();
            assertThat(ordersOnTheServer()).isEqualTo(1);
        }
        assertThat(Files.exists(data.resolve(Database.fileName()))).as("no H2 database beside it").isFalse();
        try (Bistro92 again = CheapStart.start(onPostgres(), Clock.systemUTC())) {
            assertThat(again.orders().count()).as("found again after a restart").isEqualTo(1);
            assertThat(again.logVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void backupsSayThatTheServerBacksTheDataUpAndWriteNothing() throws Exception {
        try (Bistro92 app = CheapStart.start(onPostgres(), Clock.systemUTC())) {
            assertThat(app.backups().onServer()).isTrue();
            assertThatThrownBy(() -> app.backups().backupNow(p -> { }))
                    .hasMessageContaining("pg_dump").hasMessageContaining("docs/postgresql.md");
            assertThat(app.backups().folder()).satisfiesAnyOf(
                    f -> assertThat(f).doesNotExist(),
                    f -> assertThat(Files.list(f).toList()).isEmpty());
        }
    }
}

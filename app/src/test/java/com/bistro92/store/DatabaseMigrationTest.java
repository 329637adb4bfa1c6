package com.bistro92.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's version, and the start that leaves Flyway out once the database is at it. */
class DatabaseMigrationTest {

    @TempDir
    Path data;

    @Test
    void theLatestSchemaIsTheNewestMigrationFlywayFinds() {
        MigrationInfo[] all = Flyway.configure().locations(Migrations.H2.locations())
                .dataSource("jdbc:h2:mem:migrations", "sa", "").load().info().all();
        int newest = Arrays.stream(all).mapToInt(i -> Integer.parseInt(i.getVersion().getVersion())).max().orElse(0);

        assertThat(Database.LATEST_SCHEMA).isEqualTo(newest);
    }

    @Test
    void aNewDatabaseHasNoSchemaUntilMigratedAndThenTheLatest() throws Exception {
        try (Database database = Database.open(data)) {
            try (Connection c = database.newConnection()) {
                assertThat(Database.appliedSchema(c)).isEqualTo(-1);
            }
            database.migrate();
            try (Connection c = database.newConnection()) {
                assertThat(Database.appliedSchema(c)).isEqualTo(Database.LATEST_SCHEMA);
            }
            int steps = historyRows(database);
            // a second start finds it current and leaves it as it was (versions may skip a number)
            database.migrate();
            assertThat(historyRows(database)).isEqualTo(steps);
        }
    }

    @Test
    void keysStoredBeforeTheyHadScopesKeepTheirOrdersCallerAsTheirScope() throws Exception {
        String url = "jdbc:h2:mem:scopes;DB_CLOSE_DELAY=-1";
        Flyway.configure().locations(Migrations.H2.locations()).dataSource(url, "sa", "").target("12").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO dining_table (id, label, label_key, created_at)"
                    + " VALUES (1, 'Table 1', 'table 1', CURRENT_TIMESTAMP)");
            c.createStatement().executeUpdate("INSERT INTO pad (id, name, table_id, token_hash, paired_at)"
                    + " VALUES (7, 'Pad', 1, 'hash', CURRENT_TIMESTAMP)");
            String order = "INSERT INTO customer_order (id, table_id, pad_id, source, status, idempotency_key,"
                    + " request_hash, total, created_at, updated_at) VALUES (%d, 1, %s, '%s', 'PLACED', %s, 'h', 1,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
            c.createStatement().executeUpdate(order.formatted(1, "7", "PAD", "'k-1'"));
            c.createStatement().executeUpdate(order.formatted(2, "NULL", "STAFF", "'k-2'"));
            c.createStatement().executeUpdate(order.formatted(3, "NULL", "SEED", "'k-3'"));
            c.createStatement().executeUpdate(order.formatted(4, "NULL", "SEED", "NULL"));
        }
        Flyway.configure().locations(Migrations.H2.locations()).dataSource(url, "sa", "").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             var rows = c.createStatement().executeQuery(
                     "SELECT idempotency_scope FROM customer_order ORDER BY id")) {
            java.util.List<String> scopes = new java.util.ArrayList<>();
            while (rows.next()) {
                scopes.add(rows.getString(1));
            }
            assertThat(scopes).containsExactly("pad:7", "staff", "seed", null);
            // the same key is now another caller's own
            c.createStatement().executeUpdate("INSERT INTO customer_order (id, table_id, source, status,"
                    + " idempotency_key, idempotency_scope, request_hash, total, created_at, updated_at) VALUES"
                    + " (5, 1, 'SEED', 'PLACED', 'k-1', 'seed', 'h', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "INSERT INTO customer_order (id, table_id, source, status, idempotency_key, idempotency_scope,"
                            + " request_hash, total, created_at, updated_at) VALUES (6, 1, 'SEED', 'PLACED', 'k-1',"
                            + " 'seed', 'h', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
        }
    }

    private static int historyRows(Database database) {
        return database.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("flyway_schema_history")));
    }

    @Test
    void aFailedStepSendsTheStartBackToFlyway() throws Exception {
        try (Database database = Database.open(data)) {
            database.migrate();
            try (Connection c = database.newConnection()) {
                c.createStatement().executeUpdate(
                        "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
                assertThat(Database.appliedSchema(c)).isEqualTo(-1);
            }
        }
    }
}

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
        MigrationInfo[] all = Flyway.configure().locations("classpath:db/migration")
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
            // a second start finds it current and leaves it as it was
            database.migrate();
            assertThat(database.dsl().fetchCount(org.jooq.impl.DSL.table(
                    org.jooq.impl.DSL.name("flyway_schema_history")))).isEqualTo(Database.LATEST_SCHEMA);
        }
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

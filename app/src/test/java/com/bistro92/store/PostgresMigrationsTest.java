package com.bistro92.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema on a real PostgreSQL (embedded: a server from a jar, no install): the migrations the
 * databases share and PostgreSQL's own run on it, and give the same tables and columns, and the
 * same rules, as on H2.
 */
class PostgresMigrationsTest {

    private static final String H2_URL = "jdbc:h2:mem:postgres-migrations;DB_CLOSE_DELAY=-1";
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations(Migrations.POSTGRESQL.locations())
                .load().migrate();
        Flyway.configure().dataSource(H2_URL, "sa", "").locations(Migrations.H2.locations()).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static List<String> versions(Migrations vendor) {
        return Arrays.stream(Flyway.configure().dataSource("jdbc:h2:mem:versions-" + vendor, "sa", "")
                        .locations(vendor.locations()).load().info().all())
                .map(i -> i.getVersion().getVersion() + " " + i.getDescription() + " " + i.getScript().replaceAll(".*/", ""))
                .toList();
    }

    @Test
    void eachDatabaseHasEveryMigrationUnderTheSameVersionAndName() {
        List<String> h2 = versions(Migrations.H2);
        assertThat(h2.getLast()).as("the newest").startsWith(Database.LATEST_SCHEMA + " ");
        assertThat(versions(Migrations.POSTGRESQL)).isEqualTo(h2);
    }

    /** Every table's columns, with whether each may be NULL, as {@code table.column NULL|NOT NULL}. */
    private static Set<String> columns(Connection c, String schema) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (var rows = c.createStatement().executeQuery("SELECT table_name, column_name, is_nullable"
                + " FROM information_schema.columns WHERE table_schema = '" + schema + "'")) {
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase(java.util.Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    columns.add(table + "." + rows.getString(2).toLowerCase(java.util.Locale.ROOT) + " "
                            + (rows.getString(3).equals("YES") ? "NULL" : "NOT NULL"));
                }
            }
        }
        return columns;
    }

    @Test
    void postgresqlHasTheSameTablesAndColumnsAsH2() throws Exception {
        try (Connection pg = postgres.getPostgresDatabase().getConnection();
             Connection h2 = DriverManager.getConnection(H2_URL, "sa", "")) {
            Set<String> onH2 = columns(h2, "PUBLIC");
            assertThat(onH2).hasSizeGreaterThan(100);
            assertThat(columns(pg, "public")).isEqualTo(onH2);
        }
    }

    /** A second open session at one table breaks the generated column's uniqueness, on both databases. */
    private static void oneOpenSessionPerTable(DataSource data) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dining_table (id, label, label_key, created_at)"
                    + " VALUES (900, 'Table 900', 'table 900', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO table_session (table_id, opened_at) VALUES (900, CURRENT_TIMESTAMP)");
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO table_session (table_id, opened_at) VALUES (900, CURRENT_TIMESTAMP)"))
                    .as("a second open session").isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT))
                            .contains("table_session_one_open_uk"));
            s.executeUpdate("UPDATE table_session SET closed_at = CURRENT_TIMESTAMP WHERE table_id = 900");
            s.executeUpdate("INSERT INTO table_session (table_id, opened_at) VALUES (900, CURRENT_TIMESTAMP)");
            String code = "INSERT INTO pairing_code (code, table_id, created_at, expires_at)"
                    + " VALUES ('%s', 900, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '10' MINUTE)";
            s.executeUpdate(code.formatted("123456"));
            assertThatThrownBy(() -> s.executeUpdate(code.formatted("12a456"))).as("a code of other than six digits")
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT))
                            .contains("pairing_code_digits_ck"));
        }
    }

    @Test
    void theSchemasRulesHoldOnPostgresqlAsOnH2() throws Exception {
        oneOpenSessionPerTable(postgres.getPostgresDatabase());
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(H2_URL);
        h2.setUser("sa");
        oneOpenSessionPerTable(h2);
    }
}

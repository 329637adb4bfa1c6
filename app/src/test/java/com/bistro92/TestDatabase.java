package com.bistro92;

import com.bistro92.store.PostgresAddress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Which database the tests' suites keep their data in. The tests run twice: once on H2 (the
 * default), and once more, for the store, journal, order, bill, report and feed tests, on a real
 * PostgreSQL, with {@code -Dbistro92.test.database=postgresql} (the {@code postgresql} execution of
 * the app's Surefire). The same tests, not copies: every suite a test starts goes through
 * {@link #choose}.
 *
 * <p>On PostgreSQL each data folder gets a database of its own on one server per test JVM (a real
 * PostgreSQL started from a jar, no install), named after the folder, so that a suite started again
 * on the same folder finds its data again, as it would in the folder's H2 file.
 */
public final class TestDatabase {

    /** The system property that chooses the tests' database: {@code h2} (default) or {@code postgresql}. */
    public static final String PROPERTY = "bistro92.test.database";

    private TestDatabase() {
    }

    /** Whether this run of the tests keeps the suites' data in PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY, "h2"));
    }

    /** {@code options} as this run keeps data: unchanged on H2; on PostgreSQL, in the folder's own database. */
    public static Options choose(Options options) {
        if (!onPostgres() || options.database() != null || options.display() != null) {
            return options;
        }
        return options.onDatabase(databaseOf(options.data()));
    }

    /** The PostgreSQL database of {@code folder}, made empty the first time it is asked for. */
    public static PostgresAddress databaseOf(Path folder) {
        String name = "t" + hash(folder.toAbsolutePath().normalize().toString());
        Server.create(name);
        return new PostgresAddress("localhost", Server.POSTGRES.getPort(), name, "postgres", null);
    }

    /** The server's own administrative connection, for tests that act on it (stopping it, counting rows). */
    public static EmbeddedPostgres server() {
        return Server.POSTGRES;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Started on first use, by the class loader's lock: one server per test JVM, stopped when it exits. */
    private static final class Server {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        // each suite holds a pool and a writer; the jar turns synchronous commits off,
                        // and the suite's writer turns them on for its own session, as on any server
                        .setServerConfig("max_connections", "200")
                        .start();
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending; the server's folder is temporary
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the tests' PostgreSQL", e);
            }
        }

        static synchronized void create(String name) {
            try (Connection c = POSTGRES.getPostgresDatabase().getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, name);
                    if (ps.executeQuery().next()) {
                        return;
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot make the test database " + name, e);
            }
        }
    }
}

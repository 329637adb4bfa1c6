package com.bistro92.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite's database: a small pool of connections for reads, one more connection for the
 * journal's writer, the Flyway migrations, and the jOOQ context for reads, in the database's
 * dialect. It is either the H2 file database in the data folder (the default: one PC, nothing to
 * install) or a PostgreSQL database on a server ({@link #postgres}), which several PCs can share.
 *
 * <p>H2 keeps its defaults: it writes committed changes to its file in the background and reuses
 * file space after its default retention time. What makes an answered change durable is the
 * journal (see {@code com.bistro92.journal}), not the database file.
 *
 * <p>The folder is kept 0700 and the database, its journal and any trace file 0600 (on POSIX file
 * systems): they hold staff PIN hashes and pad tokens.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String NAME = "bistro92";
    private static final String USER = "sa";

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Migrations vendor;
    private final String url;
    private final String user;
    private final String password;
    /** H2's base path (without suffix) and file; null on PostgreSQL. */
    private final String base;
    private final Path file;
    /** What the log and the screens call this database (never with a password). */
    private final String shown;
    /** Where the database server is; null for H2 in the data folder. */
    private final PostgresAddress server;

    private Database(HikariDataSource dataSource, Migrations vendor, String url, String user, String password,
                     String base, Path file, String shown, PostgresAddress server) {
        this.server = server;
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.url = url;
        this.user = user;
        this.password = password;
        this.base = base;
        this.file = file;
        this.shown = shown;
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        if (vendor == Migrations.POSTGRESQL) {
            // jOOQ's classes are generated from H2, whose names are upper case; PostgreSQL folds the
            // unquoted names of the migrations to lower case
            settings.withRenderNameCase(RenderNameCase.LOWER);
        }
        this.dsl = DSL.using(dataSource, vendor == Migrations.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES, settings);
    }

    /** Whether {@code folder} holds a database already. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME + ".mv.db"));
    }

    /**
     * The files that make up the data in {@code folder}: the database, its journal's two files and
     * any trace file. A restore moves them aside together: the journal's groups belong to its database.
     */
    public static List<Path> files(Path folder) {
        return List.of(folder.resolve(NAME + ".mv.db"), folder.resolve(NAME + ".journal.0"),
                folder.resolve(NAME + ".journal.1"), folder.resolve(NAME + ".trace.db"));
    }

    /** The name of the database file in a data folder. */
    public static String fileName() {
        return NAME + ".mv.db";
    }

    /** Opens (creating if needed) the database in {@code folder}, on the default file system. */
    public static Database open(Path folder) {
        return open(folder, "");
    }

    /**
     * Opens (creating if needed) the database in {@code folder}, without migrating it yet.
     *
     * @param fileSystem an H2 file system prefix such as {@code "nio:"}, or empty for the default
     */
    public static Database open(Path folder, String fileSystem) {
        Path absolute = folder.resolve(NAME).toAbsolutePath();
        try {
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data folder " + folder + " private", e);
        }
        String base = fileSystem + absolute;
        String url = "jdbc:h2:" + base
                + ";LOCK_TIMEOUT=10000"
                // errors reach the suite as exceptions and are logged there; no separate trace file
                + ";TRACE_LEVEL_FILE=0"
                + ";DB_CLOSE_ON_EXIT=FALSE"
                // no compaction, at close or in the background: H2's MVStore has lost a chunk that
                // a compaction moved (h2database issues 4247 and 4383; seen here once, after a
                // restart, on a file whose header said it had closed cleanly). Free space in the
                // file is reused for new writes, and a backup is always a compact copy.
                + ";MAX_COMPACT_TIME=0"
                + ";AUTO_COMPACT_FILL_RATE=0";
        // the pool opens its first connection here, which creates the file
        Path file = Path.of(absolute + ".mv.db");
        Database database = new Database(pool(url, USER, ""), Migrations.H2, url, USER, "", base, file,
                file.toString(), null);
        try {
            database.keepPrivate();
        } catch (UncheckedIOException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Opens the PostgreSQL database at {@code address}, without migrating it yet. The database must
     * exist, and its user must be allowed to create tables in its {@code public} schema.
     *
     * @throws IllegalStateException when the server cannot be reached or refuses the user, saying so
     */
    public static Database postgres(PostgresAddress address) {
        HikariDataSource pool;
        try {
            pool = pool(address.jdbcUrl(), address.user(), address.password());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the database " + address + ": " + rootMessage(e), e);
        }
        return new Database(pool, Migrations.POSTGRESQL, address.jdbcUrl(), address.user(), address.password(), null,
                null, address.toString(), address);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        // Small on purpose: every write goes through the journal's own connection; reads are short.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(2);
        // reads never wait on a client (pages are read, then sent), so a wait this long means the
        // machine is overloaded: answer 503 with Retry-After rather than keep the caller hanging
        config.setConnectionTimeout(5_000);
        config.setPoolName("bistro92-db");
        return new HikariDataSource(config);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Which database this is: H2 in the data folder, or PostgreSQL on a server. */
    public Migrations vendor() {
        return vendor;
    }

    /**
     * Makes the database file, the journal's files and any trace file 0600. Call again once the
     * journal's files exist.
     */
    public void keepPrivate() {
        if (file == null) {
            return; // on a server, which keeps its own files
        }
        String path = file.toString();
        String stem = path.substring(0, path.length() - ".mv.db".length());
        try {
            for (String suffix : new String[] {".mv.db", ".journal.0", ".journal.1", ".trace.db"}) {
                PrivateFiles.file(Path.of(stem + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the database files private", e);
        }
    }

    /**
     * The newest migration ({@link Migrations}), which this build's code is written against;
     * {@code DatabaseMigrationTest} checks it against the migrations Flyway finds.
     */
    public static final int LATEST_SCHEMA = 19;

    /**
     * Migrates the schema to the latest version. A database that Flyway has already brought to
     * {@link #LATEST_SCHEMA}, with no failed step, is left as it is without starting Flyway, which
     * would only scan and check its migrations (a third of a second of every start).
     */
    public void migrate() {
        try (Connection c = dataSource.getConnection()) {
            if (appliedSchema(c) == LATEST_SCHEMA) {
                LOG.info("Database {} at schema version {}", shown, LATEST_SCHEMA);
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's schema version", e);
        }
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations(vendor.locations())
                .load()
                .migrate();
        LOG.info("Database {} at schema version {}", shown,
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
    }

    /** The newest schema version Flyway applied, or -1 if there is none yet or a step failed. */
    static int appliedSchema(Connection c) throws SQLException {
        String table = null;
        try (var ps = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE UPPER(table_schema) = 'PUBLIC' AND UPPER(table_name) = 'FLYWAY_SCHEMA_HISTORY'");
             var rs = ps.executeQuery()) {
            if (rs.next()) {
                table = rs.getString(1);
            }
        }
        if (table == null) {
            return -1;
        }
        String history = "\"" + table.replace("\"", "\"\"") + "\"";
        try (var ps = c.prepareStatement("SELECT COUNT(*) FILTER (WHERE NOT \"success\"),"
                + " MAX(CAST(\"version\" AS INT)) FROM " + history + " WHERE \"version\" IS NOT NULL");
             var rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0 || rs.getObject(2) == null ? -1 : rs.getInt(2);
        }
    }

    /** A connection of its own, outside the pool: the journal's writer holds one for its lifetime. */
    public Connection newConnection() throws SQLException {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", user);
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection(url, login);
    }

    /** H2's journal file's path, on the database's file system, without its suffix. */
    public String journalPath() {
        if (base == null) {
            throw new IllegalStateException("A database on a server has no journal file of ours");
        }
        return base + ".journal";
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The database file on disk, for diagnostics; null for a database on a server. */
    public Path file() {
        return file;
    }

    /** What the database is called in the log and on the screens: its file, or its address without password. */
    public String shown() {
        return shown;
    }

    /**
     * The server the data is kept on, which can go away and come back, and backs the data up
     * itself; null for H2 in the data folder.
     */
    public PostgresAddress server() {
        return server;
    }

    @Override
    public void close() {
        dataSource.close();
        LOG.info("Database closed");
    }
}

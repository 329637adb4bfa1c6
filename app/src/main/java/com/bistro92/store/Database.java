package com.bistro92.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file database in the data folder: a small connection pool, the Flyway migrations,
 * and the jOOQ context built on top of them.
 *
 * <p>H2 keeps its default write delay, so that its background thread goes on reusing and
 * compacting file space (with {@code WRITE_DELAY=0} there is no such thread, and the file grows
 * with every commit). Work that must be durable before it is acknowledged calls
 * {@link #storeNow()} after its transaction commits; the order writer does so once per group.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Path file;
    private final MVStore store;

    private Database(HikariDataSource dataSource, Path file) {
        this.dataSource = dataSource;
        this.file = file;
        this.store = mvStore(dataSource);
        this.dsl = DSL.using(dataSource, SQLDialect.H2, new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false));
    }

    /** Opens (creating if needed) the database in {@code folder} and migrates it to the latest schema. */
    public static Database open(Path folder) {
        Path base = folder.resolve("bistro92").toAbsolutePath();
        // RETENTION_TIME=0 lets H2 reuse the space of dead chunks at once: with one store per group
        // commit, the default 45 s retention grows the file by every commit made in the last 45 s.
        String url = "jdbc:h2:file:" + base
                + ";RETENTION_TIME=0"
                + ";LOCK_TIMEOUT=10000"
                + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";MAX_COMPACT_TIME=2000";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        // Small on purpose: writes go through one writer; reads are short. Flyway needs two.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(2);
        config.setPoolName("bistro92-db");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("Database {} at schema version {}", base + ".mv.db",
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, Path.of(base + ".mv.db"));
    }

    /**
     * Writes every committed change to the database file now, and returns when it is there.
     * After this, the changes survive the process being killed (they are in the operating
     * system's file cache; the OS writes them to the disk on its own schedule).
     */
    public void storeNow() {
        store.commit();
    }

    /** The MVStore under H2's embedded database, reached once through the JDBC connection. */
    private static MVStore mvStore(HikariDataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the H2 store", e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The database file on disk, for diagnostics. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        dataSource.close();
        LOG.info("Database closed");
    }
}

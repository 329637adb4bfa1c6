package com.bistro92.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
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
 * <p>{@code WRITE_DELAY=0} makes every commit reach the file before {@code commit()} returns,
 * so an order answered 201 survives a crash of the process. The order writer commits in
 * groups to keep that cheap.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Path file;

    private Database(HikariDataSource dataSource, Path file) {
        this.dataSource = dataSource;
        this.file = file;
        this.dsl = DSL.using(dataSource, SQLDialect.H2, new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false));
    }

    /** Opens (creating if needed) the database in {@code folder} and migrates it to the latest schema. */
    public static Database open(Path folder) {
        Path base = folder.resolve("bistro92").toAbsolutePath();
        String url = "jdbc:h2:file:" + base
                + ";WRITE_DELAY=0"
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

package com.bistro92.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The writer's own database connection, and what it keeps from one group to the next: its
 * prepared inserts and the two jOOQ contexts through which commands reach SQL. Every statement
 * executed through them is seen here: a write first makes its command's savepoint and writes out
 * staged rows, and once executed it is rendered with its values inlined into the group's redo.
 */
final class Session implements AutoCloseable {

    private final Connection connection;
    private final DSLContext sql;
    private final DSLContext lookup;
    private final DSLContext inline;
    private final Map<Rows, PreparedStatement> inserts = new HashMap<>();
    private final SQLDialect dialect;
    /** Whether each write is rendered into the group's redo ({@link Durability#recordsRedo()}). */
    private final boolean recordsRedo;
    /**
     * Bumped on each new connection of the writer's, and on a shared database before each group:
     * ids are read again when it changes ({@link IdSeries}).
     */
    private int generation;
    private final DSLContext plain;
    private Tx current;

    /** @param reads the database's context for reads, whose dialect and settings the writer's share */
    Session(Connection connection, DSLContext reads, boolean recordsRedo, int generation) throws SQLException {
        this.connection = connection;
        this.generation = generation;
        this.dialect = reads.dialect();
        this.recordsRedo = recordsRedo;
        connection.setAutoCommit(false);
        Settings settings = ((Settings) reads.settings().clone()).withExecuteLogging(false).withRenderSchema(false);
        this.sql = context(settings, true);
        this.lookup = context(settings, false);
        this.inline = DSL.using(dialect, settings);
        this.plain = DSL.using(connection, dialect, settings);
    }

    /** Another node may have written since ids were read: they are read again where next needed. */
    void stale() {
        generation++;
    }

    /** Reads on the writer's connection, in its transaction, outside any group (nothing journals them). */
    DSLContext readsOwnWrites() {
        return plain;
    }

    int generation() {
        return generation;
    }

    boolean recordsRedo() {
        return recordsRedo;
    }

    /** Whether the database's names are rendered in lower case (PostgreSQL's). */
    boolean lowerCaseNames() {
        return sql.settings().getRenderNameCase() == org.jooq.conf.RenderNameCase.LOWER;
    }

    private DSLContext context(Settings settings, boolean flushBeforeReads) {
        return DSL.using(new DefaultConfiguration()
                .set(connection)
                .set(dialect)
                .set(settings)
                .set(new Capture(flushBeforeReads)));
    }

    Connection connection() {
        return connection;
    }

    DSLContext sql() {
        return sql;
    }

    DSLContext lookup() {
        return lookup;
    }

    Map<Rows, PreparedStatement> inserts() {
        return inserts;
    }

    /** The group now being applied; statements outside a group are refused. */
    void begin(Tx tx) {
        current = tx;
    }

    void end() {
        current = null;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : inserts.values()) {
            ps.close();
        }
        inserts.clear();
        connection.close();
    }

    /** Sees every statement a command executes. */
    private final class Capture implements ExecuteListener {

        private final boolean flushBeforeReads;

        Capture(boolean flushBeforeReads) {
            this.flushBeforeReads = flushBeforeReads;
        }

        @Override
        public void start(ExecuteContext ctx) {
            if (current == null) {
                throw new IllegalStateException("SQL on the writer's connection outside a group");
            }
            current.beforeStatement(isWrite(ctx), flushBeforeReads);
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            if (!isWrite(ctx)) {
                return;
            }
            Query query = ctx.query();
            if (query == null || ctx.batchQueries().length > 1) {
                throw new IllegalStateException("The writer journals single jOOQ queries only; stage rows with Tx.insert");
            }
            current.written(query, recordsRedo ? inline.renderInlined(query) : null);
        }

        private static boolean isWrite(ExecuteContext ctx) {
            return ctx.type() != ExecuteType.READ;
        }
    }
}

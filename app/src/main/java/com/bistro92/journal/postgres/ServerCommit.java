package com.bistro92.journal.postgres;

import com.bistro92.journal.Durability;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durability on PostgreSQL: the server's own. A commit returns once the server's write-ahead log is
 * on its disk ({@code synchronous_commit = on}, set here for the writer's session whatever the
 * server's default), so a group needs no redo of ours and no checkpoints.
 *
 * <p>A server that does not force its log to the disk ({@code fsync = off}) cannot keep that
 * promise through a power cut; the start says so in the log, loudly, and goes on.
 *
 * <p>One suite writes to a database: its writer holds an advisory lock for as long as its
 * connection lives, and a second suite started on the same database is refused, saying why.
 */
public final class ServerCommit implements Durability {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCommit.class);
    /** The advisory lock the one writer of a database holds: "B92" in ASCII. */
    static final long WRITER_LOCK = 0x423932L;

    private ServerCommit() {
    }

    /**
     * Makes every commit on {@code writer} durable on the server, and makes it the database's one
     * writer. {@code writer} must not auto-commit.
     *
     * @throws SQLException also when another suite already writes to this database
     */
    public static ServerCommit on(Connection writer) throws SQLException {
        ServerCommit commit = new ServerCommit();
        commit.attach(writer);
        return commit;
    }

    /** The set-up of each connection of the writer's: the database's writer lock, synchronous commits. */
    @Override
    public void attach(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + WRITER_LOCK + ")")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    throw new SQLException("Another Bistro92 suite is already running on this database;"
                            + " stop it first, or give this one a database of its own");
                }
            }
            s.execute("SET synchronous_commit = on");
            try (ResultSet rs = s.executeQuery("SHOW fsync")) {
                if (rs.next() && !"on".equalsIgnoreCase(rs.getString(1))) {
                    LOG.error("PostgreSQL runs with fsync = {}: an answered order may be lost in a power cut."
                            + " Set fsync = on in postgresql.conf", rs.getString(1));
                }
            }
        }
        writer.commit();
    }

    @Override
    public boolean recordsRedo() {
        return false;
    }

    @Override
    public void beforeCommit(byte[] redo) {
        // the commit itself is durable
    }

    @Override
    public void committed() {
        // nothing to move on
    }

    @Override
    public void idle(boolean closing) {
        // no checkpoints: the server makes its own
    }

    @Override
    public void close() {
        // nothing of its own to close
    }
}

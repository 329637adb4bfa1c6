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
 */
public final class ServerCommit implements Durability {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCommit.class);

    private ServerCommit() {
    }

    /** Makes every commit on {@code writer} durable on the server. {@code writer} must not auto-commit. */
    public static ServerCommit on(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SET synchronous_commit = on");
            try (ResultSet rs = s.executeQuery("SHOW fsync")) {
                if (rs.next() && !"on".equalsIgnoreCase(rs.getString(1))) {
                    LOG.error("PostgreSQL runs with fsync = {}: an answered order may be lost in a power cut."
                            + " Set fsync = on in postgresql.conf", rs.getString(1));
                }
            }
        }
        writer.commit();
        return new ServerCommit();
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

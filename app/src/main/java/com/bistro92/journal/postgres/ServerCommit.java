package com.bistro92.journal.postgres;

import com.bistro92.journal.Durability;
import com.bistro92.journal.Reconnect;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * <p>More than one suite node may write to the database (the main PC and the back office): the
 * rule of one writer holds across them through PostgreSQL itself. Each group takes the
 * transaction-scoped advisory lock {@link #WRITER_LOCK} before it reads or numbers anything, and
 * holds it until its commit, so groups of all nodes are applied one at a time and {@code seq}
 * follows commit order. Each commit notifies {@link #CHANNEL} (the group's last {@code seq}); the
 * other nodes' {@link Wakeups} hear it and read the event log, which is the truth.
 */
public final class ServerCommit implements Durability {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCommit.class);
    /** The advisory lock of the database's writer: "B92" in ASCII. */
    public static final long WRITER_LOCK = 0x423932L;
    /** How long a group waits for the writer lock before it is refused. */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(5);
    /** How long the server lets a writer's session sit in an open transaction with nothing sent. */
    static final java.time.Duration STUCK = java.time.Duration.ofSeconds(10);
    /** The channel each commit is announced on. */
    static final String CHANNEL = "bistro92_log";

    private final Reconnect connections;
    /** The server process of the writer's connection: its own notifications wake nobody. */
    private volatile int writerProcess;
    private Wakeups wakeups;

    private ServerCommit(Reconnect connections) {
        this.connections = connections;
    }

    /**
     * Makes every commit on {@code writer} durable on the server. {@code writer} must not auto-commit.
     *
     * @param connections opens the connection on which other nodes' commits are listened for
     */
    public static ServerCommit on(Connection writer, Reconnect connections) throws SQLException {
        ServerCommit commit = new ServerCommit(connections);
        commit.attach(writer);
        return commit;
    }

    /** The set-up of each connection of the writer's: synchronous commits. */
    @Override
    public void attach(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SET synchronous_commit = on");
            // a node that froze or lost its network mid-group must not hold the others up for long:
            // the server ends its session (and frees the lock) after this long idle in its
            // transaction, and a group waits at most LOCK_WAIT for the lock before it is refused (503)
            s.execute("SET idle_in_transaction_session_timeout = '" + STUCK.toMillis() + "ms'");
            s.execute("SET lock_timeout = '" + LOCK_WAIT.toMillis() + "ms'");
            try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                writerProcess = rs.getInt(1);
            }
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
    public boolean shared() {
        return true;
    }

    @Override
    public void beforeGroup(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
        }
    }

    @Override
    public synchronized void listen(Runnable wake) {
        if (wakeups == null) {
            wakeups = Wakeups.start(connections, () -> writerProcess, wake);
        }
    }

    @Override
    public boolean recordsRedo() {
        return false;
    }

    /** The commit itself is durable; it announces the group to the other nodes as it commits. */
    @Override
    public void beforeCommit(Connection writer, byte[] redo, long lastSeq) throws SQLException {
        // NOTIFY is part of the transaction: it is delivered when, and only if, the group commits
        try (PreparedStatement notify = writer.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, Long.toString(lastSeq));
            notify.execute();
        }
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
    public synchronized void close() {
        if (wakeups != null) {
            wakeups.close();
            wakeups = null;
        }
    }
}

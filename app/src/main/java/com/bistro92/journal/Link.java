package com.bistro92.journal;

import com.bistro92.problem.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's link to the database: its session, and what happens when the database goes away (a
 * PostgreSQL server stopped, or the network to it cut; or H2 closed by itself after a disk error,
 * which only a new start brings back: {@link Reconnect#NEVER}). Then every change is refused at once with
 * 503, nothing half-written (each group is one transaction), and about once a second the link tries
 * to open a new connection; once it has one, the writer goes on where the database is: sequence
 * numbers, the chain's head and ids are read again, since a group whose commit was under way as the
 * connection broke may or may not have been kept. Writer thread only.
 */
final class Link {

    private static final Logger LOG = LoggerFactory.getLogger(Link.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Reconnect reconnect;
    private final Durability durability;
    private final DSLContext reads;
    private Session session;
    private volatile boolean lost;
    private long nextTry;

    Link(Session session, Reconnect reconnect, Durability durability, DSLContext reads) {
        this.session = session;
        this.reconnect = reconnect;
        this.durability = durability;
        this.reads = reads;
    }

    Session session() {
        return session;
    }

    /** Whether the database was lost and is not back yet. */
    boolean lost() {
        return lost;
    }

    /** Whether {@code failure} of a group means the database is out of reach; if so, the link is lost from now on. */
    boolean lostIn(Throwable failure) {
        boolean gone = sqlState(failure, Problem::lostTheDatabase);
        if (!gone) {
            try {
                gone = !session.connection().isValid(2);
            } catch (SQLException e) {
                gone = true;
            }
        }
        if (gone && !lost) {
            if (reconnect == Reconnect.NEVER) {
                // H2 in the suite's own process closed itself (a disk that refused its file): only a
                // new start opens it again, and until then every change is a quick 503, not a 500
                LOG.error("The database has stopped; changes are refused until Bistro92 is started again", failure);
            } else {
                LOG.error("Lost the database; changes are refused until it is back", failure);
            }
            lost = true;
            nextTry = System.nanoTime() + RETRY_NANOS;
        }
        return gone;
    }

    /** Whether {@code failure}, or one of its causes, is an SQL error whose SQLState {@code state} accepts. */
    static boolean sqlState(Throwable failure, java.util.function.Predicate<String> state) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * If the database was lost and a try is due, opens a new connection.
     *
     * @param back called with the new session once the database is back, before any group runs on it
     * @return whether the link is usable now
     */
    boolean usable(java.util.function.Consumer<Session> back) {
        if (!lost) {
            return true;
        }
        if (System.nanoTime() - nextTry < 0) {
            return false;
        }
        nextTry = System.nanoTime() + RETRY_NANOS;
        Connection connection = null;
        try {
            connection = reconnect.open();
            connection.setAutoCommit(false);
            durability.attach(connection);
            Session fresh = new Session(connection, reads, durability.recordsRedo(), session.generation() + 1);
            closeQuietly(session);
            session = fresh;
            // the writer reads the log again before the link counts as back: if that fails, this
            // connection is closed below and the next try opens another
            back.accept(fresh);
            lost = false;
            LOG.warn("The database is back; changes are accepted again");
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("The database is still out of reach: {}", e.toString());
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // it was never used
                }
            }
            return false;
        }
    }

    void close() {
        closeQuietly(session);
    }

    private static void closeQuietly(Session session) {
        try {
            session.close();
        } catch (SQLException e) {
            LOG.debug("The writer's old connection did not close cleanly: {}", e.toString());
        }
    }
}

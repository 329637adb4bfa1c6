package com.bistro92.journal.postgres;

import com.bistro92.journal.Reconnect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, for the commits other suite nodes announce on
 * {@link ServerCommit#CHANNEL}, and wakes this node's writer for each burst of them: a wake-up
 * only, never the news itself (the writer reads the event log by {@code seq}). A notification is
 * never replayed, so when the connection is lost and opened again the writer is woken once more,
 * for whatever was committed meanwhile.
 */
final class Wakeups implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wakeups.class);
    /** How long one wait for notifications lasts; also how soon {@link #close} is noticed. */
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Reconnect connections;
    private final IntSupplier ownProcess;
    private final Runnable wake;
    private final Thread thread;
    private volatile boolean open = true;
    /** Whether the last connection got as far as listening: its loss is told once, not each retry. Own thread. */
    private boolean listening;

    private Wakeups(Reconnect connections, IntSupplier ownProcess, Runnable wake) {
        this.connections = connections;
        this.ownProcess = ownProcess;
        this.wake = wake;
        this.thread = Thread.ofPlatform().name("journal-wakeups").daemon().unstarted(this::run);
    }

    /**
     * @param ownProcess the server process of this node's writer, whose own notifications are ignored
     * @param wake       called, on this listener's thread, when another node has committed
     */
    static Wakeups start(Reconnect connections, IntSupplier ownProcess, Runnable wake) {
        Wakeups wakeups = new Wakeups(connections, ownProcess, wake);
        wakeups.thread.start();
        return wakeups;
    }

    private void run() {
        boolean first = true;
        while (open) {
            try (Connection connection = connections.open()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + ServerCommit.CHANNEL);
                }
                if (!first) {
                    // what was announced while nobody listened is not announced again
                    wake.run();
                    LOG.info("Listening for other nodes' changes again");
                }
                first = false;
                listening = true;
                listen(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (open) {
                    LOG.debug("Not listening for other nodes' changes: {}", e.toString());
                    if (listening) {
                        // the writer looks for itself: a database that is gone is said so at once
                        wake.run();
                    }
                    first = false;
                    listening = false;
                    pause();
                }
            }
        }
    }

    private void listen(PGConnection connection) throws SQLException {
        while (open) {
            PGNotification[] heard = connection.getNotifications(WAIT_MILLIS);
            if (heard == null) {
                continue;
            }
            int own = ownProcess.getAsInt();
            for (PGNotification n : heard) {
                if (n.getPID() != own) {
                    wake.run();
                    break;
                }
            }
        }
    }

    private void pause() {
        long until = System.nanoTime() + RETRY_NANOS;
        synchronized (this) {
            long left;
            while (open && (left = until - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        open = false;
        synchronized (this) {
            notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

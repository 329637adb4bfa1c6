package com.bistro92.ui;

import com.bistro92.journal.EventStream;
import com.bistro92.journal.LogCheck;
import com.bistro92.journal.LogVerifier;
import com.bistro92.journal.LoggedEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event log's check, kept current for the desktop: the whole log is verified once in the
 * background at start, then only the events logged since, after each burst of them (a burst is
 * one check, not one per event). While the suite runs it holds the database file, so nothing
 * else can change the rows already checked. Once broken, it stays broken until the next start.
 */
final class LogStatus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogStatus.class);

    private final LogVerifier verifier;
    private final EventStream events;
    private final Executor fxThread;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("log-check").factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<LogCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    /** The last result; on the checks thread only. */
    private LogCheck latest;
    private boolean failing;
    private AutoCloseable subscription;

    LogStatus(LogVerifier verifier, EventStream events, Executor fxThread) {
        this.verifier = verifier;
        this.events = events;
        this.fxThread = fxThread;
    }

    /** The latest result, null until the first check is done. FX thread. */
    ReadOnlyObjectProperty<LogCheck> check() {
        return check.getReadOnlyProperty();
    }

    /** Verifies the whole log in the background, then follows the event stream. */
    void start() {
        subscription = events.subscribe(LoggedEvent.class, e -> recheck());
        recheck();
    }

    /** Runs on the writer's thread for each event: queues at most one check. */
    private void recheck() {
        if (queued.compareAndSet(false, true)) {
            checks.execute(this::runCheck);
        }
    }

    private void runCheck() {
        queued.set(false);
        LogCheck result;
        try {
            result = switch (latest) {
                case null -> verifier.verify();
                case LogCheck.Intact intact -> verifier.verifyAfter(intact);
                case LogCheck.Broken broken -> broken;
            };
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Cannot check the event log: {}", e.toString());
            }
            failing = true;
            return;
        }
        if (!result.equals(latest)) {
            latest = result;
            fxThread.execute(() -> check.set(result));
        }
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        checks.shutdownNow();
    }
}

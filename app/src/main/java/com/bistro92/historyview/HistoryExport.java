package com.bistro92.historyview;

import com.bistro92.problem.Failure;
import com.bistro92.history.HistoryFilter;
import com.bistro92.history.OrderHistory;
import com.bistro92.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CSV export at a time, in the background, with its progress and a way to cancel it. Progress
 * reaches the FX thread at most once per pending update, however fast the batches go.
 */
public final class HistoryExport {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryExport.class);

    private final OrderHistory history;
    private final Money money;
    private final ZoneId zone;
    private final Executor fx;
    private final Executor background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicBoolean shown = new AtomicBoolean(true);
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    HistoryExport(OrderHistory history, Money money, ZoneId zone, Executor fx, Executor background) {
        this.history = history;
        this.money = money;
        this.zone = zone;
        this.fx = fx;
        this.background = background;
    }

    /** Starts exporting; call on the FX thread. The future completes there, with the number of orders written. */
    CompletableFuture<Long> start(HistoryFilter filter, Path file) {
        if (running.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("An export is already running"));
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        status.set("Counting orders…");
        CompletableFuture<Long> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return history.export(filter, file, zone, money.currency(), this::advance, stop::get);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((n, failure) -> {
            running.set(false);
            Throwable cause = Failure.cause(failure);
            if (cause == null) {
                progress.set(1);
                status.set((n == 1 ? "Exported 1 order" : "Exported %,d orders".formatted(n)) + " to " + file.getFileName());
                done.complete(n);
            } else if (cause instanceof CancellationException) {
                status.set("Export cancelled; no file was written");
                done.completeExceptionally(cause);
            } else {
                LOG.error("The history export to {} failed", file, cause);
                status.set("The export failed: " + (cause instanceof UncheckedIOException io
                        ? io.getCause().getMessage() : "see the log"));
                done.completeExceptionally(cause);
            }
        }, fx);
        return done;
    }

    private void advance(long soFar, long of) {
        written.set(soFar);
        total.set(of);
        if (shown.compareAndSet(true, false)) {
            fx.execute(this::show);
        }
    }

    private void show() {
        shown.set(true);
        long n = written.get();
        long of = total.get();
        if (running.get()) {
            progress.set(of == 0 ? -1 : (double) n / of);
            status.set("Exporting %,d of %,d orders…".formatted(n, of));
        }
    }

    /** Stops the export under way; its partial file is deleted. */
    public void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the export is doing, or what it did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

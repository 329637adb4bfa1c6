package com.bistro92.tables;

import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableOverview.TableRow;
import com.bistro92.table.TableSessions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tables & Pads screen's state: the floor as {@link TableRow}s, refreshed whenever the event
 * stream says something happened (coalesced: one read at a time) and on a timer for pads'
 * presence; plus the staff's commands. Reads and writes run off the FX thread.
 */
public final class TablesModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TablesModel.class);

    private final TableOverview overview;
    private final Pairing pairing;
    private final TableSessions sessions;
    private final Orders orders;
    private final Executor fx;
    private final Executor background;
    private final ObservableList<TableRow> tables = FXCollections.observableArrayList();
    private final ObservableList<TableRow> tablesView = FXCollections.unmodifiableObservableList(tables);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private AutoCloseable subscription;

    public TablesModel(TableOverview overview, Pairing pairing, TableSessions sessions, Orders orders, Executor fx,
                       Executor background) {
        this.overview = overview;
        this.pairing = pairing;
        this.sessions = sessions;
        this.orders = orders;
        this.fx = fx;
        this.background = background;
    }

    public void start() {
        subscription = orders.events().subscribe(event -> refresh());
        refresh();
    }

    /** Reads the floor again; calls that arrive while a read runs cause exactly one more read. */
    public void refresh() {
        if (!reading.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        CompletableFuture.supplyAsync(overview::read, background).whenCompleteAsync((rows, failure) -> {
            reading.set(false);
            if (failure != null) {
                LOG.error("Cannot read the tables", failure);
                notice.set("Cannot read the tables; retrying");
            } else if (!rows.equals(tables)) {
                // unchanged floors are not re-drawn: the presence timer reads every few seconds
                tables.setAll(rows);
            }
            if (again.getAndSet(false) || failure != null) {
                refresh();
            }
        }, fx);
    }

    public CompletableFuture<?> seat(TableRow table, int guests) {
        return run(() -> sessions.seat(table.id(), guests), table.label() + " is seated");
    }

    public CompletableFuture<?> closeBill(TableRow table) {
        return run(() -> sessions.close(table.id()), table.label() + " is closed");
    }

    /** A new pairing code for the table, to show in the pairing dialog. */
    public CompletableFuture<Pairing.Code> pairingCode(TableRow table) {
        return CompletableFuture.supplyAsync(() -> pairing.newCode(table.id()), background);
    }

    public CompletableFuture<?> revoke(int padId) {
        return run(() -> pairing.revoke(padId), "Pad revoked");
    }

    public CompletableFuture<?> acknowledge(long callId) {
        return orders.acknowledgeService(callId).whenCompleteAsync((o, failure) -> report(failure, "Acknowledged"), fx);
    }

    private CompletableFuture<?> run(Supplier<?> action, String done) {
        return CompletableFuture.supplyAsync(action, background)
                .whenCompleteAsync((result, failure) -> {
                    report(failure, done);
                    refresh();
                }, fx);
    }

    private void report(Throwable failure, String done) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause == null) {
            notice.set(done);
        } else if (cause instanceof Problem p) {
            notice.set(p.detail());
        } else {
            LOG.error("A table action failed", cause);
            notice.set("That did not work; try again");
        }
    }

    public ObservableList<TableRow> tables() {
        return tablesView;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}

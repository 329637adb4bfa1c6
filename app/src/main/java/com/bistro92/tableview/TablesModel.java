package com.bistro92.tableview;

import com.bistro92.journal.Event;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.order.Orders;
import com.bistro92.problem.Failure;
import com.bistro92.staff.Permission;
import com.bistro92.table.Pairing;
import com.bistro92.table.PairingPaused;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableOverview.TableRow;
import com.bistro92.table.TableSessions;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tables & Pads screen's state: the floor as {@link TableRow}s, read once and then kept up to
 * date from the event stream (nothing polls), plus the staff's commands. Events arrive on the
 * journal's thread and are queued; one task on the FX thread applies whatever has arrived, so a
 * burst costs one update. The floor is read, and commands are sent, off the FX thread.
 */
public final class TablesModel implements AutoCloseable {

    /** Who is acting: the id of the member of staff signed in. */
    private Supplier<Integer> who = () -> null;
    /** What the member signed in may do. */
    private Predicate<Permission> may = p -> true;

    /** Commands from this screen carry the id {@code who} gives (the member signed in). */
    public void actingAs(Supplier<Integer> who) {
        this.who = who;
    }

    /** As above; {@code may} says what that member may do, e.g. whether a void needs a manager's PIN. */
    public void actingAs(Supplier<Integer> who, Predicate<Permission> may) {
        this.who = who;
        this.may = may;
    }

    private static final Logger LOG = LoggerFactory.getLogger(TablesModel.class);

    private final TableOverview overview;
    private final Pairing pairing;
    private final TableSessions sessions;
    private final Orders orders;
    private final EventStream events;
    private final Executor fx;
    private final Executor background;
    private final ConcurrentLinkedQueue<Event> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final ObservableList<TableRow> tables = FXCollections.observableArrayList();
    private final ObservableList<TableRow> tablesView = FXCollections.unmodifiableObservableList(tables);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> pairingPausedUntil = new ReadOnlyObjectWrapper<>();
    private FloorState floor;
    private long floorSeq;
    private AutoCloseable subscription;
    private volatile boolean closed;

    private final PartyModel.Services parties;

    public TablesModel(TableOverview overview, Pairing pairing, TableSessions sessions, PartyModel.Services parties,
                       Executor fx, Executor background) {
        this(overview, pairing, sessions, parties.orders(), parties.events(), parties, fx, background);
    }

    private TablesModel(TableOverview overview, Pairing pairing, TableSessions sessions, Orders orders,
                        EventStream events, PartyModel.Services parties, Executor fx, Executor background) {
        this.parties = parties;
        this.overview = overview;
        this.pairing = pairing;
        this.sessions = sessions;
        this.orders = orders;
        this.events = events;
        this.fx = fx;
        this.background = background;
    }

    /** Subscribes to the event stream, then reads the floor once. */
    public void start() {
        subscription = events.subscribe(this::receive);
        load();
    }

    private void load() {
        if (closed) {
            return;
        }
        CompletableFuture.supplyAsync(overview::read, background).whenCompleteAsync((read, failure) -> {
            if (failure != null) {
                LOG.error("Cannot read the tables", failure);
                notice.set("Cannot read the tables; retrying");
                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS, background).execute(() -> fx.execute(this::load));
                return;
            }
            floor = new FloorState(read);
            floorSeq = read.seq();
            tables.setAll(floor.tables());
            drain();
        }, fx);
    }

    private void receive(Event event) {
        inbox.add(event);
        if (drainScheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        if (floor == null) {
            return;
        }
        boolean changed = false;
        for (Event event = inbox.poll(); event != null; event = inbox.poll()) {
            if (event instanceof PairingPaused paused) {
                pairingPausedUntil.set(paused.until());
                continue;
            }
            if (!(event instanceof LoggedEvent logged) || logged.seq() > floorSeq) {
                changed |= floor.apply(event);
            }
        }
        if (changed) {
            tables.setAll(floor.tables());
        }
    }

    public CompletableFuture<?> seat(TableRow table, int guests) {
        return report(sessions.seat(table.id(), guests, who.get()), table.label() + " is seated");
    }

    public CompletableFuture<?> closeBill(TableRow table) {
        return report(sessions.close(table.id(), who.get()), table.label() + " is closed");
    }

    /** A new pairing code for the table, to show in the pairing dialog. */
    public CompletableFuture<Pairing.Code> pairingCode(TableRow table) {
        return pairing.newCode(table.id(), who.get());
    }

    /** The table's orders, for its panel; started, and to be closed when the panel closes. */
    public PartyModel party(TableRow table) {
        PartyModel party = new PartyModel(table, parties, fx, background, who, may);
        party.start();
        return party;
    }

    public CompletableFuture<?> revoke(int padId) {
        return report(pairing.revoke(padId, who.get()), "Pad revoked");
    }

    public CompletableFuture<?> acknowledge(long callId) {
        return report(orders.acknowledgeService(callId, who.get()), "Acknowledged");
    }

    private CompletableFuture<?> report(CompletableFuture<?> action, String done) {
        return action.whenCompleteAsync((result, failure) ->
                notice.set(failure == null ? done : Failure.explain(failure, LOG, "A table action")), fx);
    }

    public ObservableList<TableRow> tables() {
        return tablesView;
    }

    /** Until when pairing is paused after too many wrong codes; null or past when it is not. */
    public ReadOnlyObjectProperty<Instant> pairingPausedUntilProperty() {
        return pairingPausedUntil.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        closed = true;
        if (subscription != null) {
            subscription.close();
        }
    }
}

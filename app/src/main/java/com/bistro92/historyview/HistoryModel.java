package com.bistro92.historyview;

import com.bistro92.history.HistoryFilter;
import com.bistro92.history.HistoryRow;
import com.bistro92.history.OrderDetail;
import com.bistro92.history.OrderHistory;
import com.bistro92.history.TableChoice;
import com.bistro92.journal.EventStream;
import com.bistro92.money.Money;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The History screen's state. The list holds the pages read so far, newest first; the next page is
 * read in the background when the view asks for it (the user scrolled near the end). Orders placed
 * or changed while the screen is open come from the event stream, a burst at a time, and are put in
 * their place when the filter lists them. Every read runs on {@code background}; state changes only
 * on the FX thread ({@code fx}).
 */
public final class HistoryModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryModel.class);
    static final int PAGE = 200;
    /**
     * The most rows the list reads by scrolling: nobody scrolls through a year of orders, and a
     * list that kept reading would end up holding it. Filters find the older ones.
     */
    static final int MAX_ROWS = 20_000;

    private final OrderHistory history;
    private final EventStream events;
    private final Money money;
    private final ZoneId zone;
    private final Executor fx;
    private final Executor background;
    private final HistoryExport export;

    private final RowList rows = new RowList();
    private final ReadOnlyObjectWrapper<HistoryFilter> filter = new ReadOnlyObjectWrapper<>(HistoryFilter.ALL);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<OrderDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<TableChoice>> tables = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * An order changed since the last drain: as it was before the first of those changes (null for
     * one just placed) and as it is after the last.
     */
    private record Change(Order before, Order after) {
        Change then(Change next) {
            return new Change(before, next.after().version() >= after.version() ? next.after() : after);
        }
    }

    /** Orders changed since the last drain. */
    private final Map<Long, Change> changed = new ConcurrentHashMap<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private AutoCloseable subscription;

    // FX thread only
    private int generation;
    private boolean pageInFlight;
    private boolean hasMore = true;
    /** Whether the list stopped reading at {@link #MAX_ROWS}; older orders exist but are not read. */
    private boolean capped;
    /** The last id of the last page read: where the next page starts; null before the first. */
    private Long cursor;
    private Long selected;

    public HistoryModel(OrderHistory history, EventStream events, Money money, ZoneId zone, Executor fx,
                        Executor background) {
        this.history = history;
        this.events = events;
        this.money = money;
        this.zone = zone;
        this.fx = fx;
        this.background = background;
        this.export = new HistoryExport(history, money, zone, fx, background);
    }

    /** Listens to the event stream and reads the first page; call once on the FX thread. */
    public void start() {
        subscription = events.subscribe(OrderEvent.class, e -> {
            changed.merge(e.order().id(), new Change(before(e), e.order()), Change::then);
            if (drainScheduled.compareAndSet(false, true)) {
                fx.execute(this::drain);
            }
        });
        CompletableFuture.supplyAsync(history::tables, background)
                .whenCompleteAsync((t, failure) -> {
                    if (failure == null) {
                        tables.set(t);
                    }
                }, fx);
        apply(HistoryFilter.ALL);
    }

    /** Lists the orders {@code next} lists, from the newest. */
    public void apply(HistoryFilter next) {
        generation++;
        filter.set(next);
        rows.clear();
        cursor = null;
        hasMore = true;
        capped = false;
        pageInFlight = false;
        matching.set(-1);
        notice.set("");
        int asked = generation;
        CompletableFuture.supplyAsync(() -> history.count(next), background).whenCompleteAsync((n, failure) -> {
            if (asked == generation && failure == null) {
                matching.set(n);
            }
        }, fx);
        loadMore();
    }

    /** Reads the next page in the background, unless one is on its way or every page is read. */
    public void loadMore() {
        if (pageInFlight || !hasMore || capped) {
            return;
        }
        pageInFlight = true;
        loading.set(true);
        int asked = generation;
        HistoryFilter f = filter.get();
        Long before = cursor;
        CompletableFuture.supplyAsync(() -> history.page(f, before, PAGE), background)
                .whenCompleteAsync((page, failure) -> {
                    if (asked != generation) {
                        return;
                    }
                    pageInFlight = false;
                    loading.set(false);
                    if (failure != null) {
                        LOG.error("A page of the order history could not be read", failure);
                        notice.set("The history could not be read; change the filter to try again");
                        hasMore = false;
                        return;
                    }
                    add(page);
                    hasMore = page.size() == PAGE;
                    if (hasMore && rows.size() >= MAX_ROWS) {
                        capped = true;
                        notice.set("Showing the newest %,d orders; narrow the dates to see older ones"
                                .formatted(rows.size()));
                    }
                    if (before == null) {
                        drain();
                    }
                }, fx);
    }

    private void add(List<HistoryRow> page) {
        if (!page.isEmpty()) {
            cursor = page.getLast().id();
            rows.addPage(page);
        }
    }

    /** Puts the changed orders in their place, takes out those the filter no longer lists. */
    private void drain() {
        drainScheduled.set(false);
        if (cursor == null && hasMore) {
            return; // the first page is on its way; these wait for it
        }
        List<Change> changes = new ArrayList<>(changed.values());
        changes.forEach(c -> changed.remove(c.after().id(), c));
        HistoryFilter f = filter.get();
        int counted = 0;
        for (Change change : changes) {
            Order order = change.after();
            boolean listed = rows.contains(order.id());
            boolean matches = f.matches(order);
            counted += (matches ? 1 : 0) - (change.before() != null && f.matches(change.before()) ? 1 : 0);
            if (!matches) {
                rows.remove(order.id());
            } else if (listed || !hasMore || order.id() > cursor) {
                // older orders that now match are found by the pages still to be read
                rows.put(HistoryRow.of(order));
            }
            if (selected != null && selected == order.id()) {
                select(selected);
            }
        }
        if (counted != 0 && matching.get() >= 0) {
            matching.set(Math.max(0, matching.get() + counted));
        }
    }

    /** The order as it was before the event: unknown kinds of change are taken to keep its match. */
    private static Order before(OrderEvent e) {
        if (e instanceof OrderEvent.Placed) {
            return null;
        }
        Order o = e.order();
        OrderStatus from = switch (e) {
            case OrderEvent.StatusChanged s -> s.from();
            case OrderEvent.TicketChanged t -> t.from();
            default -> null;
        };
        if (from != null) {
            return new Order(o.id(), o.table(), o.tableId(), from, o.version() - 1, o.items(), o.total(),
                    o.notes(), o.hasOpenItems(), o.source(), o.createdAt(), o.updatedAt(), o.urgent());
        }
        return o;
    }

    /** Shows the order's detail, read in the background; null clears it. */
    public void select(Long orderId) {
        selected = orderId;
        if (orderId == null) {
            detail.set(null);
            return;
        }
        CompletableFuture.supplyAsync(() -> history.detail(orderId), background).whenCompleteAsync((d, failure) -> {
            if (!orderId.equals(selected)) {
                return;
            }
            if (failure != null) {
                LOG.error("The detail of order {} could not be read", orderId, failure);
                notice.set("Order " + orderId + " could not be read");
            } else {
                detail.set(d.orElse(null));
            }
        }, fx);
    }

    /** The rows read so far, newest first. */
    public ObservableList<HistoryRow> rows() {
        return rows.view();
    }

    /** Whether more pages remain to be read. */
    boolean hasMore() {
        return hasMore;
    }

    public ReadOnlyObjectProperty<HistoryFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How many orders the filter lists, or -1 while they are being counted. */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** The selected order's detail, or null. */
    public ReadOnlyObjectProperty<OrderDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<TableChoice>> tablesProperty() {
        return tables.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The CSV export of what the filter lists. */
    public HistoryExport export() {
        return export;
    }

    /** Exports what the filter lists now. */
    public CompletableFuture<Long> exportTo(java.nio.file.Path file) {
        return export.start(filter.get(), file);
    }

    public Money money() {
        return money;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public void close() throws Exception {
        export.cancel();
        if (subscription != null) {
            subscription.close();
        }
    }
}

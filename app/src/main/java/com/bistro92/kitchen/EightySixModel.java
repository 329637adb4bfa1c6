package com.bistro92.kitchen;

import com.bistro92.stock.Stock;
import com.bistro92.stock.StockChanged;
import com.bistro92.stock.StockLevel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import com.bistro92.journal.EventStream;
import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuChanged;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The kitchen's 86 list: every item on the menu and whether it can be ordered, kept up to date
 * from {@code menu_changed} events (a burst costs one read), and the switch that 86s an item.
 */
public final class EightySixModel implements AutoCloseable {

    private final MenuLookup lookup;
    private final MenuChanges changes;
    private final Stock stock;
    /** Each counted item's count, by item id, as the last {@code stock_changed} said it. */
    private final ReadOnlyObjectWrapper<Map<Integer, StockLevel>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final EventStream events;
    private final Supplier<Integer> signedIn;
    private final Executor fx;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<List<Menu.Item>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;

    /** @param signedIn the id of the staff member signed in now, or null while nobody is known */
    public EightySixModel(MenuLookup lookup, MenuChanges changes, Stock stock, EventStream events,
                          Supplier<Integer> signedIn, Executor fx) {
        this.stock = stock;
        this.lookup = lookup;
        this.changes = changes;
        this.events = events;
        this.signedIn = signedIn;
        this.fx = fx;
    }

    public void start() {
        subscription = events.subscribe(event -> {
            if (event instanceof MenuChanged && scheduled.compareAndSet(false, true)) {
                fx.execute(this::refresh);
            } else if (event instanceof StockChanged changed) {
                fx.execute(() -> count(changed.level()));
            }
        });
        refresh();
        CompletableFuture.supplyAsync(stock::levels).thenAcceptAsync(levels -> levels.forEach(this::count), fx);
    }

    /** A count as it is now: each of its items shows it; an item it no longer has shows none. */
    private void count(StockLevel level) {
        Map<Integer, StockLevel> next = new HashMap<>(counts.get());
        next.values().removeIf(l -> l.id() == level.id());
        level.itemIds().forEach(item -> next.put(item, level));
        counts.set(Map.copyOf(next));
    }

    /** Each counted item's count, by item id. */
    ReadOnlyObjectProperty<Map<Integer, StockLevel>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The prep time from which an overloaded kitchen pauses a dish. */
    static final int LONG_MINUTES = 15;

    /** Pauses every dish of {@link #LONG_MINUTES} or more at once, or brings back those so paused. */
    void pauseLong(boolean pause) {
        changes.pauseLong(LONG_MINUTES, pause, signedIn.get()).whenCompleteAsync((names, failure) -> {
            Throwable cause = Failure.cause(failure);
            notice.set(cause != null ? (cause instanceof Problem p ? p.detail() : "That did not work; try again")
                    : names.isEmpty() ? (pause ? "No dish of " + LONG_MINUTES + " min or more is on" : "Nothing was paused")
                    : (pause ? "Paused: " : "Back on: ") + String.join(", ", names));
        }, fx);
    }

    /** Sets how many are on hand of {@code level}: at 0 its items are 86'd, above 0 they are back. */
    void setCount(StockLevel level, int onHand) {
        stock.set(level.id(), onHand, signedIn.get()).whenCompleteAsync((now, failure) -> {
            Throwable cause = Failure.cause(failure);
            notice.set(cause == null ? level.name() + ": " + onHand + " on hand"
                    : cause instanceof Problem p ? p.detail() : "That did not work; try again");
        }, fx);
    }

    private void refresh() {
        scheduled.set(false);
        items.set(lookup.menu().categories().stream().flatMap(c -> c.items().stream()).toList());
    }

    ReadOnlyObjectProperty<List<Menu.Item>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** The kitchen stations the menu names, for the station picker. */
    java.util.Set<String> stations() {
        return items.get().stream().map(Menu.Item::station).collect(java.util.stream.Collectors.toSet());
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** 86s {@code item} ({@code available} false) or brings it back. */
    void setAvailable(Menu.Item item, boolean available) {
        changes.setAvailability(item.id(), available, signedIn.get()).whenCompleteAsync((ok, failure) -> {
            Throwable cause = Failure.cause(failure);
            notice.set(cause == null ? (available ? item.name() + " is back on" : item.name() + " is 86'd")
                    : cause instanceof Problem p ? p.detail() : "That did not work; try again");
            if (cause != null) {
                refresh();
            }
        }, fx);
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}

package com.bistro92.kitchen;

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
    private final EventStream events;
    private final Supplier<Integer> signedIn;
    private final Executor fx;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<List<Menu.Item>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;

    /** @param signedIn the id of the staff member signed in now, or null while nobody is known */
    public EightySixModel(MenuLookup lookup, MenuChanges changes, EventStream events, Supplier<Integer> signedIn,
                          Executor fx) {
        this.lookup = lookup;
        this.changes = changes;
        this.events = events;
        this.signedIn = signedIn;
        this.fx = fx;
    }

    public void start() {
        subscription = events.subscribe(MenuChanged.class, e -> {
            if (scheduled.compareAndSet(false, true)) {
                fx.execute(this::refresh);
            }
        });
        refresh();
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

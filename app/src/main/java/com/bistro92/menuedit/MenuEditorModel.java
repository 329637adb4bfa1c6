package com.bistro92.menuedit;

import com.bistro92.stock.Stock;
import com.bistro92.stock.StockChanged;
import com.bistro92.stock.StockLevel;
import com.bistro92.journal.EventStream;
import com.bistro92.menu.GroupDraft;
import com.bistro92.menu.ImportPreview;
import com.bistro92.menu.ImportResult;
import com.bistro92.menu.ItemDraft;
import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuChanged;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.menu.ModifierDraft;
import com.bistro92.menu.Photo;
import com.bistro92.menu.PhotoScaler;
import com.bistro92.money.Money;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The menu editor's state and commands. The menu is read from memory and read again whenever a
 * {@code menu_changed} event arrives, whoever made the change; a burst of events costs one read.
 * Commands, photo scaling and CSV files run off the FX thread; their futures complete on it.
 * Every command carries the signed-in staff member's id, as {@code signedIn} answers it.
 */
public final class MenuEditorModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MenuEditorModel.class);
    /** A CSV file larger than this is not a menu. */
    static final long MAX_CSV_BYTES = 4L * 1024 * 1024;

    private final MenuLookup lookup;
    private final MenuChanges changes;
    private final Stock stock;
    private final ReadOnlyObjectWrapper<List<StockLevel>> counts = new ReadOnlyObjectWrapper<>(List.of());
    private final EventStream events;
    private final Money money;
    private final Supplier<Integer> signedIn;
    private final Executor fx;
    private final Executor background;
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<Menu> menu = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Menu.Group>> groups = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;

    /**
     * @param signedIn the id of the staff member signed in now, or null while nobody is known
     */
    public MenuEditorModel(MenuLookup lookup, MenuChanges changes, Stock stock, EventStream events, Money money,
                           Supplier<Integer> signedIn, Executor fx, Executor background) {
        this.stock = stock;
        this.lookup = lookup;
        this.changes = changes;
        this.events = events;
        this.money = money;
        this.signedIn = signedIn;
        this.fx = fx;
        this.background = background;
        menu.set(lookup.menu());
        groups.set(lookup.groups());
    }

    /** Listens for menu changes; call once on the FX thread. */
    public void start() {
        subscription = events.subscribe(event -> {
            if (event instanceof MenuChanged && refreshScheduled.compareAndSet(false, true)) {
                fx.execute(this::refresh);
            } else if (event instanceof StockChanged changed) {
                fx.execute(() -> count(changed.level()));
            }
        });
        refresh();
        CompletableFuture.supplyAsync(stock::levels, background).thenAcceptAsync(counts::set, fx);
    }

    private void refresh() {
        refreshScheduled.set(false);
        menu.set(lookup.menu());
        groups.set(lookup.groups());
    }

    /** A count as it is now, in place of what was known of it; one without items is gone. */
    private void count(StockLevel level) {
        List<StockLevel> next = new ArrayList<>(counts.get());
        next.removeIf(l -> l.id() == level.id());
        if (!level.itemIds().isEmpty()) {
            next.add(level);
            next.sort(java.util.Comparator.comparing(StockLevel::name));
        }
        counts.set(List.copyOf(next));
    }

    /** The counts on hand, by name. */
    public ReadOnlyObjectProperty<List<StockLevel>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /**
     * How item {@code itemId} is counted: not at all (both null), its own count ({@code stockId} null),
     * or the shared count {@code stockId}.
     */
    public CompletableFuture<StockLevel> countItem(int itemId, Integer stockId, Integer onHand) {
        return report(stock.countItem(itemId, stockId, onHand, signedIn.get()), onHand == null && stockId == null
                ? "Not counted" : "Count saved");
    }

    public ReadOnlyObjectProperty<Menu> menuProperty() {
        return menu.getReadOnlyProperty();
    }

    /** Every modifier group, whether an item offers it or not. */
    public ReadOnlyObjectProperty<List<Menu.Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Money money() {
        return money;
    }

    // ---------------------------------------------------------------- commands

    public CompletableFuture<Integer> addCategory(String name) {
        return report(changes.addCategory(name, signedIn.get()), "Category added");
    }

    public CompletableFuture<Void> renameCategory(int id, String name) {
        return report(changes.renameCategory(id, name, signedIn.get()), "Category renamed");
    }

    public CompletableFuture<Void> moveCategory(int id, int index) {
        return report(changes.moveCategory(id, index, signedIn.get()), "Category moved");
    }

    public CompletableFuture<Void> removeCategory(int id) {
        return report(changes.removeCategory(id, signedIn.get()), "Category removed");
    }

    public CompletableFuture<Integer> addItem(ItemDraft item) {
        return report(changes.addItem(item, signedIn.get()), item.name() + " added");
    }

    public CompletableFuture<Void> saveItem(int id, ItemDraft item) {
        return report(changes.updateItem(id, item, signedIn.get()), item.name() + " saved");
    }

    public CompletableFuture<Void> moveItem(int id, int index) {
        return report(changes.moveItem(id, index, signedIn.get()), "Item moved");
    }

    public CompletableFuture<Void> removeItem(Menu.Item item) {
        return report(changes.removeItem(item.id(), signedIn.get()), item.name() + " is off the menu");
    }

    /** The 86 switch: {@code available} false 86s the item. */
    public CompletableFuture<Boolean> setAvailable(Menu.Item item, boolean available) {
        return report(changes.setAvailability(item.id(), available, signedIn.get()),
                available ? item.name() + " is back on" : item.name() + " is 86'd");
    }

    /** Scales the photo in {@code file} off the FX thread, then stores it with the item. */
    public CompletableFuture<Void> setPhoto(int itemId, Path file) {
        return report(CompletableFuture.supplyAsync(() -> PhotoScaler.scale(read(file)), background)
                .thenCompose(photo -> changes.setPhoto(itemId, photo, signedIn.get())), "Photo saved");
    }

    public CompletableFuture<Void> removePhoto(int itemId) {
        return report(changes.setPhoto(itemId, null, signedIn.get()), "Photo removed");
    }

    /** The item's photo, read off the FX thread. */
    public CompletableFuture<Optional<Photo>> photo(int itemId) {
        return CompletableFuture.supplyAsync(() -> lookup.photo(itemId), background)
                .whenCompleteAsync((p, f) -> { }, fx);
    }

    public CompletableFuture<Integer> addGroup(int itemId, GroupDraft group) {
        return report(changes.addGroup(itemId, group, signedIn.get()), "Group " + group.name() + " added");
    }

    public CompletableFuture<Void> updateGroup(int groupId, GroupDraft group) {
        return report(changes.updateGroup(groupId, group, signedIn.get()), "Group " + group.name() + " saved");
    }

    public CompletableFuture<Void> linkGroup(int itemId, int groupId) {
        return report(changes.linkGroup(itemId, groupId, signedIn.get()), "Group offered");
    }

    public CompletableFuture<Void> unlinkGroup(int itemId, int groupId) {
        return report(changes.unlinkGroup(itemId, groupId, signedIn.get()), "Group no longer offered");
    }

    public CompletableFuture<Integer> addModifier(int groupId, ModifierDraft modifier) {
        return report(changes.addModifier(groupId, modifier, signedIn.get()), modifier.name() + " added");
    }

    public CompletableFuture<Void> updateModifier(int id, ModifierDraft modifier) {
        return report(changes.updateModifier(id, modifier, signedIn.get()), modifier.name() + " saved");
    }

    public CompletableFuture<Void> removeModifier(int id) {
        return report(changes.removeModifier(id, signedIn.get()), "Modifier removed");
    }

    // ---------------------------------------------------------------- CSV

    /** Writes the whole menu to {@code file} as CSV, off the FX thread. */
    public CompletableFuture<Void> exportCsv(Path file) {
        return report(CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(file, changes.exportCsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background), "Menu exported to " + file.getFileName());
    }

    /** Reads {@code file} and compares it with the menu, off the FX thread; writes nothing. */
    public CompletableFuture<ImportPreview> previewImport(Path file) {
        return report(CompletableFuture.supplyAsync(() -> {
            try {
                if (Files.size(file) > MAX_CSV_BYTES) {
                    throw new Problem(422, "The file was refused", file.getFileName() + " is larger than 4 MB");
                }
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return changes.previewImport(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background), "");
    }

    /** Imports a previewed file in one go: all of it, or nothing. */
    public CompletableFuture<ImportResult> confirmImport(ImportPreview preview, boolean removeMissing) {
        return report(changes.importMenu(preview, removeMissing, signedIn.get()), "Menu imported");
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > PhotoScaler.MAX_INPUT_BYTES) {
                throw new Problem(422, "The photo was refused", "The photo is larger than 20 MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes on the FX thread, with the notice set to {@code done} or to why it failed. */
    private <T> CompletableFuture<T> report(CompletableFuture<T> action, String done) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        action.whenCompleteAsync((value, failure) -> {
            Throwable cause = Failure.cause(failure);
            if (cause == null) {
                if (!done.isEmpty()) {
                    notice.set(done);
                }
                answer.complete(value);
                return;
            }
            if (cause instanceof Problem p) {
                notice.set(p.detail());
            } else if (cause instanceof UncheckedIOException io) {
                notice.set("Cannot use that file: " + io.getCause().getMessage());
            } else {
                LOG.error("A menu action failed", cause);
                notice.set("That did not work; try again");
            }
            answer.completeExceptionally(cause);
        }, fx);
        return answer;
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}

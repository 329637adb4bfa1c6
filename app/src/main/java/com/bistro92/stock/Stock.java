package com.bistro92.stock;

import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.STOCK;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.Tx;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.menu.MenuChanges;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStock;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;

/**
 * Counts on hand, and what orders take from them. An order takes its portions inside its own command,
 * so 20 pads racing for the last 3 portions get exactly 3 orders: the writer applies the orders one
 * at a time, and the fourth finds none left and is refused (422, "Grilled Salmon is sold out"). At
 * zero a count's items are 86'd in the same command, so every pad hears it with the order. Every
 * change is logged as {@code stock_changed}, which an inventory system follows.
 */
public final class Stock implements OrderStock {

    final IdSeries stockIds = IdSeries.of(STOCK, STOCK.ID);
    private final Journal journal;
    private final DSLContext reads;
    private final ObjectMapper json;
    private final MenuChanges menu;
    /** The menu items that take from a count: an order with none of them reads nothing here. */
    private volatile Set<Integer> tracked;

    public Stock(Journal journal, DSLContext reads, ObjectMapper json, MenuChanges menu) {
        this.journal = journal;
        this.reads = reads;
        this.json = json;
        this.menu = menu;
        this.tracked = trackedItems(reads);
        journal.otherNodes().decode(StockChanged.TYPE, row -> new StockChanged(row.seq(),
                Envelope.read(json, row.payload()).body("stock", StockLevel.class), row.payload()));
        journal.otherNodes().reloadOn(() -> tracked = trackedItems(reads), StockChanged.TYPE);
    }

    /** Every count kept, by name. */
    public List<StockLevel> levels() {
        Map<Integer, List<Integer>> items = new HashMap<>();
        reads.select(MENU_ITEM.STOCK_ID, MENU_ITEM.ID).from(MENU_ITEM)
                .where(MENU_ITEM.STOCK_ID.isNotNull().and(MENU_ITEM.HIDDEN.isFalse())).orderBy(MENU_ITEM.ID)
                .forEach(r -> items.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return reads.selectFrom(STOCK).where(STOCK.REMOVED.isFalse()).orderBy(STOCK.NAME)
                .fetch(r -> new StockLevel(r.getId(), r.getName(), r.getOnHand(), items.getOrDefault(r.getId(),
                        List.of())));
    }

    /** Keeps a count for {@code draft}'s items; 422 and nothing written when the draft is wrong. */
    public CompletableFuture<StockLevel> create(StockDraft draft, Integer by) {
        try {
            draft.validate();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new StockCommands.Create(draft, by, this));
    }

    /** Sets how many are on hand: staff after a delivery, or the inventory system. */
    public CompletableFuture<StockLevel> set(int id, Integer onHand, Integer by) {
        List<FieldError> errors = new ArrayList<>();
        StockDraft.count(onHand, errors);
        if (!errors.isEmpty()) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Invalid count", errors));
        }
        return journal.submit(new StockCommands.SetCount(id, onHand, by, this));
    }

    /**
     * How item {@code itemId} is counted: not at all (both null), its own count ({@code stockId} null),
     * or a shared one; 422 for a count out of range.
     *
     * @return the count it takes from now, or null when it is not counted
     */
    public CompletableFuture<StockLevel> countItem(int itemId, Integer stockId, Integer onHand, Integer by) {
        List<FieldError> errors = new ArrayList<>();
        if (onHand != null) {
            StockDraft.count(onHand, errors);
        }
        if (!errors.isEmpty()) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Invalid count", errors));
        }
        return journal.submit(new StockCommands.CountItem(itemId, stockId, onHand, by, this));
    }

    public CompletableFuture<StockLevel> remove(int id, Integer by) {
        return journal.submit(new StockCommands.Remove(id, by, this));
    }

    @Override
    public void take(Tx tx, List<OrderItem> items) {
        Set<Integer> now = tracked;
        Map<Integer, Integer> wanted = new LinkedHashMap<>();
        for (OrderItem item : items) {
            if (item.menuItemId() != null && now.contains(item.menuItemId())) {
                wanted.merge(item.menuItemId(), item.quantity(), Integer::sum);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        // what each count the order touches has, and which of the order's items take from it
        Map<Integer, StockLevel> counts = new LinkedHashMap<>();
        Map<Integer, Integer> needed = new LinkedHashMap<>();
        Map<Integer, String> itemNames = new HashMap<>();
        tx.sql().select(STOCK.ID, STOCK.NAME, STOCK.ON_HAND, MENU_ITEM.ID, MENU_ITEM.NAME).from(MENU_ITEM)
                .join(STOCK).on(STOCK.ID.eq(MENU_ITEM.STOCK_ID))
                .where(MENU_ITEM.ID.in(wanted.keySet()).and(STOCK.REMOVED.isFalse()))
                .forEach(r -> {
                    counts.putIfAbsent(r.value1(), new StockLevel(r.value1(), r.value2(), r.value3(), List.of()));
                    needed.merge(r.value1(), wanted.get(r.value4()), Integer::sum);
                    itemNames.merge(r.value1(), r.value5(), (a, b) -> a + ", " + b);
                });
        List<FieldError> short_ = new ArrayList<>();
        for (var count : counts.values()) {
            int need = needed.get(count.id());
            if (need > count.onHand()) {
                short_.add(new FieldError("items", count.onHand() == 0
                        ? itemNames.get(count.id()) + " is sold out"
                        : "only " + count.onHand() + " left of " + itemNames.get(count.id()) + " (" + count.name()
                                + "), and this order needs " + need));
            }
        }
        if (!short_.isEmpty()) {
            throw Problem.unprocessable("Not enough in stock", short_);
        }
        for (var count : counts.values()) {
            int left = count.onHand() - needed.get(count.id());
            tx.sql().update(STOCK).set(STOCK.ON_HAND, left).where(STOCK.ID.eq(count.id())).execute();
            StockLevel level = new StockLevel(count.id(), count.name(), left, linked(tx, count.id()));
            changed(tx, level, null);
            if (left == 0) {
                menu.availableInCommand(tx, level.itemIds(), false);
            }
        }
    }

    // ---- for the commands, on the writer thread

    /** The count {@code id} as the command's transaction sees it, or a 404. */
    StockLevel level(Tx tx, int id) {
        var row = tx.sql().selectFrom(STOCK).where(STOCK.ID.eq(id).and(STOCK.REMOVED.isFalse())).fetchOptional()
                .orElseThrow(() -> Problem.notFound("There is no stock " + id));
        return new StockLevel(id, row.getName(), row.getOnHand(), linked(tx, id));
    }

    private static List<Integer> linked(Tx tx, int id) {
        return tx.sql().select(MENU_ITEM.ID).from(MENU_ITEM).where(MENU_ITEM.STOCK_ID.eq(id))
                .orderBy(MENU_ITEM.ID).fetch(MENU_ITEM.ID);
    }

    /** Logs the count as it is now. */
    void changed(Tx tx, StockLevel level, Integer by) {
        byte[] body = Wire.bytes(json, level);
        tx.log(seq -> new StockChanged(seq, level, Wire.envelope(StockChanged.TYPE, seq, "stock", body, by)));
    }

    /**
     * Which items take from counts changed: the next order of the same group already takes from the new
     * count (an item named too many costs only a read), and the set is read again once committed.
     */
    void relinked(Tx tx, List<Integer> itemIds) {
        Set<Integer> more = new java.util.HashSet<>(tracked);
        more.addAll(itemIds);
        tracked = Set.copyOf(more);
        tx.afterCommit(() -> tracked = trackedItems(reads));
    }

    MenuChanges menu() {
        return menu;
    }

    private static Set<Integer> trackedItems(DSLContext sql) {
        return Set.copyOf(sql.select(MENU_ITEM.ID).from(MENU_ITEM)
                .join(STOCK).on(STOCK.ID.eq(MENU_ITEM.STOCK_ID))
                .where(STOCK.REMOVED.isFalse()).fetch(MENU_ITEM.ID));
    }

    @Override
    public String toString() {
        return "stock";
    }
}

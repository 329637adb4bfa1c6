package com.bistro92.stock;

import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.STOCK;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import java.util.List;

/** The counts' commands: set one up, set how many are on hand, take it away. Orders take from them in {@link Stock#take}. */
final class StockCommands {

    private StockCommands() {
    }

    /** A new count, linked to its items (an item takes from one count at most: the last one named). */
    record Create(StockDraft draft, Integer by, Stock stock) implements Command<StockLevel> {
        @Override
        public StockLevel apply(Tx tx) {
            Authority.require(tx, by, Permission.EIGHTY_SIX);
            var sql = tx.sql();
            int found = sql.fetchCount(MENU_ITEM, MENU_ITEM.ID.in(draft.itemIds()).and(MENU_ITEM.HIDDEN.isFalse()));
            if (found != draft.itemIds().size()) {
                throw Problem.unprocessable("Invalid stock", List.of(new Problem.FieldError("item_ids",
                        "names an item that is not on the menu")));
            }
            int id = (int) tx.nextId(stock.stockIds);
            sql.insertInto(STOCK).set(STOCK.ID, id).set(STOCK.NAME, draft.name()).set(STOCK.ON_HAND, draft.onHand())
                    .execute();
            sql.update(MENU_ITEM).set(MENU_ITEM.STOCK_ID, id).where(MENU_ITEM.ID.in(draft.itemIds())).execute();
            StockLevel level = new StockLevel(id, draft.name(), draft.onHand(), draft.itemIds());
            stock.changed(tx, level, by);
            stock.relinked(tx, level.itemIds());
            stock.menu().availableInCommand(tx, level.itemIds(), level.onHand() > 0);
            return level;
        }
    }

    /** How many are on hand now: at 0 its items are 86'd, above 0 they are back on the menu. */
    record SetCount(int id, int onHand, Integer by, Stock stock) implements Command<StockLevel> {
        @Override
        public StockLevel apply(Tx tx) {
            Authority.require(tx, by, Permission.EIGHTY_SIX);
            StockLevel before = stock.level(tx, id);
            tx.sql().update(STOCK).set(STOCK.ON_HAND, onHand).where(STOCK.ID.eq(id)).execute();
            StockLevel level = new StockLevel(id, before.name(), onHand, before.itemIds());
            stock.changed(tx, level, by);
            if ((before.onHand() > 0) != (onHand > 0)) {
                stock.menu().availableInCommand(tx, level.itemIds(), onHand > 0);
            }
            return level;
        }
    }

    /** The count is no longer kept: its items are ordered without one (and stay as available as they are). */
    record Remove(int id, Integer by, Stock stock) implements Command<StockLevel> {
        @Override
        public StockLevel apply(Tx tx) {
            Authority.require(tx, by, Permission.EIGHTY_SIX);
            StockLevel before = stock.level(tx, id);
            tx.sql().update(MENU_ITEM).setNull(MENU_ITEM.STOCK_ID).where(MENU_ITEM.STOCK_ID.eq(id)).execute();
            tx.sql().update(STOCK).set(STOCK.REMOVED, true).where(STOCK.ID.eq(id)).execute();
            StockLevel gone = new StockLevel(id, before.name(), before.onHand(), List.of());
            stock.changed(tx, gone, by);
            stock.relinked(tx, List.of());
            return gone;
        }
    }

    /**
     * How one item is counted, as the menu editor sets it: not at all ({@code stockId} and {@code onHand}
     * null), with a count of its own ({@code stockId} null: its own count is set, or made under the
     * item's name), or from a shared count ({@code stockId}, whose count is set too unless {@code onHand}
     * is null). A shared count left without items is no longer kept.
     */
    record CountItem(int itemId, Integer stockId, Integer onHand, Integer by, Stock stock)
            implements Command<StockLevel> {
        @Override
        public StockLevel apply(Tx tx) {
            Authority.require(tx, by, Permission.EIGHTY_SIX);
            var sql = tx.sql();
            var item = sql.select(MENU_ITEM.NAME, MENU_ITEM.STOCK_ID).from(MENU_ITEM)
                    .where(MENU_ITEM.ID.eq(itemId).and(MENU_ITEM.HIDDEN.isFalse())).fetchOptional()
                    .orElseThrow(() -> Problem.notFound("There is no item " + itemId + " on the menu"));
            Integer was = item.value2();
            StockLevel before = was == null ? null : stock.level(tx, was);
            boolean ownBefore = before != null && before.itemIds().equals(List.of(itemId));
            StockLevel after;
            if (stockId == null && onHand == null) {
                after = null;
            } else if (stockId == null && ownBefore) {
                return new SetCount(was, onHand, by, stock).apply(tx);
            } else if (stockId == null) {
                after = new Create(new StockDraft(item.value1(), onHand, List.of(itemId)), by, stock).apply(tx);
            } else {
                after = stock.level(tx, stockId);
                sql.update(MENU_ITEM).set(MENU_ITEM.STOCK_ID, stockId).where(MENU_ITEM.ID.eq(itemId)).execute();
                List<Integer> items = new java.util.ArrayList<>(after.itemIds());
                if (!items.contains(itemId)) {
                    items.add(itemId);
                }
                after = new StockLevel(stockId, after.name(), after.onHand(), items);
                stock.changed(tx, after, by);
                stock.relinked(tx, List.of(itemId));
                if (onHand != null && onHand != after.onHand()) {
                    after = new SetCount(stockId, onHand, by, stock).apply(tx);
                }
                stock.menu().availableInCommand(tx, List.of(itemId), after.onHand() > 0);
            }
            if (before != null && (after == null || before.id() != after.id())) {
                leave(tx, before);
            }
            return after;
        }

        /** The item no longer takes from {@code before}: a count left without items is no longer kept. */
        private void leave(Tx tx, StockLevel before) {
            if (stockId == null && onHand == null) {
                tx.sql().update(MENU_ITEM).setNull(MENU_ITEM.STOCK_ID).where(MENU_ITEM.ID.eq(itemId)).execute();
                stock.relinked(tx, List.of());
            }
            List<Integer> left = before.itemIds().stream().filter(i -> i != itemId).toList();
            if (left.isEmpty()) {
                tx.sql().update(STOCK).set(STOCK.REMOVED, true).where(STOCK.ID.eq(before.id())).execute();
            }
            stock.changed(tx, new StockLevel(before.id(), before.name(), before.onHand(), left), by);
        }
    }
}

package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import com.bistro92.text.Keys;
import java.util.List;

/** The menu's categories: add, rename, move, take off the menu. Each logs one {@code menu_changed}. */
final class CategoryCommands {

    private CategoryCommands() {
    }

    private static String checkedName(String name) {
        String why = MenuRules.name(name, MenuRules.CATEGORY_NAME_MAX);
        if (why != null) {
            throw MenuRules.refused("The category was refused", "name", why);
        }
        return MenuRules.clean(name);
    }

    /** Adds a category at the end of the menu; answers its id. */
    record Add(String name, Integer by, MenuWrites w) implements Command<Integer> {
        @Override
        public Integer apply(Tx tx) {
            w.checkStaff(tx, by);
            String clean = checkedName(name);
            w.uniqueCategory(tx, clean, null);
            int id = (int) tx.nextId(w.categoryIds);
            Integer last = tx.sql().select(org.jooq.impl.DSL.max(MENU_CATEGORY.SORT_ORDER)).from(MENU_CATEGORY)
                    .fetchOne(0, Integer.class);
            tx.sql().insertInto(MENU_CATEGORY)
                    .set(MENU_CATEGORY.ID, id)
                    .set(MENU_CATEGORY.NAME, clean)
                    .set(MENU_CATEGORY.NAME_KEY, Keys.of(clean))
                    .set(MENU_CATEGORY.SORT_ORDER, last == null ? 0 : last + 1)
                    .execute();
            w.changed(tx, "category_added", id, clean, by);
            return id;
        }
    }

    record Rename(int id, String name, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            w.liveCategory(tx, id);
            String clean = checkedName(name);
            w.uniqueCategory(tx, clean, id);
            tx.sql().update(MENU_CATEGORY).set(MENU_CATEGORY.NAME, clean).set(MENU_CATEGORY.NAME_KEY, Keys.of(clean))
                    .where(MENU_CATEGORY.ID.eq(id)).execute();
            w.changed(tx, "category_renamed", id, clean, by);
            return null;
        }
    }

    /** Moves a category to {@code index} (0 is first) among the categories on the menu. */
    record Move(int id, int index, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = w.liveCategory(tx, id);
            List<Integer> ids = tx.sql().select(MENU_CATEGORY.ID).from(MENU_CATEGORY)
                    .where(MENU_CATEGORY.HIDDEN.isFalse()).orderBy(MENU_CATEGORY.SORT_ORDER, MENU_CATEGORY.ID)
                    .fetch(MENU_CATEGORY.ID);
            MenuWrites.reorder(tx, MENU_CATEGORY, MENU_CATEGORY.ID, MENU_CATEGORY.SORT_ORDER, ids, id, index);
            w.changed(tx, "category_moved", id, name, by);
            return null;
        }
    }

    /**
     * Takes an empty category off the menu. It stays in the database, hidden, and its name is free
     * again; a category that still lists items is refused, so that no item disappears unseen.
     */
    record Remove(int id, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = w.liveCategory(tx, id);
            int items = tx.sql().fetchCount(MENU_ITEM, MENU_ITEM.CATEGORY_ID.eq(id).and(MENU_ITEM.HIDDEN.isFalse()));
            if (items > 0) {
                throw Problem.conflict("The category is not empty", name + " still lists " + items
                        + (items == 1 ? " item" : " items") + "; move or remove them first");
            }
            tx.sql().update(MENU_CATEGORY).set(MENU_CATEGORY.HIDDEN, true).where(MENU_CATEGORY.ID.eq(id)).execute();
            w.changed(tx, "category_removed", id, name, by);
            return null;
        }
    }
}

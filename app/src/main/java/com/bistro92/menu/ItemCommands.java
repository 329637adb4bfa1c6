package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.MENU_ITEM_PHOTO;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import com.bistro92.text.Keys;
import java.util.List;

/**
 * The menu's items: add, edit, move, take off the menu, 86, photo. Each logs one
 * {@code menu_changed}. Orders already placed keep the name and price their lines were given.
 */
final class ItemCommands {

    private ItemCommands() {
    }

    /** The live item {@code id}'s name, or a 404. */
    static String liveItem(Tx tx, int id) {
        String name = tx.sql().select(MENU_ITEM.NAME).from(MENU_ITEM)
                .where(MENU_ITEM.ID.eq(id).and(MENU_ITEM.HIDDEN.isFalse())).fetchOne(MENU_ITEM.NAME);
        if (name == null) {
            throw Problem.notFound("There is no menu item " + id);
        }
        return name;
    }

    /** Checks {@code d} against the rules and the menu; answers its name as stored. */
    static String check(Tx tx, MenuWrites w, ItemDraft d, Integer self) {
        MenuRules.check("The item was refused", MenuRules.item(d));
        w.liveCategory(tx, d.categoryId());
        String name = MenuRules.clean(d.name());
        w.uniqueItem(tx, name, self);
        return name;
    }

    static String description(ItemDraft d) {
        return d.description() == null ? "" : MenuRules.clean(d.description());
    }

    /** Adds an item at the end of its category; answers its id. */
    record Add(ItemDraft d, Integer by, MenuWrites w) implements Command<Integer> {
        @Override
        public Integer apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = check(tx, w, d, null);
            int id = (int) tx.nextId(w.itemIds);
            insert(tx, id, name, d);
            w.changed(tx, "item_added", id, name, by);
            return id;
        }
    }

    /** Inserts a checked item at the end of its category. */
    static void insert(Tx tx, int id, String name, ItemDraft d) {
        Integer last = tx.sql().select(org.jooq.impl.DSL.max(MENU_ITEM.SORT_ORDER)).from(MENU_ITEM)
                .where(MENU_ITEM.CATEGORY_ID.eq(d.categoryId())).fetchOne(0, Integer.class);
        tx.sql().insertInto(MENU_ITEM)
                .set(MENU_ITEM.ID, id)
                .set(MENU_ITEM.CATEGORY_ID, d.categoryId())
                .set(MENU_ITEM.NAME, name)
                .set(MENU_ITEM.NAME_KEY, Keys.of(name))
                .set(MENU_ITEM.DESCRIPTION, description(d))
                .set(MENU_ITEM.PRICE, d.price())
                .set(MENU_ITEM.AVAILABLE, d.available())
                .set(MENU_ITEM.PREP_MINUTES, d.prepMinutes())
                .set(MENU_ITEM.STATION, MenuRules.stationOf(d.station()))
                .set(MENU_ITEM.ALLERGENS, Allergen.codes(d.allergens()))
                .set(MENU_ITEM.SORT_ORDER, last == null ? 0 : last + 1)
                .execute();
    }

    /** Writes every field of a checked item; moving it to another category puts it at that category's end. */
    static void update(Tx tx, int id, String name, ItemDraft d) {
        Integer category = tx.sql().select(MENU_ITEM.CATEGORY_ID).from(MENU_ITEM).where(MENU_ITEM.ID.eq(id))
                .fetchOne(MENU_ITEM.CATEGORY_ID);
        var update = tx.sql().update(MENU_ITEM)
                .set(MENU_ITEM.NAME, name)
                .set(MENU_ITEM.NAME_KEY, Keys.of(name))
                .set(MENU_ITEM.DESCRIPTION, description(d))
                .set(MENU_ITEM.PRICE, d.price())
                .set(MENU_ITEM.AVAILABLE, d.available())
                .set(MENU_ITEM.PREP_MINUTES, d.prepMinutes())
                .set(MENU_ITEM.STATION, MenuRules.stationOf(d.station()))
                .set(MENU_ITEM.ALLERGENS, Allergen.codes(d.allergens()))
                .set(MENU_ITEM.CATEGORY_ID, d.categoryId());
        if (category == null || category != d.categoryId()) {
            Integer last = tx.sql().select(org.jooq.impl.DSL.max(MENU_ITEM.SORT_ORDER)).from(MENU_ITEM)
                    .where(MENU_ITEM.CATEGORY_ID.eq(d.categoryId())).fetchOne(0, Integer.class);
            update = update.set(MENU_ITEM.SORT_ORDER, last == null ? 0 : last + 1);
        }
        update.where(MENU_ITEM.ID.eq(id)).execute();
    }

    /** Changes every field of an item; its past orders are untouched, as their lines hold their own copy. */
    record Update(int id, ItemDraft d, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            liveItem(tx, id);
            String name = check(tx, w, d, id);
            update(tx, id, name, d);
            w.changed(tx, "item_updated", id, name, by);
            return null;
        }
    }

    /** Moves an item to {@code index} (0 is first) within its category. */
    record Move(int id, int index, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = liveItem(tx, id);
            int category = tx.sql().select(MENU_ITEM.CATEGORY_ID).from(MENU_ITEM).where(MENU_ITEM.ID.eq(id))
                    .fetchSingle(MENU_ITEM.CATEGORY_ID);
            List<Integer> ids = tx.sql().select(MENU_ITEM.ID).from(MENU_ITEM)
                    .where(MENU_ITEM.CATEGORY_ID.eq(category).and(MENU_ITEM.HIDDEN.isFalse()))
                    .orderBy(MENU_ITEM.SORT_ORDER, MENU_ITEM.ID).fetch(MENU_ITEM.ID);
            MenuWrites.reorder(tx, MENU_ITEM, MENU_ITEM.ID, MENU_ITEM.SORT_ORDER, ids, id, index);
            w.changed(tx, "item_moved", id, name, by);
            return null;
        }
    }

    /**
     * Takes an item off the menu: it is hidden, not deleted, because past orders point at it. Its
     * name is free again for a new item.
     */
    record Remove(int id, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = liveItem(tx, id);
            tx.sql().update(MENU_ITEM).set(MENU_ITEM.HIDDEN, true).where(MENU_ITEM.ID.eq(id)).execute();
            w.changed(tx, "item_removed", id, name, by);
            return null;
        }
    }

    /** 86s an item ({@code available} false) or brings it back. */
    record SetAvailability(int id, boolean available, Integer by, MenuWrites w) implements Command<Boolean> {
        @Override
        public Boolean apply(Tx tx) {
            w.checkMay86(tx, by);
            String name = liveItem(tx, id);
            // a dish switched by hand is no longer one the overload paused
            tx.sql().update(MENU_ITEM).set(MENU_ITEM.AVAILABLE, available).set(MENU_ITEM.PAUSED, false)
                    .where(MENU_ITEM.ID.eq(id)).execute();
            w.changed(tx, available ? "item_back" : "item_86d", id, name, by);
            return available;
        }
    }

    /** Sets an item's photo, already scaled by {@link PhotoScaler}; null takes the photo away. */
    record SetPhoto(int id, Photo photo, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = liveItem(tx, id);
            if (photo != null && (photo.width() > PhotoScaler.MAX_SIDE || photo.height() > PhotoScaler.MAX_SIDE
                    || photo.bytes().length > 1_048_576
                    || !List.of("image/png", "image/jpeg").contains(photo.mediaType()))) {
                throw MenuRules.refused("The photo was refused", "photo",
                        "A photo must be a PNG or JPEG of at most " + PhotoScaler.MAX_SIDE + " px a side and 1 MB");
            }
            tx.sql().deleteFrom(MENU_ITEM_PHOTO).where(MENU_ITEM_PHOTO.MENU_ITEM_ID.eq(id)).execute();
            if (photo != null) {
                tx.sql().insertInto(MENU_ITEM_PHOTO)
                        .set(MENU_ITEM_PHOTO.MENU_ITEM_ID, id)
                        .set(MENU_ITEM_PHOTO.MEDIA_TYPE, photo.mediaType())
                        .set(MENU_ITEM_PHOTO.WIDTH, photo.width())
                        .set(MENU_ITEM_PHOTO.HEIGHT, photo.height())
                        .set(MENU_ITEM_PHOTO.BYTES, photo.bytes())
                        .execute();
            }
            w.changed(tx, photo == null ? "item_photo_removed" : "item_photo_set", id, name, by);
            return null;
        }
    }

    /**
     * An overloaded kitchen pauses every dish that takes {@code minutes} or more (by the menu's prep
     * time) at once, and brings back the ones it paused, and only those, with the same button.
     */
    record PauseLong(int minutes, boolean pause, Integer by, MenuWrites w) implements Command<List<String>> {
        @Override
        public List<String> apply(Tx tx) {
            w.checkMay86(tx, by);
            var sql = tx.sql();
            var which = pause
                    ? sql.select(MENU_ITEM.ID, MENU_ITEM.NAME).from(MENU_ITEM).where(MENU_ITEM.HIDDEN.isFalse())
                            .and(MENU_ITEM.AVAILABLE.isTrue()).and(MENU_ITEM.PREP_MINUTES.ge(minutes)).fetch()
                    : sql.select(MENU_ITEM.ID, MENU_ITEM.NAME).from(MENU_ITEM).where(MENU_ITEM.HIDDEN.isFalse())
                            .and(MENU_ITEM.PAUSED.isTrue()).fetch();
            List<String> names = new java.util.ArrayList<>();
            for (var r : which) {
                sql.update(MENU_ITEM).set(MENU_ITEM.AVAILABLE, !pause).set(MENU_ITEM.PAUSED, pause)
                        .where(MENU_ITEM.ID.eq(r.value1())).execute();
                w.changed(tx, pause ? "item_paused" : "item_back", r.value1(), r.value2(), by);
                names.add(r.value2());
            }
            return names;
        }
    }
}

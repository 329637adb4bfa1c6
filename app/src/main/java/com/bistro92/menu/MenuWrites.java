package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.MODIFIER;
import static com.bistro92.db.Tables.MODIFIER_GROUP;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.bistro92.text.Keys;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What every menu command shares: the menu's id series, the check of who acts, the look-ups that
 * keep names unique, reordering, and the one {@code menu_changed} event each command logs.
 */
final class MenuWrites {

    final IdSeries categoryIds = IdSeries.of(MENU_CATEGORY, MENU_CATEGORY.ID);
    final IdSeries itemIds = IdSeries.of(MENU_ITEM, MENU_ITEM.ID);
    final IdSeries groupIds = IdSeries.of(MODIFIER_GROUP, MODIFIER_GROUP.ID);
    final IdSeries modifierIds = IdSeries.of(MODIFIER, MODIFIER.ID);
    private final MenuLookup menu;
    private final ObjectMapper json;

    MenuWrites(MenuLookup menu, ObjectMapper json) {
        this.menu = menu;
        this.json = json;
    }

    /** Refuses a member who may not edit the menu, or a staff id that names nobody; null (no member) is accepted. */
    void checkStaff(Tx tx, Integer staffId) {
        Authority.require(tx, staffId, Permission.EDIT_MENU);
    }

    /** As {@link #checkStaff}, for the 86 switch, which the kitchen and servers may use too. */
    void checkMay86(Tx tx, Integer staffId) {
        Authority.require(tx, staffId, Permission.EIGHTY_SIX);
    }

    /** Logs the command's one {@code menu_changed} event and reloads the menu once it is durable. */
    void changed(Tx tx, String what, Integer id, String name, Integer by) {
        byte[] body = Wire.bytes(json, new MenuChange(what, id, name, by));
        tx.log(seq -> new MenuChanged(seq, Wire.envelope(MenuChanged.TYPE, seq, "change", body)));
        tx.afterCommit(menu::reload);
    }

    /** The live category {@code id}'s name, or a 404. */
    String liveCategory(Tx tx, int id) {
        String name = tx.sql().select(MENU_CATEGORY.NAME).from(MENU_CATEGORY)
                .where(MENU_CATEGORY.ID.eq(id).and(MENU_CATEGORY.HIDDEN.isFalse())).fetchOne(MENU_CATEGORY.NAME);
        if (name == null) {
            throw Problem.notFound("There is no category " + id + " on the menu");
        }
        return name;
    }

    /** Refuses a category name already on the menu (ignoring case and spaces), other than {@code self}'s. */
    void uniqueCategory(Tx tx, String name, Integer self) {
        var clash = MENU_CATEGORY.LIVE_NAME_KEY.eq(Keys.of(name));
        if (self != null) {
            clash = clash.and(MENU_CATEGORY.ID.ne(self));
        }
        if (tx.sql().fetchExists(MENU_CATEGORY, clash)) {
            throw MenuRules.refused("The category was refused", "name", "There is already a category called " + name);
        }
    }

    /**
     * Refuses an item name already on the menu, other than {@code self}'s. Names are unique on the
     * whole menu, so within every category: seed clients order by name, and a name means one item.
     */
    void uniqueItem(Tx tx, String name, Integer self) {
        var clash = MENU_ITEM.LIVE_NAME_KEY.eq(Keys.of(name));
        if (self != null) {
            clash = clash.and(MENU_ITEM.ID.ne(self));
        }
        var other = tx.sql().select(MENU_CATEGORY.NAME).from(MENU_ITEM).join(MENU_CATEGORY)
                .on(MENU_CATEGORY.ID.eq(MENU_ITEM.CATEGORY_ID)).where(clash).fetchOptional(MENU_CATEGORY.NAME);
        if (other.isPresent()) {
            throw MenuRules.refused("The item was refused", "name",
                    "There is already an item called " + name + " (in " + other.get() + ")");
        }
    }

    /** Refuses a group name already in use, other than {@code self}'s; group names are unique, ignoring case. */
    void uniqueGroup(Tx tx, String name, Integer self) {
        var clash = org.jooq.impl.DSL.lower(MODIFIER_GROUP.NAME).eq(name.toLowerCase(java.util.Locale.ROOT));
        if (self != null) {
            clash = clash.and(MODIFIER_GROUP.ID.ne(self));
        }
        if (tx.sql().fetchExists(MODIFIER_GROUP, clash)) {
            throw MenuRules.refused("The modifier group was refused", "name",
                    "There is already a modifier group called " + name);
        }
    }

    /** Refuses a modifier name already in the group, other than {@code self}'s. */
    void uniqueModifier(Tx tx, int groupId, String name, Integer self) {
        var clash = MODIFIER.MODIFIER_GROUP_ID.eq(groupId)
                .and(org.jooq.impl.DSL.lower(MODIFIER.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)));
        if (self != null) {
            clash = clash.and(MODIFIER.ID.ne(self));
        }
        if (tx.sql().fetchExists(MODIFIER, clash)) {
            throw MenuRules.refused("The modifier was refused", "name", "The group already has " + name);
        }
    }

    /**
     * Moves {@code id} to {@code index} among {@code ids} (in their current order) and writes the
     * new order; an index beyond either end is taken as that end.
     */
    static void reorder(Tx tx, Table<?> table, Field<Integer> idField, Field<Integer> sortField, List<Integer> ids,
                        int id, int index) {
        List<Integer> order = new ArrayList<>(ids);
        if (!order.remove(Integer.valueOf(id))) {
            throw Problem.notFound("Nothing to move: " + id);
        }
        order.add(Math.clamp(index, 0, order.size()), id);
        for (int i = 0; i < order.size(); i++) {
            tx.sql().update(table).set(sortField, i).where(idField.eq(order.get(i))).and(sortField.ne(i)).execute();
        }
    }
}

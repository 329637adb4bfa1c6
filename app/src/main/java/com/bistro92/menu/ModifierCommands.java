package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_ITEM_MODIFIER_GROUP;
import static com.bistro92.db.Tables.MODIFIER;
import static com.bistro92.db.Tables.MODIFIER_GROUP;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;

/**
 * Modifier groups (a choice such as "Doneness", from min to max of its modifiers) and their
 * modifiers (with a price delta). A group can be offered by several items. Each command logs one
 * {@code menu_changed}; past order lines keep their own copy of the modifiers chosen.
 */
final class ModifierCommands {

    private ModifierCommands() {
    }

    static String group(Tx tx, int id) {
        String name = tx.sql().select(MODIFIER_GROUP.NAME).from(MODIFIER_GROUP).where(MODIFIER_GROUP.ID.eq(id))
                .fetchOne(MODIFIER_GROUP.NAME);
        if (name == null) {
            throw Problem.notFound("There is no modifier group " + id);
        }
        return name;
    }

    private static String checked(Tx tx, MenuWrites w, GroupDraft d, Integer self) {
        MenuRules.check("The modifier group was refused", MenuRules.group(d));
        String name = MenuRules.clean(d.name());
        w.uniqueGroup(tx, name, self);
        return name;
    }

    private static void link(Tx tx, int itemId, int groupId) {
        if (tx.sql().fetchExists(MENU_ITEM_MODIFIER_GROUP, MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID.eq(itemId)
                .and(MENU_ITEM_MODIFIER_GROUP.MODIFIER_GROUP_ID.eq(groupId)))) {
            return;
        }
        Integer last = tx.sql().select(org.jooq.impl.DSL.max(MENU_ITEM_MODIFIER_GROUP.SORT_ORDER))
                .from(MENU_ITEM_MODIFIER_GROUP).where(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID.eq(itemId))
                .fetchOne(0, Integer.class);
        tx.sql().insertInto(MENU_ITEM_MODIFIER_GROUP)
                .set(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID, itemId)
                .set(MENU_ITEM_MODIFIER_GROUP.MODIFIER_GROUP_ID, groupId)
                .set(MENU_ITEM_MODIFIER_GROUP.SORT_ORDER, last == null ? 0 : last + 1)
                .execute();
    }

    /** Adds a group and offers it with item {@code itemId}; answers the group's id. */
    record AddGroup(int itemId, GroupDraft d, Integer by, MenuWrites w) implements Command<Integer> {
        @Override
        public Integer apply(Tx tx) {
            w.checkStaff(tx, by);
            ItemCommands.liveItem(tx, itemId);
            String name = checked(tx, w, d, null);
            int id = (int) tx.nextId(w.groupIds);
            tx.sql().insertInto(MODIFIER_GROUP)
                    .set(MODIFIER_GROUP.ID, id)
                    .set(MODIFIER_GROUP.NAME, name)
                    .set(MODIFIER_GROUP.MIN_CHOICES, d.minChoices())
                    .set(MODIFIER_GROUP.MAX_CHOICES, d.maxChoices())
                    .execute();
            link(tx, itemId, id);
            w.changed(tx, "modifier_group_added", id, name, by);
            return id;
        }
    }

    /** Renames a group or changes its min and max, for every item that offers it. */
    record UpdateGroup(int id, GroupDraft d, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            group(tx, id);
            String name = checked(tx, w, d, id);
            tx.sql().update(MODIFIER_GROUP)
                    .set(MODIFIER_GROUP.NAME, name)
                    .set(MODIFIER_GROUP.MIN_CHOICES, d.minChoices())
                    .set(MODIFIER_GROUP.MAX_CHOICES, d.maxChoices())
                    .where(MODIFIER_GROUP.ID.eq(id)).execute();
            w.changed(tx, "modifier_group_updated", id, name, by);
            return null;
        }
    }

    /** Offers group {@code groupId} with item {@code itemId} too (nothing changes if it already does). */
    record LinkGroup(int itemId, int groupId, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            ItemCommands.liveItem(tx, itemId);
            String name = group(tx, groupId);
            link(tx, itemId, groupId);
            w.changed(tx, "modifier_group_linked", groupId, name, by);
            return null;
        }
    }

    /** Stops offering group {@code groupId} with item {@code itemId}; the group stays for other items. */
    record UnlinkGroup(int itemId, int groupId, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            ItemCommands.liveItem(tx, itemId);
            String name = group(tx, groupId);
            int removed = tx.sql().deleteFrom(MENU_ITEM_MODIFIER_GROUP)
                    .where(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID.eq(itemId))
                    .and(MENU_ITEM_MODIFIER_GROUP.MODIFIER_GROUP_ID.eq(groupId)).execute();
            if (removed == 0) {
                throw Problem.notFound("Item " + itemId + " does not offer " + name);
            }
            w.changed(tx, "modifier_group_unlinked", groupId, name, by);
            return null;
        }
    }

    /** Adds a modifier at the end of its group; answers its id. */
    record AddModifier(int groupId, ModifierDraft d, Integer by, MenuWrites w) implements Command<Integer> {
        @Override
        public Integer apply(Tx tx) {
            w.checkStaff(tx, by);
            group(tx, groupId);
            MenuRules.check("The modifier was refused", MenuRules.modifier(d));
            String name = MenuRules.clean(d.name());
            w.uniqueModifier(tx, groupId, name, null);
            int id = (int) tx.nextId(w.modifierIds);
            Integer last = tx.sql().select(org.jooq.impl.DSL.max(MODIFIER.SORT_ORDER)).from(MODIFIER)
                    .where(MODIFIER.MODIFIER_GROUP_ID.eq(groupId)).fetchOne(0, Integer.class);
            tx.sql().insertInto(MODIFIER)
                    .set(MODIFIER.ID, id)
                    .set(MODIFIER.MODIFIER_GROUP_ID, groupId)
                    .set(MODIFIER.NAME, name)
                    .set(MODIFIER.PRICE_DELTA, d.priceDelta())
                    .set(MODIFIER.AVAILABLE, d.available())
                    .set(MODIFIER.ALLERGENS, Allergen.codes(d.allergens()))
                    .set(MODIFIER.SORT_ORDER, last == null ? 0 : last + 1)
                    .execute();
            w.changed(tx, "modifier_added", id, name, by);
            return id;
        }
    }

    record UpdateModifier(int id, ModifierDraft d, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            Integer groupId = tx.sql().select(MODIFIER.MODIFIER_GROUP_ID).from(MODIFIER).where(MODIFIER.ID.eq(id))
                    .fetchOne(MODIFIER.MODIFIER_GROUP_ID);
            if (groupId == null) {
                throw Problem.notFound("There is no modifier " + id);
            }
            MenuRules.check("The modifier was refused", MenuRules.modifier(d));
            String name = MenuRules.clean(d.name());
            w.uniqueModifier(tx, groupId, name, id);
            tx.sql().update(MODIFIER)
                    .set(MODIFIER.NAME, name)
                    .set(MODIFIER.PRICE_DELTA, d.priceDelta())
                    .set(MODIFIER.AVAILABLE, d.available())
                    .set(MODIFIER.ALLERGENS, Allergen.codes(d.allergens()))
                    .where(MODIFIER.ID.eq(id)).execute();
            w.changed(tx, "modifier_updated", id, name, by);
            return null;
        }
    }

    /** Deletes a modifier; order lines that chose it keep their own copy. */
    record RemoveModifier(int id, Integer by, MenuWrites w) implements Command<Void> {
        @Override
        public Void apply(Tx tx) {
            w.checkStaff(tx, by);
            String name = tx.sql().select(MODIFIER.NAME).from(MODIFIER).where(MODIFIER.ID.eq(id))
                    .fetchOne(MODIFIER.NAME);
            if (name == null) {
                throw Problem.notFound("There is no modifier " + id);
            }
            tx.sql().deleteFrom(MODIFIER).where(MODIFIER.ID.eq(id)).execute();
            w.changed(tx, "modifier_removed", id, name, by);
            return null;
        }
    }
}

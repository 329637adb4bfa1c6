package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.MENU_ITEM_MODIFIER_GROUP;
import static com.bistro92.db.Tables.MODIFIER_GROUP;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.text.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A confirmed CSV import, as one command: every row is checked again inside the transaction
 * (the menu may have changed since the preview), and one bad row refuses the whole file. Items
 * are matched by name: a known one is updated, an unknown one added (its category too, if new).
 * With {@code removeMissing}, items the file does not list are taken off the menu.
 */
record ImportCommand(List<CsvItem> rows, boolean removeMissing, Integer by, MenuWrites w)
        implements Command<ImportResult> {

    ImportCommand {
        rows = List.copyOf(rows);
    }

    @Override
    public ImportResult apply(Tx tx) {
        w.checkStaff(tx, by);
        Map<String, Integer> groups = new HashMap<>();
        tx.sql().select(MODIFIER_GROUP.ID, MODIFIER_GROUP.NAME).from(MODIFIER_GROUP)
                .forEach(g -> groups.put(g.value2().toLowerCase(Locale.ROOT), g.value1()));
        check(groups);
        Map<String, Integer> categories = new HashMap<>();
        tx.sql().select(MENU_CATEGORY.ID, MENU_CATEGORY.NAME_KEY).from(MENU_CATEGORY)
                .where(MENU_CATEGORY.HIDDEN.isFalse()).forEach(c -> categories.put(c.value2(), c.value1()));
        Map<String, Integer> items = new HashMap<>();
        Map<Integer, List<Allergen>> allergens = new HashMap<>();
        tx.sql().select(MENU_ITEM.ID, MENU_ITEM.NAME_KEY, MENU_ITEM.ALLERGENS).from(MENU_ITEM)
                .where(MENU_ITEM.HIDDEN.isFalse())
                .forEach(i -> {
                    items.put(i.value2(), i.value1());
                    allergens.put(i.value1(), Allergen.parse(i.value3()));
                });
        int added = 0;
        int updated = 0;
        for (CsvItem row : rows) {
            int categoryId = categories.computeIfAbsent(Keys.of(row.category()), k -> addCategory(tx, row.category()));
            String name = MenuRules.clean(row.name());
            Integer id = items.get(Keys.of(name));
            if (id == null) {
                id = (int) tx.nextId(w.itemIds);
                ItemCommands.insert(tx, id, name, row.draft(categoryId, List.of()));
                added++;
            } else {
                ItemCommands.update(tx, id, name, row.draft(categoryId, allergens.get(id)));
                updated++;
            }
            if (row.groups() != null) {
                linkGroups(tx, id, row.groups(), groups);
            }
        }
        int removed = 0;
        if (removeMissing) {
            Set<String> listed = new HashSet<>();
            rows.forEach(r -> listed.add(Keys.of(r.name())));
            List<Integer> gone = items.entrySet().stream().filter(e -> !listed.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            removed = tx.sql().update(MENU_ITEM).set(MENU_ITEM.HIDDEN, true).where(MENU_ITEM.ID.in(gone)).execute();
        }
        w.changed(tx, "menu_imported", null, added + " added, " + updated + " updated, " + removed + " removed", by);
        return new ImportResult(added, updated, removed);
    }

    /** Every row once more, against the rules and the groups as they are now; any failure refuses the file. */
    private void check(Map<String, Integer> groups) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvItem row : rows) {
            String field = "line " + row.line();
            String category = MenuRules.name(row.category(), MenuRules.CATEGORY_NAME_MAX);
            if (category != null) {
                errors.add(new FieldError(field, "category: " + category));
            }
            MenuRules.item(row.draft(0, List.of())).forEach(e -> errors.add(new FieldError(field, e.field() + ": " + e.message())));
            if (row.name() != null && !names.add(Keys.of(row.name()))) {
                errors.add(new FieldError(field, "name: " + row.name() + " is in the file twice"));
            }
            if (row.groups() != null) {
                row.groups().stream().filter(g -> !groups.containsKey(g.toLowerCase(Locale.ROOT)))
                        .forEach(g -> errors.add(new FieldError(field, "modifier_groups: no group called " + g)));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("file", "The file has no rows to import"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The import was refused; nothing was changed", errors);
        }
    }

    private int addCategory(Tx tx, String name) {
        int id = (int) tx.nextId(w.categoryIds);
        Integer last = tx.sql().select(org.jooq.impl.DSL.max(MENU_CATEGORY.SORT_ORDER)).from(MENU_CATEGORY)
                .fetchOne(0, Integer.class);
        String clean = MenuRules.clean(name);
        tx.sql().insertInto(MENU_CATEGORY).set(MENU_CATEGORY.ID, id).set(MENU_CATEGORY.NAME, clean)
                .set(MENU_CATEGORY.NAME_KEY, Keys.of(clean)).set(MENU_CATEGORY.SORT_ORDER, last == null ? 0 : last + 1)
                .execute();
        return id;
    }

    private static void linkGroups(Tx tx, int itemId, List<String> names, Map<String, Integer> groups) {
        tx.sql().deleteFrom(MENU_ITEM_MODIFIER_GROUP).where(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID.eq(itemId)).execute();
        int order = 0;
        Set<Integer> done = new HashSet<>();
        for (String name : names) {
            int groupId = groups.get(name.toLowerCase(Locale.ROOT));
            if (done.add(groupId)) {
                tx.sql().insertInto(MENU_ITEM_MODIFIER_GROUP)
                        .set(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID, itemId)
                        .set(MENU_ITEM_MODIFIER_GROUP.MODIFIER_GROUP_ID, groupId)
                        .set(MENU_ITEM_MODIFIER_GROUP.SORT_ORDER, order++)
                        .execute();
            }
        }
    }
}

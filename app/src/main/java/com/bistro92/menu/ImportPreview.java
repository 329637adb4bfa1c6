package com.bistro92.menu;

import com.bistro92.text.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What importing a CSV file would do to the menu as it is now: each good row as new, changed (and
 * how) or unchanged; every bad row with its line and reason; and the items on the menu that the
 * file does not list. Nothing is written until the manager confirms, and not at all while a row
 * is bad.
 */
public record ImportPreview(List<Row> rows, List<MenuCsv.BadRow> bad, List<String> notInFile) {

    public enum Change { NEW, CHANGED, UNCHANGED }

    /** A good row and what it would change; {@code what} says how, e.g. "price 14.50 → 15.00". */
    public record Row(CsvItem item, Change change, String what) {
    }

    public ImportPreview {
        rows = List.copyOf(rows);
        bad = List.copyOf(bad);
        notInFile = List.copyOf(notInFile);
    }

    /** Whether the file can be imported: it has rows and none is bad. */
    public boolean importable() {
        return bad.isEmpty() && !rows.isEmpty();
    }

    public long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    /** The items the import would write: the new and changed ones. */
    public List<CsvItem> changes() {
        return rows.stream().filter(r -> r.change() != Change.UNCHANGED).map(Row::item).toList();
    }

    /** Compares {@code read} with {@code menu}; a row naming a modifier group that does not exist is bad. */
    public static ImportPreview of(MenuCsv.Read read, Menu menu, List<Menu.Group> groups) {
        Map<String, Menu.Item> items = new HashMap<>();
        Map<Integer, String> categoryOf = new HashMap<>();
        for (Menu.Category c : menu.categories()) {
            for (Menu.Item i : c.items()) {
                items.put(Keys.of(i.name()), i);
                categoryOf.put(i.id(), c.name());
            }
        }
        Set<String> groupNames = new HashSet<>();
        groups.forEach(g -> groupNames.add(g.name().toLowerCase(Locale.ROOT)));
        List<MenuCsv.BadRow> bad = new ArrayList<>(read.bad());
        List<Row> rows = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (CsvItem row : read.items()) {
            inFile.add(Keys.of(row.name()));
            List<String> unknown = row.groups() == null ? List.of()
                    : row.groups().stream().filter(g -> !groupNames.contains(g.toLowerCase(Locale.ROOT))).toList();
            if (!unknown.isEmpty()) {
                bad.add(new MenuCsv.BadRow(row.line(), "modifier_groups: no group called " + String.join(", ", unknown)));
                continue;
            }
            Menu.Item now = items.get(Keys.of(row.name()));
            if (now == null) {
                rows.add(new Row(row, Change.NEW, "new in " + row.category()));
            } else {
                String what = differences(row, now, categoryOf.get(now.id()));
                rows.add(new Row(row, what.isEmpty() ? Change.UNCHANGED : Change.CHANGED, what));
            }
        }
        bad.sort(java.util.Comparator.comparingLong(MenuCsv.BadRow::line));
        List<String> missing = new ArrayList<>();
        menu.categories().forEach(c -> c.items().stream().filter(i -> !inFile.contains(Keys.of(i.name())))
                .forEach(i -> missing.add(i.name())));
        return new ImportPreview(rows, bad, missing);
    }

    private static String codes(List<Allergen> allergens) {
        return allergens.isEmpty() ? "none" : String.join(", ", allergens.stream().map(Allergen::code).toList());
    }

    private static String differences(CsvItem row, Menu.Item now, String category) {
        List<String> what = new ArrayList<>();
        if (!Keys.of(row.category()).equals(Keys.of(category))) {
            what.add("category " + category + " → " + row.category());
        }
        if (!row.name().equals(now.name())) {
            what.add("name " + now.name() + " → " + row.name());
        }
        if (!row.description().strip().equals(now.description())) {
            what.add("description");
        }
        if (row.price().compareTo(now.price()) != 0) {
            what.add("price " + now.price().toPlainString() + " → " + row.price().setScale(2).toPlainString());
        }
        if (row.prepMinutes() != now.prepMinutes()) {
            what.add("prep " + now.prepMinutes() + " → " + row.prepMinutes() + " min");
        }
        if (!row.station().equals(now.station())) {
            what.add("station " + now.station() + " → " + row.station());
        }
        if (row.available() != now.available()) {
            what.add(row.available() ? "back on" : "86'd");
        }
        if (row.allergens() != null && !row.allergens().equals(now.allergens())) {
            what.add("allergens " + codes(now.allergens()) + " → " + codes(row.allergens()));
        }
        if (row.groups() != null && !row.groups().stream().map(g -> g.toLowerCase(Locale.ROOT)).toList()
                .equals(now.modifierGroups().stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList())) {
            what.add("modifier groups");
        }
        return String.join(", ", what);
    }
}

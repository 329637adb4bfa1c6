package com.bistro92.menu;

import com.bistro92.text.Keys;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The menu as a CSV file (RFC 4180, UTF-8, a header line), one row per item:
 * {@code category,name,description,price,prep_minutes,station,available,modifier_groups,allergens}.
 * Only {@code category}, {@code name} and {@code price} are required; {@code modifier_groups}
 * lists existing groups by name, separated by {@code ;}, and {@code allergens} the allergens the
 * item contains ({@link Allergen}'s codes or English names, separated by {@code ;}).
 */
public final class MenuCsv {

    /** The columns, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of("category", "name", "description", "price", "prep_minutes",
            "station", "available", "modifier_groups", "allergens");
    private static final Set<String> REQUIRED = Set.of("category", "name", "price");
    /** More rows than any menu has: a bigger file is a mistake, and refused whole. */
    public static final int MAX_ROWS = 5_000;

    /** One row that cannot be imported, and why. */
    public record BadRow(long line, String reason) {
    }

    /** What a file held: its good rows and its bad ones. */
    public record Read(List<CsvItem> items, List<BadRow> bad, boolean hasGroups) {
        public Read {
            items = List.copyOf(items);
            bad = List.copyOf(bad);
        }
    }

    private MenuCsv() {
    }

    /** The whole menu, every item with its category and the groups it offers. */
    public static String export(Menu menu) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\n").get().print(out)) {
            for (Menu.Category c : menu.categories()) {
                for (Menu.Item i : c.items()) {
                    csv.printRecord(c.name(), i.name(), i.description(),
                            i.price().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), i.prepMinutes(),
                            i.station(), i.available() ? "yes" : "no",
                            String.join("; ", i.modifierGroups().stream().map(Menu.Group::name).toList()),
                            String.join("; ", i.allergens().stream().map(Allergen::code).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads a file, checking every row on its own; the menu's own state is compared later. */
    public static Read read(Reader in) {
        List<CsvItem> items = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        boolean hasGroups = false;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            hasGroups = header.contains("modifier_groups");
            List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
            List<String> missing = REQUIRED.stream().filter(r -> !header.contains(r)).sorted().toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                bad.add(new BadRow(1, (missing.isEmpty() ? "" : "missing column " + String.join(", ", missing))
                        + (!missing.isEmpty() && !unknown.isEmpty() ? "; " : "")
                        + (unknown.isEmpty() ? "" : "unknown column " + String.join(", ", unknown))
                        + " (expected " + String.join(",", COLUMNS) + ")"));
                return new Read(items, bad, false);
            }
            Iterator<CSVRecord> records = parser.iterator();
            int rows = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    bad.add(new BadRow(line, "the file cannot be read from here on: " + rootMessage(e)));
                    break;
                }
                if (++rows > MAX_ROWS) {
                    bad.add(new BadRow(line, "more than " + MAX_ROWS + " rows; split the file"));
                    break;
                }
                row(record, header, line, seen, items, bad);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            bad.add(new BadRow(1, "the file cannot be read: " + rootMessage(e)));
        }
        return new Read(items, bad, hasGroups);
    }

    private static void row(CSVRecord record, List<String> header, long line, Map<String, Long> seen,
                            List<CsvItem> items, List<BadRow> bad) {
        if (record.size() != header.size()) {
            bad.add(new BadRow(line, "has " + record.size() + " fields, the header has " + header.size()));
            return;
        }
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            v.put(header.get(i), record.get(i));
        }
        List<String> why = new ArrayList<>();
        String category = v.get("category");
        String categoryProblem = MenuRules.name(category, MenuRules.CATEGORY_NAME_MAX);
        if (categoryProblem != null) {
            why.add("category: " + categoryProblem);
        }
        BigDecimal price = MenuRules.decimal(v.get("price"));
        int prep = 10;
        if (v.containsKey("prep_minutes") && !v.get("prep_minutes").isEmpty()) {
            try {
                prep = Integer.parseInt(v.get("prep_minutes"));
            } catch (NumberFormatException e) {
                why.add("prep_minutes: not a whole number: " + v.get("prep_minutes"));
            }
        }
        String station = v.getOrDefault("station", "");
        station = station.isEmpty() ? "KITCHEN" : station;
        Boolean available = yesNo(v.getOrDefault("available", ""));
        if (available == null) {
            why.add("available: write yes or no, not " + v.get("available"));
        }
        List<String> groups = v.containsKey("modifier_groups")
                ? Arrays.stream(v.get("modifier_groups").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : null;
        List<Allergen> allergens = null;
        if (v.containsKey("allergens")) {
            try {
                allergens = Allergen.parse(v.get("allergens"));
            } catch (IllegalArgumentException e) {
                why.add("allergens: " + e.getMessage());
            }
        }
        CsvItem item = new CsvItem(line, category == null ? null : MenuRules.clean(category), v.get("name"),
                v.getOrDefault("description", ""), price, prep, station, available == null || available, groups,
                allergens);
        if (price == null) {
            why.add("price: not an amount such as 12.50: " + v.get("price"));
        }
        for (var error : MenuRules.item(item.draft(0, List.of()))) {
            if (!(error.field().equals("price") && price == null)) {
                why.add(error.field() + ": " + error.message());
            }
        }
        if (why.isEmpty()) {
            Long first = seen.putIfAbsent(Keys.of(item.name()), line);
            if (first != null) {
                why.add("name: " + item.name().strip() + " is already on line " + first);
            }
        }
        if (why.isEmpty()) {
            items.add(new CsvItem(line, item.category(), MenuRules.clean(item.name()), item.description(), price,
                    prep, MenuRules.stationOf(station), item.available(), groups, allergens));
        } else {
            bad.add(new BadRow(line, String.join("; ", why)));
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "yes", "y", "true", "1" -> Boolean.TRUE;
            case "no", "n", "false", "0", "86" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

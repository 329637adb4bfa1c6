package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_ITEM;

import com.bistro92.text.Keys;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Finds menu items by the name a client typed, for pricing orders. Holds the menu in memory
 * and reloads it when told the menu changed.
 */
public final class MenuLookup {

    /** What an order needs to know of a menu item. */
    public record Entry(int id, String name, BigDecimal price, boolean available, String station) {
    }

    private final DSLContext dsl;
    private volatile Map<String, Entry> byKey;

    public MenuLookup(DSLContext dsl) {
        this.dsl = dsl;
        reload();
    }

    /** The item whose name matches {@code name}, ignoring case and extra spaces. */
    public Optional<Entry> byName(String name) {
        return Optional.ofNullable(byKey.get(Keys.of(name)));
    }

    /** Reads the menu again; call after any menu change. */
    public void reload() {
        byKey = dsl.select(MENU_ITEM.ID, MENU_ITEM.NAME, MENU_ITEM.PRICE, MENU_ITEM.AVAILABLE, MENU_ITEM.STATION,
                        MENU_ITEM.NAME_KEY)
                .from(MENU_ITEM)
                .fetch()
                .stream()
                .collect(Collectors.toUnmodifiableMap(r -> r.get(MENU_ITEM.NAME_KEY),
                        r -> new Entry(r.get(MENU_ITEM.ID), r.get(MENU_ITEM.NAME), r.get(MENU_ITEM.PRICE),
                                r.get(MENU_ITEM.AVAILABLE), r.get(MENU_ITEM.STATION)),
                        (a, b) -> a));
    }

    /** Number of items known, for diagnostics. */
    public int size() {
        return byKey.size();
    }

}

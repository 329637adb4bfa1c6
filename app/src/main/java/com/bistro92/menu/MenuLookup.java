package com.bistro92.menu;

import com.bistro92.text.Keys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The menu in memory, for pricing orders and for the pads: items by id and by the name a client
 * typed. Reloaded whenever the menu changes.
 */
public final class MenuLookup {

    private record Indexed(Menu menu, Map<Integer, Menu.Item> byId, Map<String, Menu.Item> byKey,
                           List<Menu.Group> groups) {
    }

    private final DSLContext dsl;
    private volatile Indexed current;

    public MenuLookup(DSLContext dsl) {
        this.dsl = dsl;
        reload();
    }

    /** The item whose name matches {@code name}, ignoring case and extra spaces. */
    public Optional<Menu.Item> byName(String name) {
        return Optional.ofNullable(current.byKey().get(Keys.of(name)));
    }

    public Optional<Menu.Item> byId(int id) {
        return Optional.ofNullable(current.byId().get(id));
    }

    /** The whole menu as it is now. */
    public Menu menu() {
        return current.menu();
    }

    /** Reads the menu again; call after any menu change. */
    public void reload() {
        MenuReader.Read read = MenuReader.read(dsl);
        Menu menu = read.menu();
        Map<Integer, Menu.Item> byId = new HashMap<>();
        Map<String, Menu.Item> byKey = new HashMap<>();
        for (Menu.Category category : menu.categories()) {
            for (Menu.Item item : category.items()) {
                byId.put(item.id(), item);
                byKey.putIfAbsent(Keys.of(item.name()), item);
            }
        }
        current = new Indexed(menu, Map.copyOf(byId), Map.copyOf(byKey), read.groups());
    }

    /** Every modifier group, whether an item offers it or not, by name. */
    public List<Menu.Group> groups() {
        return current.groups();
    }

    /** The photo of item {@code itemId}, read from the database; empty if it has none. */
    public Optional<Photo> photo(int itemId) {
        return MenuReader.photo(dsl, itemId);
    }

    /** Number of items known, for diagnostics. */
    public int size() {
        return current.byId().size();
    }
}

package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.MENU_ITEM_MODIFIER_GROUP;
import static com.bistro92.db.Tables.MENU_ITEM_PHOTO;
import static com.bistro92.db.Tables.MODIFIER;
import static com.bistro92.db.Tables.MODIFIER_GROUP;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Reads the whole menu in a handful of queries, whatever its size. Categories and items taken off
 * the menu are left out; every modifier group is read, linked to an item or not.
 */
final class MenuReader {

    /** The menu, and every modifier group there is (for the editor, which links them to items). */
    record Read(Menu menu, List<Menu.Group> groups) {
    }

    private MenuReader() {
    }

    static Read read(DSLContext dsl) {
        Map<Integer, List<Menu.Modifier>> modifiers = new LinkedHashMap<>();
        dsl.selectFrom(MODIFIER).orderBy(MODIFIER.MODIFIER_GROUP_ID, MODIFIER.SORT_ORDER, MODIFIER.ID)
                .forEach(m -> modifiers.computeIfAbsent(m.getModifierGroupId(), k -> new ArrayList<>())
                        .add(new Menu.Modifier(m.getId(), m.getName(), cents(m.getPriceDelta()), m.getAvailable(),
                                Allergen.parse(m.getAllergens()))));
        Map<Integer, Menu.Group> groups = new LinkedHashMap<>();
        dsl.selectFrom(MODIFIER_GROUP).orderBy(MODIFIER_GROUP.NAME, MODIFIER_GROUP.ID).forEach(g -> groups.put(g.getId(),
                new Menu.Group(g.getId(), g.getName(), g.getMinChoices(), g.getMaxChoices(),
                        modifiers.getOrDefault(g.getId(), List.of()))));
        Map<Integer, List<Menu.Group>> groupsOfItem = new LinkedHashMap<>();
        dsl.selectFrom(MENU_ITEM_MODIFIER_GROUP)
                .orderBy(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID, MENU_ITEM_MODIFIER_GROUP.SORT_ORDER)
                .forEach(link -> groupsOfItem.computeIfAbsent(link.getMenuItemId(), k -> new ArrayList<>())
                        .add(groups.get(link.getModifierGroupId())));
        Set<Integer> withPhoto = new HashSet<>(dsl.select(MENU_ITEM_PHOTO.MENU_ITEM_ID).from(MENU_ITEM_PHOTO)
                .fetch(MENU_ITEM_PHOTO.MENU_ITEM_ID));
        Map<Integer, List<Menu.Item>> items = new LinkedHashMap<>();
        dsl.selectFrom(MENU_ITEM).where(MENU_ITEM.HIDDEN.isFalse())
                .orderBy(MENU_ITEM.CATEGORY_ID, MENU_ITEM.SORT_ORDER, MENU_ITEM.ID)
                .forEach(i -> items.computeIfAbsent(i.getCategoryId(), k -> new ArrayList<>())
                        .add(new Menu.Item(i.getId(), i.getName(), i.getDescription(), cents(i.getPrice()), i.getAvailable(),
                                i.getPrepMinutes(), i.getStation(), groupsOfItem.getOrDefault(i.getId(), List.of()),
                                withPhoto.contains(i.getId()), Allergen.parse(i.getAllergens()))));
        List<Menu.Category> categories = new ArrayList<>();
        dsl.selectFrom(MENU_CATEGORY).where(MENU_CATEGORY.HIDDEN.isFalse())
                .orderBy(MENU_CATEGORY.SORT_ORDER, MENU_CATEGORY.ID)
                .forEach(c -> categories.add(new Menu.Category(c.getId(), c.getName(),
                        items.getOrDefault(c.getId(), List.of()))));
        return new Read(new Menu(categories), List.copyOf(groups.values()));
    }

    /** Amounts always with two decimals, so that every client reads 14.50, never 14.5. */
    private static java.math.BigDecimal cents(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** The photo of item {@code itemId}, if it has one. */
    static Optional<Photo> photo(DSLContext dsl, int itemId) {
        return dsl.selectFrom(MENU_ITEM_PHOTO).where(MENU_ITEM_PHOTO.MENU_ITEM_ID.eq(itemId)).fetchOptional()
                .map(p -> new Photo(p.getBytes(), p.getMediaType(), p.getWidth(), p.getHeight()));
    }
}

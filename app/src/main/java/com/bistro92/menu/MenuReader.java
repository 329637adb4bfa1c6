package com.bistro92.menu;

import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.MENU_ITEM_MODIFIER_GROUP;
import static com.bistro92.db.Tables.MODIFIER;
import static com.bistro92.db.Tables.MODIFIER_GROUP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Reads the whole menu in five queries, whatever its size. */
final class MenuReader {

    private MenuReader() {
    }

    static Menu read(DSLContext dsl) {
        Map<Integer, List<Menu.Modifier>> modifiers = new LinkedHashMap<>();
        dsl.selectFrom(MODIFIER).orderBy(MODIFIER.MODIFIER_GROUP_ID, MODIFIER.SORT_ORDER, MODIFIER.ID)
                .forEach(m -> modifiers.computeIfAbsent(m.getModifierGroupId(), k -> new ArrayList<>())
                        .add(new Menu.Modifier(m.getId(), m.getName(), m.getPriceDelta(), m.getAvailable())));
        Map<Integer, Menu.Group> groups = new LinkedHashMap<>();
        dsl.selectFrom(MODIFIER_GROUP).orderBy(MODIFIER_GROUP.ID).forEach(g -> groups.put(g.getId(),
                new Menu.Group(g.getId(), g.getName(), g.getMinChoices(), g.getMaxChoices(),
                        modifiers.getOrDefault(g.getId(), List.of()))));
        Map<Integer, List<Menu.Group>> groupsOfItem = new LinkedHashMap<>();
        dsl.selectFrom(MENU_ITEM_MODIFIER_GROUP)
                .orderBy(MENU_ITEM_MODIFIER_GROUP.MENU_ITEM_ID, MENU_ITEM_MODIFIER_GROUP.SORT_ORDER)
                .forEach(link -> groupsOfItem.computeIfAbsent(link.getMenuItemId(), k -> new ArrayList<>())
                        .add(groups.get(link.getModifierGroupId())));
        Map<Integer, List<Menu.Item>> items = new LinkedHashMap<>();
        dsl.selectFrom(MENU_ITEM).orderBy(MENU_ITEM.CATEGORY_ID, MENU_ITEM.SORT_ORDER, MENU_ITEM.ID)
                .forEach(i -> items.computeIfAbsent(i.getCategoryId(), k -> new ArrayList<>())
                        .add(new Menu.Item(i.getId(), i.getName(), i.getDescription(), i.getPrice(), i.getAvailable(),
                                i.getPrepMinutes(), i.getStation(), groupsOfItem.getOrDefault(i.getId(), List.of()))));
        List<Menu.Category> categories = new ArrayList<>();
        dsl.selectFrom(MENU_CATEGORY).orderBy(MENU_CATEGORY.SORT_ORDER, MENU_CATEGORY.ID)
                .forEach(c -> categories.add(new Menu.Category(c.getId(), c.getName(),
                        items.getOrDefault(c.getId(), List.of()))));
        return new Menu(categories);
    }
}

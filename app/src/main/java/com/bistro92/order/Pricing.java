package com.bistro92.order;

import com.bistro92.menu.Allergen;
import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuLookup;
import com.bistro92.order.OrderItem.ChosenModifier;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices requested lines from the menu, never from the client. A line by id must name an
 * available item and modifiers that item offers, within each group's limits. A line by name
 * (the seed protocol) is linked to the menu item of that name, or kept as an open item at 0.
 */
final class Pricing {

    private static final String OPEN_ITEM_STATION = "KITCHEN";

    private Pricing() {
    }

    /**
     * @param fromMenuOnly true for a pad's order: a line by name must name a menu item, and its
     *                     required modifiers apply, as they do to a line by id
     * @throws Problem 422 naming every line that cannot be ordered
     */
    static List<OrderItem> price(MenuLookup menu, List<NewOrder.Line> requested, boolean fromMenuOnly) {
        List<OrderItem> items = new ArrayList<>(requested.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewOrder.Line line = requested.get(i);
            String at = "items[" + i + "]";
            String instructions = line.instructions() == null ? "" : line.instructions().strip();
            int quantity = line.quantity();
            if (line.menuItemId() != null) {
                Optional<Menu.Item> item = menu.byId(line.menuItemId());
                if (item.isEmpty()) {
                    errors.add(new FieldError(at + ".menu_item_id", "there is no menu item " + line.menuItemId()));
                } else if (!item.get().available()) {
                    errors.add(new FieldError(at + ".menu_item_id", item.get().name() + " is not available right now"));
                } else {
                    List<ChosenModifier> chosen = modifiers(item.get(), line.modifierIds(), at, errors);
                    items.add(line(item.get(), quantity, chosen, instructions));
                }
                continue;
            }
            String name = line.name().strip();
            Optional<Menu.Item> named = menu.byName(name);
            if (named.isEmpty() && fromMenuOnly) {
                errors.add(new FieldError(at + ".name", "there is no " + name + " on the menu; a pad orders from the menu"));
            } else if (named.isEmpty()) {
                BigDecimal zero = BigDecimal.ZERO.setScale(2);
                items.add(new OrderItem(null, name, quantity, zero, List.of(), instructions, zero, OPEN_ITEM_STATION,
                        true));
            } else if (!named.get().available()) {
                errors.add(new FieldError(at + ".name", named.get().name() + " is not available right now"));
            } else {
                List<ChosenModifier> chosen = fromMenuOnly ? modifiers(named.get(), List.of(), at, errors) : List.of();
                items.add(line(named.get(), quantity, chosen, instructions));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("Cannot order these items", errors);
        }
        return items;
    }

    private static OrderItem line(Menu.Item item, int quantity, List<ChosenModifier> chosen, String instructions) {
        BigDecimal unit = chosen.stream().map(ChosenModifier::priceDelta).reduce(item.price(), BigDecimal::add);
        // what the line contains: the item's allergens and those its chosen modifiers add ("add walnuts")
        List<Allergen> allergens = new ArrayList<>(item.allergens());
        item.modifierGroups().stream().flatMap(g -> g.modifiers().stream())
                .filter(m -> chosen.stream().anyMatch(c -> c.id() == m.id()))
                .forEach(m -> allergens.addAll(m.allergens()));
        return new OrderItem(item.id(), item.name(), quantity, unit, chosen, instructions,
                unit.multiply(BigDecimal.valueOf(quantity)), item.station(), false, false, false, false, allergens);
    }

    /** The chosen modifiers, checked against the item's groups; problems go to {@code errors}. */
    private static List<ChosenModifier> modifiers(Menu.Item item, List<Integer> ids, String at,
                                                  List<FieldError> errors) {
        Map<Integer, Menu.Modifier> offered = new HashMap<>();
        Map<Integer, Menu.Group> groupOf = new HashMap<>();
        for (Menu.Group group : item.modifierGroups()) {
            for (Menu.Modifier m : group.modifiers()) {
                offered.put(m.id(), m);
                groupOf.put(m.id(), group);
            }
        }
        List<ChosenModifier> chosen = new ArrayList<>();
        Map<Integer, Integer> perGroup = new HashMap<>();
        for (Integer id : ids) {
            Menu.Modifier m = offered.get(id);
            if (m == null) {
                errors.add(new FieldError(at + ".modifier_ids", "modifier " + id + " is not offered with " + item.name()));
            } else if (!m.available()) {
                errors.add(new FieldError(at + ".modifier_ids", m.name() + " is not available right now"));
            } else {
                chosen.add(new ChosenModifier(m.id(), m.name(), m.priceDelta()));
                perGroup.merge(groupOf.get(id).id(), 1, Integer::sum);
            }
        }
        for (Menu.Group group : item.modifierGroups()) {
            int count = perGroup.getOrDefault(group.id(), 0);
            if (count < group.minChoices() || count > group.maxChoices()) {
                errors.add(new FieldError(at + ".modifier_ids", "choose " + (group.minChoices() == group.maxChoices()
                        ? String.valueOf(group.minChoices()) : group.minChoices() + " to " + group.maxChoices())
                        + " of " + group.name() + " for " + item.name()));
            }
        }
        return chosen;
    }
}

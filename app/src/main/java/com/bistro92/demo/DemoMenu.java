package com.bistro92.demo;

import java.util.List;
import java.util.Map;

/** The demo restaurant's menu, as data. Prices are decimal strings. */
final class DemoMenu {

    record Choice(String name, String delta) {
    }

    record Group(String name, int min, int max, List<Choice> choices) {
    }

    record Item(String name, String description, String price, int prepMinutes, String station, List<String> groups) {
    }

    record Category(String name, List<Item> items) {
    }

    private static final String DONENESS = "Doneness";
    private static final String BURGER_EXTRAS = "Burger extras";
    private static final String PIZZA_EXTRAS = "Pizza extras";
    private static final String DRESSING = "Dressing";
    private static final String MILK = "Milk";
    private static final String SIZE = "Size";
    private static final String SCOOPS = "Ice cream flavours";

    static final List<Group> GROUPS = List.of(
            new Group(DONENESS, 1, 1, List.of(new Choice("Rare", "0"), new Choice("Medium rare", "0"),
                    new Choice("Medium", "0"), new Choice("Well done", "0"))),
            new Group(BURGER_EXTRAS, 0, 4, List.of(new Choice("Extra cheese", "1.50"), new Choice("Bacon", "2.00"),
                    new Choice("Avocado", "2.50"), new Choice("Gluten-free bun", "1.00"))),
            new Group(PIZZA_EXTRAS, 0, 4, List.of(new Choice("Extra mozzarella", "1.80"), new Choice("Salami", "2.20"),
                    new Choice("Mushrooms", "1.20"), new Choice("Chili oil", "0.50"))),
            new Group(DRESSING, 1, 1, List.of(new Choice("Caesar", "0"), new Choice("Vinaigrette", "0"),
                    new Choice("On the side", "0"))),
            new Group(MILK, 1, 1, List.of(new Choice("Whole milk", "0"), new Choice("Oat milk", "0.50"),
                    new Choice("Soy milk", "0.40"))),
            new Group(SIZE, 1, 1, List.of(new Choice("Regular", "0"), new Choice("Large", "1.50"))),
            new Group(SCOOPS, 3, 3, List.of(new Choice("Vanilla", "0"), new Choice("Chocolate", "0"),
                    new Choice("Strawberry", "0"), new Choice("Pistachio", "0.50"))));

    static final List<Category> CATEGORIES = List.of(
            new Category("Starters", List.of(
                    new Item("Garlic Bread", "Toasted sourdough, garlic butter, parsley", "5.50", 6, "OVEN", List.of()),
                    new Item("Caesar Salad", "Romaine, parmesan, croutons, anchovy dressing", "9.50", 7, "COLD",
                            List.of(DRESSING)),
                    new Item("Tomato Soup", "Roasted tomatoes, basil, cream", "7.00", 5, "HOT", List.of()),
                    new Item("Crispy Calamari", "Lemon aioli, chili salt", "11.00", 8, "FRY", List.of()),
                    new Item("Bruschetta", "Tomato, basil, garlic on grilled bread", "8.00", 6, "COLD", List.of()))),
            new Category("Mains", List.of(
                    new Item("Classic Burger", "Beef patty, cheddar, pickles, house sauce", "14.50", 12, "GRILL",
                            List.of(DONENESS, BURGER_EXTRAS)),
                    new Item("Margherita Pizza", "San Marzano tomato, mozzarella, basil", "13.00", 10, "OVEN",
                            List.of(PIZZA_EXTRAS)),
                    new Item("Grilled Salmon", "Lemon butter, seasonal greens", "21.00", 15, "GRILL", List.of()),
                    new Item("Steak Frites", "Sirloin, herb butter, fries", "26.00", 18, "GRILL", List.of(DONENESS)),
                    new Item("Mushroom Risotto", "Arborio, porcini, parmesan", "16.50", 16, "HOT", List.of()),
                    new Item("Chicken Curry", "Coconut, coriander, basmati rice", "17.00", 12, "HOT", List.of()))),
            new Category("Sides", List.of(
                    new Item("Truffle Fries", "Parmesan, truffle oil", "6.50", 6, "FRY", List.of()),
                    new Item("Sweet Potato Fries", "Smoked paprika mayo", "6.00", 6, "FRY", List.of()),
                    new Item("Side Salad", "Leaves, cucumber, vinaigrette", "4.50", 3, "COLD", List.of(DRESSING)),
                    new Item("Onion Rings", "Beer batter", "5.50", 6, "FRY", List.of()))),
            new Category("Desserts", List.of(
                    new Item("Chocolate Lava Cake", "Warm centre, vanilla ice cream", "8.50", 12, "PASTRY", List.of()),
                    new Item("Tiramisu", "Mascarpone, espresso, cocoa", "7.50", 3, "PASTRY", List.of()),
                    new Item("Lemon Tart", "Shortcrust, torched meringue", "7.00", 3, "PASTRY", List.of()),
                    new Item("Ice Cream Trio", "Three scoops of your choice", "6.00", 3, "PASTRY", List.of(SCOOPS)))),
            new Category("Drinks", List.of(
                    new Item("Lemonade", "Fresh lemons, mint", "4.00", 2, "BAR", List.of(SIZE)),
                    new Item("Iced Tea", "Peach black tea", "3.50", 2, "BAR", List.of(SIZE)),
                    new Item("Espresso", "Double shot", "2.80", 2, "BAR", List.of()),
                    new Item("Cappuccino", "Espresso, steamed milk", "3.80", 3, "BAR", List.of(MILK)),
                    new Item("Sparkling Water", "750 ml bottle", "3.00", 1, "BAR", List.of()),
                    new Item("House Red Wine", "Glass, 175 ml", "7.50", 1, "BAR", List.of()),
                    new Item("Craft Beer", "Pale ale, 330 ml", "6.50", 1, "BAR", List.of()))));

    /**
     * What each item and choice contains of the 14 allergens EU law lists (codes, comma-separated),
     * as a real kitchen would declare them; the rest contain none.
     */
    private static final Map<String, String> ALLERGENS = Map.ofEntries(
            Map.entry("Garlic Bread", "gluten,milk"),
            Map.entry("Caesar Salad", "gluten,eggs,fish,milk"),
            Map.entry("Tomato Soup", "milk,celery"),
            Map.entry("Crispy Calamari", "gluten,eggs,molluscs"),
            Map.entry("Bruschetta", "gluten"),
            Map.entry("Classic Burger", "gluten,eggs,milk,mustard,sesame"),
            Map.entry("Margherita Pizza", "gluten,milk"),
            Map.entry("Grilled Salmon", "fish,milk"),
            Map.entry("Steak Frites", "milk"),
            Map.entry("Mushroom Risotto", "milk,celery,sulphites"),
            Map.entry("Truffle Fries", "milk"),
            Map.entry("Sweet Potato Fries", "eggs,mustard"),
            Map.entry("Side Salad", "mustard"),
            Map.entry("Onion Rings", "gluten"),
            Map.entry("Chocolate Lava Cake", "gluten,eggs,soy,milk"),
            Map.entry("Tiramisu", "gluten,eggs,milk"),
            Map.entry("Lemon Tart", "gluten,eggs,milk"),
            Map.entry("Ice Cream Trio", "eggs,milk"),
            Map.entry("Cappuccino", "milk"),
            Map.entry("House Red Wine", "sulphites"),
            Map.entry("Craft Beer", "gluten"),
            Map.entry("Extra cheese", "milk"),
            Map.entry("Extra mozzarella", "milk"),
            Map.entry("Caesar", "eggs,fish,milk"),
            Map.entry("Vinaigrette", "mustard"),
            Map.entry("Whole milk", "milk"),
            Map.entry("Oat milk", "gluten"),
            Map.entry("Soy milk", "soy"),
            Map.entry("Pistachio", "nuts"));

    /** The allergens of the item or choice {@code name}, as the database keeps them. */
    static String allergens(String name) {
        return ALLERGENS.getOrDefault(name, "");
    }

    private DemoMenu() {
    }
}

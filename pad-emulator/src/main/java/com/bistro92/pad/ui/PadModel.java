package com.bistro92.pad.ui;

import com.bistro92.pad.client.PadClient;
import com.bistro92.pad.client.PadException;
import com.bistro92.pad.client.PadFeed;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pad's screens, driven by its four buttons: Menu/Back, Select, − (left) and + (right).
 * Categories → items → modifiers → note → quantity → cart → send, then the live status of the
 * table's orders. Everything the server says arrives through the feed; sending runs off the FX
 * thread and keeps its idempotency key until the order is accepted.
 */
public final class PadModel implements PadFeed.Listener {

    /** One line on the pad's screen. */
    public record Option(String label, String detail, boolean enabled) {
    }

    private record CartLine(String text, java.math.BigDecimal total, PadClient.Line line) {
    }

    enum Screen { CATEGORIES, ITEMS, MODIFIERS, NOTE, QUANTITY, CART, STATUS }

    static final List<String> NOTES = List.of("No note", "No onions", "Sauce on the side", "No salt",
            "Extra spicy");

    private final PadClient client;
    private final Executor fx;
    private final Executor background;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper();
    private final ObservableList<Option> options = FXCollections.observableArrayList();
    /** The party's orders as the server last sent them, by id. */
    private final Map<Long, JsonNode> orders = new LinkedHashMap<>();
    private final List<CartLine> cart = new ArrayList<>();
    private Screen screen = Screen.CATEGORIES;
    private JsonNode menu;
    private JsonNode category;
    private JsonNode item;
    private int group;
    private final Set<Integer> chosen = new LinkedHashSet<>();
    private String note = "";
    private int quantity = 1;
    private String sendingKey;
    private boolean sending;
    private final Locale locale;
    private Prices prices;

    public PadModel(PadClient client, Executor fx, Executor background) {
        this(client, fx, background, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** @param locale how prices are written; their currency is the one the menu states */
    public PadModel(PadClient client, Executor fx, Executor background, Locale locale) {
        this.client = client;
        this.fx = fx;
        this.background = background;
        this.locale = locale;
    }

    /** Loads the menu; call on the FX thread. */
    public void start() {
        call(client::menu, loaded -> {
            menu = loaded;
        prices = Prices.of(loaded, locale);
            prices = Prices.of(loaded, locale);
            show(Screen.CATEGORIES);
        });
    }

    public void back() {
        switch (screen) {
            case ITEMS, STATUS, CART -> show(Screen.CATEGORIES);
            case MODIFIERS -> show(Screen.ITEMS);
            case NOTE -> show(item.get("modifier_groups").isEmpty() ? Screen.ITEMS : Screen.MODIFIERS);
            case QUANTITY -> show(Screen.NOTE);
            case CATEGORIES -> show(cart.isEmpty() ? Screen.CATEGORIES : Screen.CART);
        }
    }

    public void left() {
        if (screen == Screen.QUANTITY) {
            quantity = Math.max(1, quantity - 1);
            show(Screen.QUANTITY);
        } else if (!options.isEmpty()) {
            cursor.set((cursor.get() + options.size() - 1) % options.size());
        }
    }

    public void right() {
        if (screen == Screen.QUANTITY) {
            quantity = Math.min(20, quantity + 1);
            show(Screen.QUANTITY);
        } else if (!options.isEmpty()) {
            cursor.set((cursor.get() + 1) % options.size());
        }
    }

    public void select() {
        if (options.isEmpty() || !options.get(cursor.get()).enabled()) {
            return;
        }
        int at = cursor.get();
        switch (screen) {
            case CATEGORIES -> selectCategory(at);
            case ITEMS -> {
                item = category.get("items").get(at);
                chosen.clear();
                group = 0;
                note = "";
                quantity = 1;
                show(item.get("modifier_groups").isEmpty() ? Screen.NOTE : Screen.MODIFIERS);
            }
            case MODIFIERS -> selectModifier(at);
            case NOTE -> {
                note = at == 0 ? "" : NOTES.get(at);
                show(Screen.QUANTITY);
            }
            case QUANTITY -> addToCart();
            case CART -> {
                if (at == cart.size()) {
                    send();
                } else if (at == cart.size() + 1) {
                    show(Screen.CATEGORIES);
                }
            }
            case STATUS -> show(Screen.CATEGORIES);
        }
    }

    private void selectCategory(int at) {
        int categories = menu.get("categories").size();
        if (at < categories) {
            category = menu.get("categories").get(at);
            show(Screen.ITEMS);
        } else if (at == categories) {
            show(Screen.STATUS);
        } else {
            String kind = at == categories + 1 ? "WAITER" : "BILL";
            call(() -> client.callService(kind), merged -> banner.set(kind.equals("BILL")
                    ? "The bill is on its way" : "A waiter is on the way"));
        }
    }

    private void selectModifier(int at) {
        JsonNode g = item.get("modifier_groups").get(group);
        JsonNode modifiers = g.get("modifiers");
        if (at < modifiers.size()) {
            int id = modifiers.get(at).get("id").asInt();
            if (g.get("max_choices").asInt() == 1) {
                modifiers.forEach(m -> chosen.remove(m.get("id").asInt()));
                chosen.add(id);
                nextGroup();
            } else if (!chosen.remove(id)) {
                chosen.add(id);
                show(Screen.MODIFIERS);
                cursor.set(at);
            }
        } else {
            nextGroup();
        }
    }

    private void nextGroup() {
        JsonNode g = item.get("modifier_groups").get(group);
        long picked = 0;
        for (JsonNode m : g.get("modifiers")) {
            picked += chosen.contains(m.get("id").asInt()) ? 1 : 0;
        }
        if (picked < g.get("min_choices").asInt()) {
            banner.set("Please choose " + g.get("name").asText());
            return;
        }
        banner.set("");
        group++;
        show(group < item.get("modifier_groups").size() ? Screen.MODIFIERS : Screen.NOTE);
    }

    private void addToCart() {
        List<String> names = new ArrayList<>();
        for (JsonNode g : item.get("modifier_groups")) {
            for (JsonNode m : g.get("modifiers")) {
                if (chosen.contains(m.get("id").asInt())) {
                    names.add(m.get("name").asText());
                }
            }
        }
        String text = quantity + "× " + item.get("name").asText() + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
                + (note.isEmpty() ? "" : " — " + note);
        java.math.BigDecimal unit = item.get("price").decimalValue();
        for (JsonNode g : item.get("modifier_groups")) {
            for (JsonNode m : g.get("modifiers")) {
                if (chosen.contains(m.get("id").asInt())) {
                    unit = unit.add(m.get("price_delta").decimalValue());
                }
            }
        }
        cart.add(new CartLine(text, unit.multiply(java.math.BigDecimal.valueOf(quantity)),
                new PadClient.Line(item.get("id").asInt(), quantity, List.copyOf(chosen), note)));
        sendingKey = null;
        show(Screen.CART);
    }

    private void send() {
        if (sending || cart.isEmpty()) {
            return;
        }
        if (sendingKey == null) {
            sendingKey = PadClient.newOrderKey();
        }
        sending = true;
        banner.set("Sending…");
        String key = sendingKey;
        List<PadClient.Line> lines = cart.stream().map(CartLine::line).toList();
        CompletableFuture.supplyAsync(() -> place(lines, key), background).whenCompleteAsync((order, failure) -> {
            sending = false;
            Throwable cause = failure == null ? null : failure.getCause() != null ? failure.getCause() : failure;
            if (cause == null) {
                cart.clear();
                sendingKey = null;
                orders.put(order.get("id").asLong(), order);
                banner.set("Order sent");
                show(Screen.STATUS);
            } else if (cause instanceof PadException e && e.offline()) {
                banner.set("Offline — press Select on Send to try again; you will not be charged twice");
            } else if (cause instanceof PadException e && e.status() == 409) {
                banner.set(e.getMessage());
            } else {
                banner.set(cause.getMessage());
            }
        }, fx);
    }

    private JsonNode place(List<PadClient.Line> lines, String key) {
        try {
            return client.placeOrder(lines, "", key);
        } catch (PadException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    @Override
    public void message(JsonNode message) {
        fx.execute(() -> {
            switch (message.path("type").asText()) {
                case "initial" -> message.get("orders").forEach(o -> orders.put(o.get("id").asLong(), o));
                case "new_order", "order_updated" -> orders.put(message.get("order").get("id").asLong(),
                        message.get("order"));
                case "menu_changed" -> call(client::menu, this::menuChanged);
                case "table_seated" -> banner.set("Welcome! Your table is ready: order whenever you like");
                case "table_closed" -> {
                    // the party has gone: the next one at this table does not see its orders
                    orders.clear();
                    banner.set("Thank you! Your bill is closed");
                }
                default -> {
                    return;
                }
            }
            if (screen == Screen.STATUS) {
                show(Screen.STATUS);
            }
        });
    }

    /** Takes the new menu; a guest browsing categories or items sees the change at once. */
    private void menuChanged(JsonNode loaded) {
        menu = loaded;
        prices = Prices.of(loaded, locale);
        if (screen == Screen.ITEMS) {
            int id = category.get("id").asInt();
            for (JsonNode c : menu.get("categories")) {
                if (c.get("id").asInt() == id) {
                    category = c;
                }
            }
            int at = cursor.get();
            show(Screen.ITEMS);
            cursor.set(Math.min(at, options.size() - 1));
        } else if (screen == Screen.CATEGORIES) {
            show(Screen.CATEGORIES);
        }
    }

    @Override
    public void connected(boolean connected) {
        fx.execute(() -> banner.set(connected ? "" : "Offline — reconnecting…"));
    }

    private void show(Screen next) {
        screen = next;
        List<Option> list = new ArrayList<>();
        switch (next) {
            case CATEGORIES -> {
                title.set("Menu");
                menu.get("categories").forEach(c -> list.add(new Option(c.get("name").asText(), "", true)));
                list.add(new Option("Your orders", orders.size() + "", true));
                list.add(new Option("Call a waiter", "", true));
                list.add(new Option("Ask for the bill", "", true));
            }
            case ITEMS -> {
                title.set(category.get("name").asText());
                category.get("items").forEach(i -> list.add(new Option(i.get("name").asText(),
                        i.get("available").asBoolean() ? prices.format(i.get("price").decimalValue()) : "sold out",
                        i.get("available").asBoolean())));
            }
            case MODIFIERS -> {
                JsonNode g = item.get("modifier_groups").get(group);
                title.set(item.get("name").asText() + " · " + g.get("name").asText());
                g.get("modifiers").forEach(m -> list.add(new Option((chosen.contains(m.get("id").asInt()) ? "✓ " : "")
                        + m.get("name").asText(), prices.delta(m.get("price_delta").decimalValue()),
                        m.get("available").asBoolean())));
                list.add(new Option("Done", "", true));
            }
            case NOTE -> {
                title.set("A note for the kitchen?");
                NOTES.forEach(n -> list.add(new Option(n, "", true)));
            }
            case QUANTITY -> {
                title.set(item.get("name").asText());
                list.add(new Option("−  " + quantity + "  +", "Select to add", true));
            }
            case CART -> {
                title.set("Your order");
                cart.forEach(c -> list.add(new Option(c.text(), prices.format(c.total()), false)));
                java.math.BigDecimal total = cart.stream().map(CartLine::total)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                list.add(new Option("Send order", (cart.size() == 1 ? "1 line" : cart.size() + " lines")
                        + (cart.isEmpty() ? "" : " · " + prices.format(total)), !cart.isEmpty()));
                list.add(new Option("Add more", "", true));
            }
            case STATUS -> {
                title.set("Your orders");
                orders.forEach((id, order) -> list.add(new Option("Order #" + id, OrderProgress.of(order), true)));
            }
        }
        options.setAll(list);
        // in the cart, Select sends at once; elsewhere the first line is chosen
        cursor.set(next == Screen.CART ? cart.size() : 0);
    }

    private <T> void call(Callable<T> work, java.util.function.Consumer<T> then) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background).whenCompleteAsync((value, failure) -> {
            if (failure != null) {
                banner.set(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
            } else {
                then.accept(value);
            }
        }, fx);
    }

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    interface Callable<T> {
        T call() throws Exception;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public ObservableList<Option> options() {
        return options;
    }

    Screen screen() {
        return screen;
    }
}

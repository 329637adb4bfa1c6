package com.bistro92.server;

import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.menu.Suggestions;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /api/v1/menu}: the whole menu with an ETag, and the currency its prices are in. A
 * client that sends the ETag back in {@code If-None-Match} gets 304 until the menu (or the
 * currency) changes. The body is serialised once per menu. {@code GET /api/v1/menu/items/{id}/photo}
 * answers an item's photo (PNG or JPEG, at most 480 px a side). The 86 switch,
 * {@code PUT /api/v1/menu/items/{id}/availability} with {@code {"available": false}} (staff), takes
 * an item off the menu and puts it back. {@code GET /api/v1/menu/suggestions} answers the marks the
 * pads show from the order history ({@link Suggestions}): the popular items, and what goes well
 * with each.
 */
final class MenuRoutes {

    /**
     * The menu as pads receive it.
     *
     * @param currency the ISO 4217 code of every price, e.g. {@code "EUR"}; pads show prices with it
     */
    record MenuBody(String currency, List<Menu.Category> categories) {
    }

    record AvailabilityBody(Boolean available) {
    }

    record Availability(int menuItemId, boolean available) {
    }

    private record Cached(Menu menu, String currency, byte[] body, String etag) {
    }

    private final MenuLookup menu;
    private final MenuChanges changes;
    private final Suggestions suggestions;
    private final Supplier<Currency> currency;
    private final ObjectMapper json;
    private volatile Cached cached;

    MenuRoutes(MenuLookup menu, MenuChanges changes, Supplier<Currency> currency, Suggestions suggestions,
               ObjectMapper json) {
        this.suggestions = suggestions;
        this.menu = menu;
        this.changes = changes;
        this.currency = currency;
        this.json = json;
    }

    void register(Router router) {
        router.get("/api/v1/menu", Access.MENU, this::menu)
                .get("/api/v1/menu/items/{id}/photo", Access.SEED, this::photo)
                .get("/api/v1/menu/suggestions", Access.SEED, ex -> ex.json(200, suggestions.marks()))
                .put("/api/v1/menu/items/{id}/availability", Access.INVENTORY, this::availability);
    }

    private void menu(Exchange ex) throws JsonProcessingException, NoSuchAlgorithmException {
        Cached current = current();
        String asked = ex.header("If-None-Match");
        if (asked != null && asked.strip().equals(current.etag())) {
            ex.empty(304, current.etag());
        } else {
            ex.bytes(200, current.body(), current.etag());
        }
    }

    private void photo(Exchange ex) {
        int id = ex.intParam(PathParam.MENU_ITEM);
        var photo = menu.byId(id).flatMap(item -> menu.photo(id))
                .orElseThrow(() -> Problem.notFound("Item " + id + " has no photo"));
        ex.image(photo.bytes(), photo.mediaType());
    }

    private void availability(Exchange ex) {
        int item = ex.intParam(PathParam.MENU_ITEM);
        Boolean available = ex.body(AvailabilityBody.class).available();
        if (available == null) {
            throw Problem.unprocessable("Invalid availability",
                    List.of(new FieldError("available", "is required: true or false")));
        }
        ex.whenDone(changes.setAvailability(item, available),
                now -> ex.json(200, new Availability(item, now)));
    }

    private Cached current() throws JsonProcessingException, NoSuchAlgorithmException {
        Menu now = menu.menu();
        String code = currency.get().getCurrencyCode();
        Cached c = cached;
        if (c == null || c.menu() != now || !c.currency().equals(code)) {
            byte[] body = json.writeValueAsBytes(new MenuBody(code, now.categories()));
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
            c = new Cached(now, code, body, etag);
            cached = c;
        }
        return c;
    }
}

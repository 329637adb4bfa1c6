package com.bistro92.server;

import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuLookup;
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
 * answers an item's photo (PNG or JPEG, at most 480 px a side).
 */
final class MenuRoutes {

    /**
     * The menu as pads receive it.
     *
     * @param currency the ISO 4217 code of every price, e.g. {@code "EUR"}; pads show prices with it
     */
    record MenuBody(String currency, List<Menu.Category> categories) {
    }

    private record Cached(Menu menu, String currency, byte[] body, String etag) {
    }

    private final MenuLookup menu;
    private final Supplier<Currency> currency;
    private final ObjectMapper json;
    private volatile Cached cached;

    MenuRoutes(MenuLookup menu, Supplier<Currency> currency, ObjectMapper json) {
        this.menu = menu;
        this.currency = currency;
        this.json = json;
    }

    void register(Router router) {
        router.get("/api/v1/menu", this::menu);
        router.get("/api/v1/menu/items/{id}/photo", this::photo);
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
        String param = ex.pathParam("id");
        if (!param.matches("[1-9][0-9]{0,8}")) {
            throw com.bistro92.problem.Problem.notFound("There is no item " + param);
        }
        int id = Integer.parseInt(param);
        var photo = menu.byId(id).flatMap(item -> menu.photo(id))
                .orElseThrow(() -> com.bistro92.problem.Problem.notFound("Item " + id + " has no photo"));
        ex.image(photo.bytes(), photo.mediaType());
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

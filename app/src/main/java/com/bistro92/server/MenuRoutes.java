package com.bistro92.server;

import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuLookup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code GET /api/v1/menu}: the whole menu with an ETag. A client that sends the ETag back in
 * {@code If-None-Match} gets 304 until the menu changes. The body is serialised once per menu.
 */
final class MenuRoutes {

    private record Cached(Menu menu, byte[] body, String etag) {
    }

    private final MenuLookup menu;
    private final ObjectMapper json;
    private volatile Cached cached;

    MenuRoutes(MenuLookup menu, ObjectMapper json) {
        this.menu = menu;
        this.json = json;
    }

    void register(Router router) {
        router.get("/api/v1/menu", this::menu);
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

    private Cached current() throws JsonProcessingException, NoSuchAlgorithmException {
        Menu now = menu.menu();
        Cached c = cached;
        if (c == null || c.menu() != now) {
            byte[] body = json.writeValueAsBytes(now);
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
            c = new Cached(now, body, etag);
            cached = c;
        }
        return c;
    }
}

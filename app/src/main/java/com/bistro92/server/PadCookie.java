package com.bistro92.server;

import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;

/**
 * The web pad's credential: its pad token in a cookie that script on the page can never read
 * ({@code HttpOnly}), that travels over HTTPS only ({@code Secure}), that no other site's page can
 * make the browser send ({@code SameSite=Strict}), and that only this server's own origin can set
 * ({@code __Host-}: no {@code Domain}, path {@code /}).
 */
final class PadCookie {

    static final String NAME = "__Host-bistro92-pad";
    /** A pad stays paired until staff revoke it; the cookie outlives any lease a browser keeps. */
    private static final Duration LIFETIME = Duration.ofDays(400);

    private PadCookie() {
    }

    /** The token the request's cookie carries, or null without one. */
    static String token(Request request) {
        List<HttpCookie> cookies = Request.getCookies(request);
        for (HttpCookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The {@code Set-Cookie} value that gives a browser {@code token}. */
    static String setting(String token) {
        return NAME + "=" + token + "; Path=/; Max-Age=" + LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict";
    }
}

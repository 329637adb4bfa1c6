package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanHost;
import com.bistro92.menu.ItemDraft;
import com.bistro92.menu.Menu;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The web pad in a hostile browser: the credential script cannot read, a policy that runs no
 * injected script, server text that is never markup, and another site's page that cannot order
 * with the pad's cookie.
 */
class WebPadSecurityTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();

    @BeforeEach
    void start() throws Exception {
        suite.seat(5, 2);
    }

    @Test
    void theCredentialIsAnHttpOnlySecureStrictCookieThatScriptCannotRead() throws Exception {
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.shown("categories");
            Cookie cookie = pad.driver().manage().getCookieNamed("__Host-bistro92-pad");
            assertThat(cookie).as("the pad's cookie").isNotNull();
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.isSecure()).isTrue();
            assertThat(cookie.getSameSite()).isEqualTo("Strict");
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat((String) pad.script("return document.cookie;")).as("what script sees").isEmpty();
            assertThat((String) pad.script("return document.body.innerText;")).doesNotContain(cookie.getValue());
        }
    }

    @Test
    void thePolicyBlocksAnInjectedScript() throws Exception {
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.shown("categories");
            Object blocked = pad.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.addEventListener('securitypolicyviolation',
                        (e) => done(e.violatedDirective + ' ' + (window.injected === true)), {once: true});
                    const script = document.createElement('script');
                    script.textContent = 'window.injected = true;';
                    document.body.appendChild(script);
                    """);
            assertThat((String) blocked).as("the violation, and whether the script ran")
                    .startsWith("script-src").endsWith("false");
            assertThat(pad.script("return window.injected === true;")).isEqualTo(false);
        }
    }

    @Test
    void anItemNamedLikeMarkupShowsAsThoseCharacters() throws Exception {
        Menu.Item bread = suite.app().app().menu().byName("Garlic Bread").orElseThrow();
        int category = suite.app().app().menu().menu().categoryOf(bread.id()).orElseThrow().id();
        ItemDraft draft = ItemDraft.of(category, bread);
        suite.app().app().menuChanges().updateItem(bread.id(), new ItemDraft(category, MARKUP, MARKUP, draft.price(),
                draft.prepMinutes(), draft.station(), true), null).get(30, TimeUnit.SECONDS);
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.clickCss("[data-category='" + category + "']");
            pad.until(d -> pad.text("[data-item='" + bread.id() + "'] .name").equals(MARKUP));
            assertThat(pad.driver().findElements(By.cssSelector("#items img"))).as("no element made of the name")
                    .isEmpty();
            assertThat(pad.console()).noneMatch(line -> line.contains("alert") || line.contains("/x"));
        }
    }

    @Test
    void aPageOfAnotherSiteCannotOrderWithThePadsCookie() throws Exception {
        HttpServer evil = HttpServer.create(new InetSocketAddress(LanHost.get().serverAddress(), 0), 8);
        String target = suite.origin() + "/api/v1/orders";
        String order = "{\"items\":[{\"menu_item_id\":1,\"quantity\":1}],\"idempotency_key\":\"evil-1\"}";
        byte[] page = ("<!doctype html><html><body><form id=f method=post enctype=text/plain action='" + target
                + "'><input name='" + order.replace("'", "&#39;") + "' value=''></form><script>"
                + "fetch('" + target + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': 'text/plain'}, body: '" + order + "'})"
                + ".finally(() => { document.title = 'fetched'; document.getElementById('f').submit(); });"
                + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
        evil.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evil.start();
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.shown("categories");
            pad.get("http://" + LanHost.get().serverAddress().getHostAddress() + ":" + evil.getAddress().getPort()
                    + "/");
            pad.until(d -> d.getCurrentUrl().startsWith(target));
            assertThat(pad.text("body")).as("what the form's post got back").contains("Cross-site request refused");
            assertThat(suite.orders(5)).as("orders placed from the other site's page").isEmpty();
        } finally {
            evil.stop(0);
        }
    }
}

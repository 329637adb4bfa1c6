package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core (the vendored copy beside this class, checked by its hash) on every screen of the web
 * pad, at a tablet's size and in German: no serious or critical violation of WCAG 2.2 A and AA.
 */
class WebPadAccessibilityTest {

    static final String AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c";

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();
    PadBrowser pad;
    String axe;
    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("axe/axe.min.js")) {
            byte[] bytes = in.readAllBytes();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .as("the vendored axe.min.js is the release its README names").isEqualTo(AXE_SHA256);
            axe = new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs axe on the page as it is now and keeps its serious and critical findings, named by
     * {@code screen}; a run that passed no rule at all counts as a finding, so that a broken axe
     * cannot pass.
     */
    private void check(String screen) {
        if (pad.script("return typeof window.axe;").equals("undefined")) {
            pad.script(axe);
        }
        String found = (String) pad.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', '))
                      .join('\\n')))
                  .catch((e) => done('axe failed: ' + e));
                """);
        if (!found.isEmpty()) {
            violations.add(screen + ": " + found);
        }
    }

    @Test
    void everyScreenHasNoSeriousOrCriticalViolation() throws Exception {
        try (PadBrowser browser = suite.browser(1280, 800)) {
            pad = browser;
            pad.get(suite.padUrl());
            pad.shown("pair-form");
            check("pairing");
            suite.pair(pad, 5);
            pad.shown("welcome");
            check("waiting to be seated");
            pad.click("open-settings");
            pad.shown("mode-auto");
            check("settings");
            pad.click("back");
            suite.seat(5, 2);
            pad.shown("categories");
            check("menu");
            pad.asyncScript("navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](1));");
            assertThat(pad.installabilityErrors()).as("why the browser would not install the pad as an app")
                    .isEmpty();
            pad.driver().findElement(org.openqa.selenium.By.id("search")).sendKeys("burger");
            pad.shown("results");
            check("search");
            pad.click("back");
            pad.clickCss("[data-category='1']");
            pad.shown("items");
            check("items");
            pad.clickCss("[data-item='2']");
            pad.shown("missing");
            check("an item with a choice to make");
            pad.clickCss("[data-modifier='13']");
            pad.click("add");
            pad.click("cart-button");
            pad.shown("cart-lines");
            check("cart");
            pad.click("review");
            pad.shown("send");
            check("confirmation");
            pad.click("send");
            pad.until(d -> pad.text("#orders").contains("Sent"));
            pad.click("call-waiter");
            pad.shown("call-waiter-state");
            check("orders");
            pad.click("order-more");
            pad.click("lang-de");
            pad.until(d -> "de".equals(pad.script("return document.documentElement.lang;")));
            pad.untilText("my-orders", "Ihre Bestellungen");
            check("menu, in German");
            String balance = suite.app().get("/api/v1/tables/5/bill").body().get("balance").decimalValue()
                    .toPlainString();
            suite.app().postJson("/api/v1/tables/5/payments", "{\"method\":\"CARD\",\"amount\":" + balance + "}");
            pad.untilText("thanks", "Vielen Dank!");
            check("thank you");
        }
        assertThat(violations).isEmpty();
    }

    /** Nothing on the page is wider than the screen: what 200% zoom would cut off, it pushes sideways. */
    private void fits(String screen) {
        Object overflow = pad.script("""
                const wide = [...document.querySelectorAll('#app *')].filter((e) => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1);
                }).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + e.textContent.slice(0, 30));
                return document.documentElement.scrollWidth > innerWidth ? 'the page scrolls sideways: ' + wide.join('; ')
                    : wide.join('; ');
                """);
        if (!overflow.toString().isEmpty()) {
            violations.add(screen + " at 200% zoom: " + overflow);
        }
    }

    /**
     * A tablet's 1280×800 at 200% zoom is 640×400 CSS pixels: every screen still shows all it has,
     * in one column, without scrolling sideways, and still works by touch.
     */
    @Test
    void atTwoHundredPercentZoomEveryScreenStillFitsAndWorks() throws Exception {
        suite.seat(5, 2);
        try (PadBrowser browser = suite.browser(640, 400)) {
            pad = browser;
            suite.pair(pad, 5);
            pad.shown("categories");
            fits("menu");
            pad.clickCss("[data-category='2']");
            pad.shown("items");
            fits("items");
            pad.clickCss("#items [data-item='6']");
            pad.shown("missing");
            fits("a dish with choices");
            pad.clickCss("[data-modifier='1']");
            pad.click("add");
            pad.click("cart-button");
            pad.shown("cart-lines");
            fits("cart");
            pad.click("review");
            pad.click("send");
            pad.until(d -> pad.text("#orders").contains("Sent"));
            fits("orders");
            assertThat(suite.orders(5)).hasSize(1);
        }
        assertThat(violations).isEmpty();
    }
}

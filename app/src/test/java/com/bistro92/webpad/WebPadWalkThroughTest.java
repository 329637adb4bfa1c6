package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.bistro92.settings.Settings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web pad as a party uses it, in a real browser on a second address, at a tablet's size and a
 * phone's: paired from the pairing QR's link, an order with a required choice, the kitchen's
 * progress, an 86 while it is in the cart, a waiter call, the bill, and the next party.
 */
class WebPadWalkThroughTest {

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();

    @Test
    void aHalfBuiltOrderLeftAloneIsClearedAfterTheSetIdleTime() throws Exception {
        Settings settings = suite.app().app().settings().current();
        suite.app().app().settings().change(settings.withWebPads(new Settings.WebPads(Duration.ofSeconds(6), false)), null)
                .join();
        suite.seat(5, 2);
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.clickCss("[data-category='1']");
            pad.clickCss("#items [data-item='1']");
            pad.click("add");
            long added = System.nanoTime();
            pad.shown("cart-button");
            pad.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cart-button")));
            assertThat(Duration.ofNanos(System.nanoTime() - added)).as("left alone for the set time first")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
            pad.shown("categories");
            assertThat(suite.orders(5)).as("nothing was sent").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void aPartyOrdersThroughToTheBillAndTheNextPartySeesNothingOfIt(int width, int height) throws Exception {
        TestApp app = suite.app();
        for (int i = 0; i < 3; i++) {
            // what earlier parties ordered together: the marks the pad shows
            assertThat(app.postJson("/api/order", "{\"table\":\"Table 9\",\"items\":[{\"name\":\"Bruschetta\","
                    + "\"quantity\":1},{\"name\":\"Garlic Bread\",\"quantity\":1}]}").status()).isEqualTo(201);
        }
        boolean wide = width > height;
        suite.seat(5, 2);
        try (PadBrowser pad = suite.browser(width, height)) {
            suite.pair(pad, 5);
            pad.shown("categories");
            assertThat(pad.driver().getCurrentUrl()).as("the code leaves the address bar").doesNotContain("code=");

            pad.shown("popular-title");
            assertThat(pad.text("[data-item='1'] .badge.popular")).as("Garlic Bread, in 3 recent orders")
                    .isEqualTo("Popular");
            if (wide) {
                pad.picture("web-pad-menu.png");
            }

            pad.clickCss("[data-category='1']");
            pad.clickCss("#items [data-item='1']");
            pad.untilText("item-name", "Garlic Bread");
            assertThat(pad.text(".pairs")).as("what goes well with Garlic Bread").containsIgnoringCase("Goes well with")
                    .contains("Bruschetta");
            pad.click("back");

            // a Caesar salad needs its dressing
            pad.clickCss("#items [data-item='2']");
            pad.shown("missing");
            assertThat(pad.shown("add").isEnabled()).as("no dressing chosen yet").isFalse();
            pad.clickCss("[data-modifier='13']");
            pad.click("add");
            pad.clickCss("#items [data-item='1']");
            pad.click("add");
            pad.clickCss("#items [data-item='3']");
            pad.click("add");
            pad.click("cart-button");
            pad.untilText("cart-total", "22.00");
            assertThat(pad.text("#cart-total")).isEqualTo("Total €22.00");

            suite.available(3, false);
            pad.shown("cart-blocked");
            assertThat(pad.shown("review").isEnabled()).as("a sold-out line blocks sending").isFalse();
            if (wide) {
                pad.picture("web-pad-cart.png");
            }
            pad.clickCss("li[data-line-item='3'] .remove");
            pad.untilText("cart-total", "15.00");
            pad.click("review");
            pad.untilText("confirm-total", "€15.00");
            pad.click("send");
            pad.shown("orders");
            pad.until(d -> pad.text("#orders").contains("Sent"));
            JsonNode placed = suite.orders(5);
            assertThat(placed).hasSize(1);
            JsonNode order = placed.get(0);
            assertThat(order.get("items")).hasSize(2);
            assertThat(order.get("total").decimalValue()).isEqualByComparingTo("15.00");

            long id = order.get("id").asLong();
            assertThat(app.postJson("/api/v1/orders/" + id + "/lines/1/done",
                    "{\"version\":" + order.get("version").asInt() + "}").status()).isEqualTo(200);
            pad.until(d -> pad.text("#orders").contains("Preparing · 1 of 2 ready"));

            pad.click("call-waiter");
            pad.untilText("call-waiter-state", "A waiter has been called.");
            JsonNode calls = app.get("/api/v1/service-requests").body();
            assertThat(calls).hasSize(1);
            app.postJson("/api/v1/service-requests/" + calls.get(0).get("id").asLong() + "/acknowledge", "{}");
            pad.untilText("call-waiter-state", "A waiter is on the way.");
            pad.picture(wide ? "web-pad-status.png" : "web-pad-phone.png");

            JsonNode bill = app.get("/api/v1/tables/5/bill").body();
            String balance = bill.get("balance").decimalValue().toPlainString();
            assertThat(app.postJson("/api/v1/tables/5/payments", "{\"method\":\"CARD\",\"amount\":" + balance
                    + "}").status()).isEqualTo(201);
            pad.untilText("thanks", "Thank you!");

            suite.seat(5, 3);
            pad.shown("categories");
            assertThat(pad.driver().findElements(org.openqa.selenium.By.id("my-orders")))
                    .as("the new party has no orders to see").isEmpty();
            assertThat(pad.driver().findElements(org.openqa.selenium.By.id("cart-button"))).isEmpty();
            assertThat(pad.console()).as("the page's console").noneMatch(line -> line.startsWith("SEVERE"));
        }
    }
}

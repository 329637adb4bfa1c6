package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestClock;
import com.bistro92.demo.DemoHistory;
import com.bistro92.settings.Settings;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wait on the web pad, in a real browser on a second address: with a week of the kitchen's
 * history, an order says when it will be ready and counts down; an overloaded kitchen is said before
 * the guests order, and the notice goes when the kitchen catches up.
 */
class WebPadWaitTest {

    final TestClock clock = new TestClock();
    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite(clock);

    @Test
    void anOrderSaysWhenItWillBeReadyAndAnOverloadedKitchenIsSaidBeforeOrdering() throws Exception {
        var app = suite.app().app();
        new DemoHistory(app.database().dsl(), clock, new SplittableRandom(5)).fillIfNew(7);
        app.waits().learn();
        Settings s = app.settings().current();
        app.settings().change(s.withWebPads(new Settings.WebPads(s.webPads().idleClear(), false, 2)), null).join();
        suite.seat(5, 2);
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.shown("categories");
            assertThat(pad.driver().findElements(org.openqa.selenium.By.id("kitchen-busy"))).isEmpty();

            // two tickets from the other tables, late: the kitchen is overloaded, and the pad says so
            long one = suite.app().placeOrder("Table 2", "Steak Frites", 2).get("id").asLong();
            long two = suite.app().placeOrder("Table 3", "Grilled Salmon", 1).get("id").asLong();
            clock.advance(s.lateAfter().plus(Duration.ofMinutes(1)));
            suite.app().placeOrder("Table 4", "Espresso", 1);
            pad.until(d -> pad.text("#kitchen-busy").matches(
                    "The kitchen is very busy right now: dishes take about \\d+ min\\."));

            pad.clickCss("[data-category='1']");
            pad.clickCss("#items [data-item='1']");
            pad.untilText("item-name", "Garlic Bread");
            pad.click("add");
            pad.click("cart-button");
            pad.click("review");
            pad.shown("kitchen-busy");
            pad.click("send");
            pad.until(d -> pad.text("#orders").contains("Sent"));
            assertThat(suite.orders(5).get(0).get("ready_in").isObject()).as("%s / %s", suite.orders(5),
                    app.waits().model()).isTrue();
            pad.until(d -> !pad.driver().findElements(org.openqa.selenium.By.cssSelector("#orders .ready-in"))
                    .isEmpty());
            assertThat(pad.text("#orders .ready-in")).matches("Ready in (about \\d+|\\d+–\\d+) min");
            pad.picture("pad-wait-time.png");

            // the kitchen catches up: the notice goes
            for (long id : new long[] {one, two}) {
                for (var status : new com.bistro92.order.OrderStatus[] {com.bistro92.order.OrderStatus.RECEIVED,
                        com.bistro92.order.OrderStatus.PREPARING, com.bistro92.order.OrderStatus.READY}) {
                    app.orders().changeStatus(id, status, null).join();
                }
            }
            pad.until(d -> d.findElements(org.openqa.selenium.By.id("kitchen-busy")).isEmpty());
        }
    }
}

package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The seed's own device: a 480×320 screen in a kiosk browser whose four buttons arrive as keys
 * (1 Menu/Back, 2 Select, 3 Left/Decrease, 4 Right/Increase). The whole order, with a required
 * choice and a quantity, is made with those keys alone, with the focus always shown.
 */
class WebPadKeysTest {

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();
    PadBrowser pad;

    @BeforeEach
    void start() throws Exception {
        suite.seat(5, 2);
    }

    private void press(CharSequence key) {
        new Actions(pad.driver()).sendKeys(key).perform();
    }

    /** What has the focus: its data-nav name. */
    private String focused() {
        return (String) pad.script("const e = document.activeElement; return e && e.dataset ? (e.dataset.nav || '') : '';");
    }

    /**
     * Presses button 4 (right) until the control named {@code nav} has the focus, at most 20 times;
     * on a number, where 4 adds one, button 2 moves on instead.
     */
    private void moveTo(String nav) {
        for (int i = 0; i < 20 && !focused().equals(nav); i++) {
            boolean stepper = (Boolean) pad.script("return !!document.activeElement.dataset.stepper;");
            press(stepper ? "2" : "4");
        }
        assertThat(focused()).as("the focus, after pressing 4").isEqualTo(nav);
        assertThat((String) pad.script("return getComputedStyle(document.activeElement).outlineStyle;"))
                .as("the focus is shown").isNotEqualTo("none");
    }

    @Test
    void theFourButtonsAloneMakeAWholeOrderAt480By320() throws Exception {
        try (PadBrowser browser = suite.browser(480, 320)) {
            pad = browser;
            suite.pair(pad, 5);
            pad.shown("categories");
            assertThat(pad.script("return document.documentElement.dataset.input;")).as("the input mode by size")
                    .isEqualTo("keys");
            // asked in one script: the page may redraw between finding the box and asking whether it shows
            assertThat(pad.script("return [...document.querySelectorAll('#search')]"
                    + ".some((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');"))
                    .as("no typing on four buttons").isEqualTo(false);

            moveTo("category-1");
            press("2");
            pad.shown("items");
            moveTo("item-2");
            press(Keys.ENTER); // Enter is Select too
            pad.shown("item-name");
            moveTo("modifier-14");
            press("2");
            pad.until(d -> "true".equals(pad.script(
                    "return document.querySelector('[data-modifier=\"14\"]').getAttribute('aria-checked');")));
            pad.picture("web-pad-keys.png");
            moveTo("quantity");
            press("4");
            press("4");
            press("3");
            pad.untilText("quantity-value", "2");
            press("2"); // the number is chosen: on to "Add"
            assertThat(focused()).isEqualTo("add");
            press("2");
            pad.shown("items");
            press("1"); // back to the categories, where the cart is the first control
            pad.shown("categories");
            assertThat(focused()).isEqualTo("bar-cart");
            press("2");
            pad.shown("cart-lines");
            moveTo("review");
            press("2");
            moveTo("send");
            press("2");
            pad.until(d -> pad.text("#orders").contains("Sent"));

            JsonNode orders = suite.orders(5);
            assertThat(orders).hasSize(1);
            JsonNode line = orders.get(0).get("items").get(0);
            assertThat(line.get("name").asText()).isEqualTo("Caesar Salad");
            assertThat(line.get("quantity").asInt()).isEqualTo(2);
            assertThat(line.get("modifiers").toString()).contains("Vinaigrette");
            press(Keys.ESCAPE); // Escape is Back too: from the orders to the menu
            pad.shown("categories");
        }
    }
}

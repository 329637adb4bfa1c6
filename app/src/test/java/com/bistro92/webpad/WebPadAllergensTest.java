package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Allergens on the web pad, in a real browser on a second address: every dish says what it
 * contains, a choice says what it adds, and the party hides every dish with what it must avoid; a
 * cart line with it is flagged, and the order tells the kitchen the party's allergy.
 */
class WebPadAllergensTest {

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();

    @Test
    void thePartyHidesDishesWithWhatItMustAvoidAndEveryDishSaysWhatItContains() throws Exception {
        suite.seat(5, 2);
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            pad.shown("categories");
            assertThat(pad.text("[data-category='1'] .count")).isEqualTo("5 dishes");
            pad.clickCss("[data-category='1']");
            assertThat(pad.text("#items [data-item='1'] .allergens")).as("Garlic Bread")
                    .isEqualTo("Contains: Gluten, Milk");
            pad.clickCss("#items [data-item='2']");
            pad.untilText("item-name", "Caesar Salad");
            assertThat(pad.text(".item-detail .allergens")).isEqualTo("Contains: Gluten, Eggs, Fish, Milk");
            assertThat(pad.text("[data-modifier='14'] .adds")).as("the vinaigrette").isEqualTo("· adds Mustard");
            // the salad goes into the cart before the party says it avoids fish
            pad.clickCss("[data-modifier='13']");
            pad.click("add");
            pad.click("back");

            pad.click("allergies");
            pad.clickCss("[data-allergen='fish']");
            assertThat(pad.shown("avoid-fish").getAttribute("aria-checked")).isEqualTo("true");
            pad.picture("web-pad-allergies.png");
            pad.shown("allergy-note").sendKeys("severe, also no fish sauce");
            pad.click("allergies-done");
            pad.untilText("allergies", "Allergies · 1");
            assertThat(pad.text("[data-category='1'] .count")).as("no Caesar salad").isEqualTo("4 dishes");
            pad.clickCss("[data-category='1']");
            pad.untilText("hidden-for-allergies", "Hidden for your allergies: 1");
            assertThat(pad.driver().findElements(By.cssSelector("#items [data-item='2']"))).as("the Caesar salad")
                    .isEmpty();
            assertThat(pad.driver().findElements(By.cssSelector("#items [data-item='1']"))).hasSize(1);
            pad.picture("web-pad-allergens.png");

            // the cart says which line has what the party avoids; the confirmation says what the kitchen will read
            pad.clickCss("#items [data-item='1']");
            pad.click("add");
            pad.click("cart-button");
            assertThat(pad.text("li[data-line-item='2'] .badge.allergy")).isEqualTo("Contains Fish");
            assertThat(pad.driver().findElements(By.cssSelector("li[data-line-item='1'] .badge.allergy")))
                    .as("the garlic bread has no fish").isEmpty();
            pad.clickCss("li[data-line-item='2'] .remove");
            pad.click("review");
            pad.untilText("confirm-allergy", "Allergy for the kitchen: Fish · severe, also no fish sauce");
            pad.click("send");
            pad.shown("orders");
            pad.until(d -> pad.text("#orders").contains("Sent"));
            JsonNode order = suite.orders(5).get(0);
            assertThat(order.at("/allergy/allergens").toString()).isEqualTo("[\"fish\"]");
            assertThat(order.at("/allergy/note").asText()).isEqualTo("severe, also no fish sauce");
            assertThat(order.at("/items/0/allergens").toString()).isEqualTo("[\"gluten\",\"milk\"]");
        }
    }
}

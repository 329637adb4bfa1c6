package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanHost;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What goes wrong on a Friday night, in a real browser on a second address: the suite stops as an
 * order is sent, the tab is reloaded mid-send, the Wi-Fi drops the feed. An order is never lost or
 * doubled, and the pad says what is going on.
 */
class WebPadFaultTest {

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();

    @BeforeEach
    void start() throws Exception {
        suite.seat(5, 2);
    }

    /** Pairs, puts a Garlic Bread in the cart and goes to the confirmation, with the shell in the service worker. */
    private void readyToSend(PadBrowser pad) throws Exception {
        suite.pair(pad, 5);
        pad.asyncScript("navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](true));");
        pad.clickCss("[data-category='1']");
        pad.clickCss("[data-item='1']");
        pad.click("add");
        pad.click("cart-button");
        pad.click("review");
        pad.shown("send");
    }

    @Test
    void anOrderSentAsTheSuiteStopsArrivesExactlyOnceWhenItIsBack() throws Exception {
        try (PadBrowser pad = suite.browser(1280, 800)) {
            readyToSend(pad);
            int port = suite.app().app().port();
            int tlsPort = suite.app().app().tlsPort();
            pad.click("send");
            suite.stop();
            pad.shown("banner");
            suite.startAgain(port, tlsPort);
            pad.until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
            pad.until(d -> pad.text("#orders").contains("Sent · waiting for the kitchen"));
            assertThat(pad.driver().findElements(By.cssSelector("#orders .sending"))).isEmpty();
            assertThat(suite.orders(5)).as("the order, exactly once").hasSize(1);
        }
    }

    @Test
    void anOrderSentWhileTheSuiteIsDownWaitsSaysSendingAndSurvivesAReload() throws Exception {
        try (PadBrowser pad = suite.browser(1280, 800)) {
            readyToSend(pad);
            int port = suite.app().app().port();
            int tlsPort = suite.app().app().tlsPort();
            suite.stop();
            pad.click("send");
            pad.until(d -> pad.text("#orders").contains("Sending…"));
            assertThat(pad.text("#orders")).as("never a false Sent").doesNotContain("Sent ·");

            pad.driver().navigate().refresh(); // the shell comes from the service worker; the order from IndexedDB
            pad.until(d -> pad.text("body").contains("Sending…") || pad.text("body").contains("Loading"));
            suite.startAgain(port, tlsPort);
            pad.shown("categories");
            pad.click("my-orders");
            pad.until(d -> pad.text("#orders").contains("Sent · waiting for the kitchen"));
            assertThat(suite.orders(5)).as("the order, exactly once").hasSize(1);
        }
    }

    @Test
    void aCutFeedShowsTheBannerWithinTwoSecondsAndEveryEventArrivesOnceAfter() throws Exception {
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            suite.app().placeOrder("Table 5", "Garlic Bread", 1);
            pad.click("my-orders");
            pad.until(d -> pad.driver().findElements(By.cssSelector("#orders .order")).size() == 1);

            LanHost.get().cut();
            new WebDriverWait(pad.driver(), Duration.ofMillis(2_500), Duration.ofMillis(100))
                    .withMessage("the banner within 2 s of the cut (and the time to see it)")
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
            for (int i = 0; i < 3; i++) {
                suite.app().placeOrder("Table 5", "Tomato Soup", 1);
            }
            LanHost.get().mend();

            pad.until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
            pad.until(d -> pad.driver().findElements(By.cssSelector("#orders .order")).size() == 4);
            assertThat(pad.driver().findElements(By.cssSelector("#orders .order"))).as("each order once").hasSize(4);
            assertThat(suite.orders(5)).hasSize(4);
        }
    }
}

package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The party opens its table with a phone, as the seed asks: the pad of a table without a party
 * shows a one-time QR code; a second browser, the party's phone, which does not trust the
 * restaurant's root, opens its link over plain HTTP, taps the party's size, and the pad comes
 * alive. The same link again opens nothing.
 */
class WebPadOpeningTest {

    @RegisterExtension
    final WebPadSuite suite = new WebPadSuite();

    @BeforeEach
    void start() throws Exception {
        Settings settings = suite.app().app().settings().current();
        suite.app().app().settings().change(settings.withWebPads(
                new Settings.WebPads(settings.webPads().idleClear(), true)), null).join();
    }

    @Test
    void aPhoneOpensTheTableFromThePadsCodeOnceAndThePadComesAlive() throws Exception {
        try (PadBrowser pad = suite.browser(1280, 800)) {
            suite.pair(pad, 5);
            String link = pad.until(d -> {
                String url = d.findElement(org.openqa.selenium.By.id("opening-qr")).getAttribute("data-url");
                return url == null || url.isEmpty() ? null : url;
            });
            assertThat(link).startsWith("http://").contains("/open/");
            pad.picture("web-pad-opening.png");

            try (PadBrowser party = suite.untrustedBrowser(390, 844)) {
                party.get(link);
                party.until(d -> party.text("h1").equals("Start ordering at Table 5?"));
                party.picture("open-table-phone.png");
                party.clickCss("button[value='4']");
                party.until(d -> party.text("h1").equals("Table 5 is ready"));
                assertThat(party.text("p.lead")).contains("A party of 4");

                pad.shown("categories");
                assertThat(suite.app().get("/api/v1/tables/5/bill").status()).as("a party is seated").isEqualTo(200);

                party.get(link);
                party.until(d -> party.text("h1").equals("This code is no longer good"));
            }
        }
    }
}

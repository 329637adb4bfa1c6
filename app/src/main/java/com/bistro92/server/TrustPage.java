package com.bistro92.server;

import com.bistro92.tls.Fingerprint;
import com.bistro92.tls.Html;
import java.nio.charset.StandardCharsets;

/**
 * The page at {@code /trust}: how a tablet or phone installs the restaurant's root, step by step
 * for each system, with the root's fingerprint to compare with the one the suite shows. Written
 * here with every piece of server text escaped; no script, a stylesheet of its own.
 */
final class TrustPage {

    private TrustPage() {
    }

    static byte[] html(Fingerprint root, String host) {
        StringBuilder lines = new StringBuilder();
        for (String line : root.lines()) {
            lines.append("<span>").append(Html.escape(line)).append("</span>");
        }
        String page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Set up a tablet · Bistro92</title>
                <link rel="stylesheet" href="/trust/trust.css">
                </head>
                <body>
                <main>
                <h1>Set up a tablet for Bistro92</h1>
                <p class="lead">This computer (<strong>%s</strong>) serves the table pads over HTTPS with its own
                certificate. A tablet trusts it once it has installed the restaurant's root certificate. Do
                this once per tablet, then pair it from Tables &amp; Pads.</p>
                <section class="fingerprint" aria-labelledby="fp">
                <h2 id="fp">Compare this fingerprint</h2>
                <p>Before you trust the certificate, check that its SHA-256 fingerprint on the tablet matches
                the one Bistro92 shows in Tables &amp; Pads › Set up a tablet. Short form:
                <strong class="short">%s</strong></p>
                <p class="full">%s</p>
                </section>
                <section aria-labelledby="ios">
                <h2 id="ios">iPad and iPhone</h2>
                <ol>
                <li>Open this page in <strong>Safari</strong> and tap
                <a class="button" href="/trust/bistro92-root.mobileconfig">Download the profile</a>. Tap
                <em>Allow</em>.</li>
                <li>Open <em>Settings</em>, tap <em>Profile Downloaded</em>, then <em>Install</em> (the profile
                says "Not Verified": compare the fingerprint instead).</li>
                <li>Open <em>Settings › General › About › Certificate Trust Settings</em> and turn on
                <em>Bistro92 restaurant root</em>.</li>
                </ol>
                </section>
                <section aria-labelledby="android">
                <h2 id="android">Android</h2>
                <ol>
                <li>Tap <a class="button" href="/trust/bistro92-root.crt">Download the certificate</a>.</li>
                <li>Open <em>Settings › Security › More security settings › Encryption &amp; credentials ›
                Install a certificate › CA certificate</em> (the names differ a little between makers), tap
                <em>Install anyway</em> and choose <em>bistro92-root.crt</em>.</li>
                </ol>
                </section>
                <section aria-labelledby="windows">
                <h2 id="windows">Windows</h2>
                <ol>
                <li>Download <a href="/trust/bistro92-root.crt">the certificate</a> and open it.</li>
                <li>Choose <em>Install Certificate…</em>, <em>Local Machine</em>, <em>Place all certificates in the
                following store</em>, and <em>Trusted Root Certification Authorities</em>.</li>
                </ol>
                </section>
                <p class="why">This page is plain HTTP on purpose: it is how a new device gets the root. Anyone on
                the network could change what a plain page says, which is why you compare the fingerprint. The
                root only vouches for this computer's own certificates; nothing else is trusted through it.</p>
                </main>
                </body>
                </html>
                """.formatted(Html.escape(host), Html.escape(root.shortForm()), lines);
        return page.getBytes(StandardCharsets.UTF_8);
    }
}

package com.bistro92.server;

import com.bistro92.tls.Html;
import java.nio.charset.StandardCharsets;

/**
 * The small page a party's phone opens from a pad's QR code, {@code /open/{token}}: "Start ordering
 * at Table 5?", and one button per party size, each of which opens the table. Then what came of it.
 * Plain HTML with no script, every piece of server text escaped, the trust page's stylesheet.
 */
final class OpeningPage {

    /**
     * Where this page's form posts, a browser says so only under {@code same-origin}: with
     * {@code no-referrer} (every other answer's policy) it names the page's origin as "null", which
     * the access guard refuses. Nothing leaves this server either way.
     */
    static final String REFERRER_POLICY = "same-origin";

    /** No script; the stylesheet and the form's post to this server only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private static final int LARGEST_BUTTON = 8;

    private OpeningPage() {
    }

    /** The question, with a button for each party size up to eight (more: staff seat the table). */
    static byte[] ask(String table, String token) {
        StringBuilder buttons = new StringBuilder();
        for (int guests = 1; guests <= LARGEST_BUTTON; guests++) {
            buttons.append("<button type=\"submit\" name=\"guests\" value=\"").append(guests).append("\">")
                    .append(guests).append("</button>");
        }
        return page("Start ordering at " + table + "?", """
                <h1>Start ordering at %s?</h1>
                <p class="lead">How many are you? One tap, and the pad on your table is ready for your order.</p>
                <form method="post" action="/open/%s" class="party">%s</form>
                <p>More than eight? Ask a member of staff to seat you.</p>
                """.formatted(Html.escape(table), Html.escape(token), buttons));
    }

    static byte[] opened(String table, int guests) {
        return page(table + " is ready", """
                <h1>%s is ready</h1>
                <p class="lead">A party of %d. Order on the pad at your table. Enjoy your meal!</p>
                """.formatted(Html.escape(table), guests));
    }

    /** Why the table did not open, for the person holding the phone. */
    static byte[] refused(String title, String detail) {
        return page(title, """
                <h1>%s</h1>
                <p class="lead">%s</p>
                """.formatted(Html.escape(title), Html.escape(detail)));
    }

    private static byte[] page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="same-origin">
                <title>%s · Bistro92</title>
                <link rel="stylesheet" href="/trust/trust.css">
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(Html.escape(title), body).getBytes(StandardCharsets.UTF_8);
    }
}

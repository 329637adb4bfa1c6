package com.bistro92.displayclient;

import com.bistro92.tls.Fingerprint;
import com.bistro92.tls.PairingCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * How a display pairs with the main PC, from the plain address it was started with.
 *
 * <ol>
 *   <li>It asks {@code GET /api/v1/displays/tls} there, over plain HTTP and without a credential,
 *       for the HTTPS port and the certificate's fingerprint.</li>
 *   <li>It checks that fingerprint against the check digits of the twelve-digit code typed from the
 *       main PC's screen ({@link PairingCheck}). A mismatch stops here: the code is sent nowhere.</li>
 *   <li>It pins the certificate and sends the six-digit code over HTTPS to
 *       {@code POST /api/v1/displays/pair}, which answers its device token.</li>
 * </ol>
 * The token never travels over plain HTTP, and nothing is sent with it to any other certificate.
 */
public final class DisplayPairing {

    /** How long each request of the pairing may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    /** Why pairing did not go through, in words for the person at the display. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DisplayPairing() {
    }

    /** The display's one HTTP client: HTTPS to the pinned certificate only, never following a redirect. */
    public static HttpClient client(Fingerprint pinned) {
        return client(pinned, moved -> { });
    }

    /**
     * As {@link #client(Fingerprint)}; {@code moved} hears the restaurant's root when an older main
     * PC's pinned certificate vouches for it, for the display to pin from then on.
     */
    public static HttpClient client(Fingerprint pinned, java.util.function.Consumer<Fingerprint> moved) {
        return HttpClient.newBuilder()
                .sslContext(PinnedCertificate.context(pinned, moved))
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Pairs with the main PC at {@code mainPc} using the code typed from its screen. Blocks, for at
     * most a few time-outs; run it off the FX thread.
     */
    public static DisplayCredentials pair(URI mainPc, String typed, String name, ObjectMapper json) throws Refused {
        String digits = typed == null ? "" : typed.replaceAll("[\\s\\-–]", "");
        if (!digits.matches("\\d{12}")) {
            throw new Refused("Type the twelve digits shown on the main PC, in Tables & Pads under Displays");
        }
        String code = digits.substring(0, 6);
        JsonNode tls;
        try (HttpClient plain = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            tls = send(plain, HttpRequest.newBuilder(mainPc.resolve("/api/v1/displays/tls")).timeout(TIMEOUT).GET()
                    .build(), json, "The main PC at " + mainPc);
        }
        Fingerprint fingerprint;
        int port = tls.path("https_port").asInt(-1);
        try {
            fingerprint = Fingerprint.parse(tls.path("fingerprint").asText(""));
        } catch (IllegalArgumentException e) {
            throw new Refused("The main PC at " + mainPc + " did not say which certificate it has", e);
        }
        if (port < 1 || port > 65_535) {
            throw new Refused("The main PC at " + mainPc + " did not say where its secure port is");
        }
        if (!PairingCheck.digits(code, fingerprint).equals(digits.substring(6))) {
            throw new Refused("The code does not match the certificate the main PC at " + mainPc + " showed ("
                    + fingerprint.shortForm() + "). Check the twelve digits; if they are right, something else"
                    + " answered at that address: do not pair, and tell the manager.");
        }
        String host = mainPc.getHost();
        URI server = URI.create("https://" + host + ":" + port);
        JsonNode paired;
        try (HttpClient pinned = client(fingerprint)) {
            byte[] body = json.writeValueAsBytes(Map.of("code", code, "name", name == null ? "" : name));
            paired = send(pinned, HttpRequest.newBuilder(server.resolve("/api/v1/displays/pair")).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), json, "The main PC's secure port " + server);
        } catch (IOException e) {
            throw new Refused("Could not write the pairing request", e);
        }
        JsonNode display = paired.path("display");
        return new DisplayCredentials(mainPc, server, fingerprint.toString(), paired.path("token").asText(),
                display.path("display_id").asInt(), display.path("name").asText());
    }

    private static JsonNode send(HttpClient http, HttpRequest request, ObjectMapper json, String who)
            throws Refused {
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
        } catch (IOException e) {
            throw new Refused(who + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Pairing was interrupted", e);
        }
        if (body.length > MAX_ANSWER_BYTES) {
            throw new Refused(who + " answered with far more than a pairing needs");
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new Refused(who + " did not answer as Bistro92 does", e);
        }
        if (response.statusCode() >= 400 || tree == null) {
            String detail = tree == null ? "" : tree.path("detail").asText("");
            JsonNode errors = tree == null ? null : tree.path("errors");
            if (errors != null && errors.isArray() && !errors.isEmpty()) {
                detail = errors.get(0).path("field").asText() + " " + errors.get(0).path("message").asText();
            }
            throw new Refused("Pairing refused: " + (detail.isBlank() ? "status " + response.statusCode() : detail));
        }
        return tree;
    }
}

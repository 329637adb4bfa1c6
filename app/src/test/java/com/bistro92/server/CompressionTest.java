package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compression both ways: large answers gzipped when the client asks, small ones and those of
 * clients that do not ask sent as they are; a gzipped body read within the body limit counted
 * in inflated bytes, so a small zip bomb is refused with 413 and writes nothing.
 */
class CompressionTest {

    private static final String ORDER = """
            {"table": "T1", "items": [{"name": "Margherita", "quantity": 1}]}""";

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return app.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> postGzipped(byte[] gzipped) throws Exception {
        return app.client().send(HttpRequest.newBuilder(app.uri("/api/order"))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theOrdersListIsGzippedWhenAskedAndReadsTheSame() throws Exception {
        for (int i = 0; i < 20; i++) {
            app.placeOrder("T" + (1 + i % 4), "Margherita", 2);
        }
        HttpResponse<byte[]> plain = get("/api/orders", false);
        HttpResponse<byte[]> zipped = get("/api/orders", true);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        assertThat(zipped.body().length).isLessThan(plain.body().length / 4);
    }

    @Test
    void theGzippedMenuStillAnswers304WhenUnchanged() throws Exception {
        HttpResponse<byte[]> menu = get("/api/v1/menu", true);
        assertThat(menu.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String etag = menu.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = app.client().send(HttpRequest.newBuilder(app.uri("/api/v1/menu"))
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theMetricsAreGzippedForAScraperThatAsks() throws Exception {
        HttpResponse<byte[]> scraped = app.client().send(HttpRequest.newBuilder(app.uri("/metrics"))
                .header("Authorization", app.staffAuthorization()).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(scraped.body()), StandardCharsets.UTF_8)).contains("bistro92_order_latency_seconds");
    }

    @Test
    void aSmallAnswerIsSentAsItIs() throws Exception {
        HttpResponse<String> placed = app.client().send(HttpRequest.newBuilder(app.uri("/api/order"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(ORDER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(placed.body().length()).isLessThan(Compressing.MIN_BYTES);
    }

    @Test
    void aGzippedOrderIsReadInflated() throws Exception {
        HttpResponse<String> placed = postGzipped(gzip(ORDER.getBytes(StandardCharsets.UTF_8)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(app.app().orders().count()).isEqualTo(1);
    }

    @Test
    void aZipBombIsRefusedWith413AndWritesNothing() throws Exception {
        // 8 MiB of one letter inside a valid-looking order: about 8 KiB gzipped, 128 times the limit inflated
        byte[] inflated = ("{\"table\": \"T1\", \"notes\": \"" + "A".repeat(8 << 20) + "\", \"items\": []}")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = gzip(inflated);
        assertThat(bomb.length).isLessThan(Exchange.MAX_BODY_BYTES / 2);

        HttpResponse<String> refused = postGzipped(bomb);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(app.app().orders().count()).isZero();
        // the server is still there for the next, honest order
        assertThat(postGzipped(gzip(ORDER.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(201);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}

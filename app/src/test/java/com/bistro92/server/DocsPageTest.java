package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.SharedServerTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /docs} is Swagger UI served by this server alone, under a policy that allows no inline
 * script: the page, and every file it names, load from here with the right types; the start-up
 * script is ours and reads {@code /openapi.json}. (Headless Chromium showed the page drawn under this
 * policy with no violation reported; this test stays at the HTTP level.)
 */
class DocsPageTest extends SharedServerTest {

    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Map<String, String> TYPES = Map.of(".js", "text/javascript", ".css", "text/css",
            ".png", "image/png");

    @Test
    void docsIsSwaggerUiUnderAPolicyWithoutInlineScript() throws Exception {
        HttpResponse<String> page = get("/docs", null, HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self';", "style-src 'self';",
                "connect-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe", "http");
        String html = page.body();
        assertThat(html).contains("<div id=\"swagger-ui\"></div>");
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find()).as("an inline script").isFalse();
        assertThat(html).doesNotContain("style=", "<style", "http://", "https://");
    }

    @Test
    void everyFileThePageNamesLoadsFromThisServerWithItsType() throws Exception {
        String html = get("/docs", null, HttpResponse.BodyHandlers.ofString()).body();
        List<String> linked = new ArrayList<>();
        for (Matcher m = LINKED.matcher(html); m.find(); ) {
            linked.add(m.group(1));
        }
        assertThat(linked).contains("/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js", "/docs/swagger-ui.css");
        for (String path : linked) {
            HttpResponse<byte[]> file = get(path, null, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            String type = TYPES.get(path.substring(path.lastIndexOf('.')));
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(type);
            assertThat(file.body().length).as(path).isGreaterThan(100);
        }
        String start = new String(get("/docs/swagger-initializer.js", null, HttpResponse.BodyHandlers.ofByteArray())
                .body(), StandardCharsets.UTF_8);
        assertThat(start).contains("url: \"/openapi.json\"", "validatorUrl: null").doesNotContain("petstore");
    }

    @Test
    void aBrowserThatHasAFileIsAnswered304() throws Exception {
        HttpResponse<byte[]> first = get("/docs/swagger-ui-bundle.js", null, HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/docs/swagger-ui-bundle.js", etag, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void onlySwaggerUisOwnFilesAreServed() throws Exception {
        for (String path : List.of("/docs/index.html", "/docs/oauth2-redirect.html", "/docs/swagger-ui.js",
                "/docs/..%2F..%2Fpom.properties")) {
            HttpResponse<String> answer = get(path, null, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
    }

    /** Anyone may read the description; a bad token is refused here as everywhere, not read as no token. */
    @Test
    void theDescriptionIsAnyonesToReadButABadTokenIsRefusedAsEverywhere() throws Exception {
        for (String path : List.of("/openapi.json", "/docs", "/docs/swagger-ui.css")) {
            assertThat(app.client().send(HttpRequest.newBuilder(app.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as(path).isEqualTo(200);
            HttpResponse<String> bad = app.client().send(HttpRequest.newBuilder(app.uri(path))
                    .header("Authorization", "Bearer not-a-token").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).as(path).isEqualTo(401);
        }
    }

    private static <T> HttpResponse<T> get(String path, String ifNoneMatch, HttpResponse.BodyHandler<T> body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return app.client().send(request.build(), body);
    }
}

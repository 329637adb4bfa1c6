package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Requests Jetty itself refuses, and malformed query strings: a problem+json answer each, never a 500 or HTML. */
class ProtocolErrorsTest {

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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "a malformed percent escape in the query, 400",
            "a URI of 20 KB, 414",
            "headers of 20 KB, 431",
            "a request line that is not HTTP, 400",
            "a malformed since on the feed, 400"})
    void isAnsweredWithAProblem(String what, int status) throws Exception {
        String request = switch (what) {
            case "a malformed percent escape in the query" -> "GET /api/orders?limit=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n";
            case "a URI of 20 KB" -> "GET /api/orders?table=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
            case "headers of 20 KB" -> "GET /api/orders HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n";
            case "a request line that is not HTTP" -> "GET /api/orders HTTP/1.1 extra\r\nHost: localhost\r\n\r\n";
            default -> "GET /ws/orders?since=%zz HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
        };
        try (RawClient client = RawClient.connect(app.app().port(), 0)) {
            String head = client.send(request).head();
            assertThat(head).as(what).startsWith("HTTP/1.1 " + status);
            assertThat(head).containsIgnoringCase("Content-Type: application/problem+json");
            int length = Integer.parseInt(head.replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
            String body = client.rest(length);
            assertThat(body).contains("\"status\":" + status).doesNotContain("<html");
        }
    }
}

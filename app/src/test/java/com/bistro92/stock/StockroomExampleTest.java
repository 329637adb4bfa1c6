package com.bistro92.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/integration.md, run as its readers run it ({@code java
 * StockroomClient.java <server> <token>}) against a real suite: it resumes after the seq it kept,
 * sees the last lemon tart sold, books a delivery in, and the tarts are back on the menu.
 */
class StockroomExampleTest {

    @TempDir
    Path data;
    @TempDir
    Path work;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theExampleFollowsTheStreamFromItsSeqAndBooksADeliveryWhenACountReachesZero() throws Exception {
        String token = app.postJson("/api/v1/integrations", "{\"name\":\"Stockroom\"}").body().get("token").asText();
        int tart = app.app().menu().byName("Lemon Tart").orElseThrow().id();
        app.app().stock().create(new StockDraft("Lemon tarts", 1, List.of(tart)), null).join();
        // the client handled everything up to here: it resumes after this seq
        Files.writeString(work.resolve("stockroom.seq"), String.valueOf(app.app().journal().lastSeq()));
        assertThat(app.postJson("/api/order", "{\"table\":\"Table 3\",\"items\":[{\"name\":\"Lemon Tart\","
                + "\"quantity\":1}]}").status()).isEqualTo(201);

        String java = ProcessHandle.current().info().command().orElse("java");
        Path example = Path.of("..", "docs", "examples", "StockroomClient.java").toAbsolutePath().normalize();
        Process client = new ProcessBuilder(java, example.toString(), "http://127.0.0.1:" + app.app().port(), token,
                "--events", "4").directory(work.toFile()).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> out.append(line).append('\n'));
            } catch (java.io.IOException e) {
                out.append(e);
            }
        });
        assertThat(client.waitFor(60, TimeUnit.SECONDS)).as("the example finished: %s", out).isTrue();
        reader.join(5_000);
        assertThat(client.exitValue()).as(out.toString()).isZero();
        assertThat(out.toString()).contains("counts: [", "Lemon tarts: 0 left", "menu_changed", "new_order",
                "Lemon tarts: 12 left");
        assertThat(app.app().stock().levels().getFirst().onHand()).isEqualTo(12);
        assertThat(app.app().menu().byName("Lemon Tart").orElseThrow().available()).as("back on the menu").isTrue();
        assertThat(Long.parseLong(Files.readString(work.resolve("stockroom.seq")).strip()))
                .as("where it would resume: past the delivery's stock_changed")
                .isBetween(app.app().journal().lastSeq() - 1, app.app().journal().lastSeq());
    }
}

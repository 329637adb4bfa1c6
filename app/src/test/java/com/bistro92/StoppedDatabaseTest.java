package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.journal.DatabaseLink;
import com.bistro92.server.Limits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 in the suite's process can stop by itself (a disk that refuses its file makes it close the
 * database for good). Then every change and every read is a 503 with {@code Retry-After}, never a
 * 500, and the stream says the database is lost, so the desktop turns its status line red.
 */
class StoppedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void onceH2HasStoppedEveryAnswerIs503AndTheStreamSaysSo() throws Exception {
        // H2 whichever run this is: the test is of H2 itself
        try (Bistro92 app = Bistro92.startCheaply(new Options(true, false, 0, data), Clock.systemUTC(),
                Bistro92.Storage.DEFAULT, Limits.DEFAULT, CheapStart.identity());
             HttpClient http = HttpClient.newHttpClient()) {
            CountDownLatch lost = new CountDownLatch(1);
            AutoCloseable watching = app.events().subscribe(DatabaseLink.class, link -> {
                if (!link.reachable()) {
                    lost.countDown();
                }
            });
            HttpRequest order = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/order"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"table":"Table 2","items":[{"name":"Espresso","quantity":1}]}"""))
                    .build();
            assertThat(http.send(order, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);

            try {
                app.database().dsl().execute("SHUTDOWN IMMEDIATELY");
            } catch (org.jooq.exception.DataAccessException closedUnderIt) {
                // the statement's own connection is among those it closed
            }

            for (int i = 0; i < 3; i++) {
                HttpResponse<String> refused = http.send(order, HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(refused.body()).contains("nothing was saved");
            }
            assertThat(lost.await(10, TimeUnit.SECONDS)).as("the stream said the database is lost").isTrue();
            assertThat(app.journal().databaseReachable()).isFalse();
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/orders")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
            watching.close();
        }
    }
}

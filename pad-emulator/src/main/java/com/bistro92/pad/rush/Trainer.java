package com.bistro92.pad.rush;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpMethod;

/**
 * Trainer mode: a scripted rush of real orders through the public API, at a steady pace, so
 * that staff can practise on the kitchen view. Point it at an app started on a training data
 * folder ({@code --data}); the app shows which folder it runs on.
 *
 * Its command line is {@link TrainerCommand}.
 */
final class Trainer {

    /** The trainer's settings. */
    record Plan(URI url, int perMinute, Duration length, int tables, MenuMix mix) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final ObjectMapper json;
    private final PrintStream out;

    Trainer(HttpClient http, ObjectMapper json, PrintStream out) {
        this.http = http;
        this.json = json;
        this.out = out;
    }

    /** Sends the plan's orders on schedule; returns 0 if every one was accepted. */
    int send(Plan plan) {
        Duration every = Duration.ofMillis(60_000L / plan.perMinute());
        long total = Math.max(1, plan.length().toMillis() / every.toMillis());
        int failed = 0;
        out.printf("trainer: %d orders over %d s to %s, %d per minute, %d tables%n", total, plan.length().toSeconds(),
                plan.url(), plan.perMinute(), plan.tables());
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            waitUntil(start + n * every.toNanos());
            OrderRequest order = plan.mix().order(n, plan.tables());
            try {
                ContentResponse r = http.newRequest(plan.url().resolve("/api/order"))
                        .method(HttpMethod.POST)
                        .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .body(new BytesRequestContent("application/json", json.writeValueAsBytes(order)))
                        .send();
                JsonNode body = json.readTree(r.getContent());
                if (r.getStatus() == 201) {
                    out.printf("%s %s: %s -> #%d%n", CLOCK.format(LocalTime.now()), order.table(),
                            order.items().stream().map(l -> l.quantity() + "x " + l.name())
                                    .collect(Collectors.joining(", ")), body.get("id").asLong());
                } else {
                    failed++;
                    out.printf("%s refused (%d): %s%n", CLOCK.format(LocalTime.now()), r.getStatus(),
                            body.path("detail").asText());
                }
            } catch (IOException | ExecutionException | TimeoutException e) {
                failed++;
                out.printf("%s the server cannot be reached: %s%n", CLOCK.format(LocalTime.now()),
                        SeedClient.describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        out.printf("trainer: done, %d sent, %d failed%n", total - failed, failed);
        return failed == 0 ? 0 : 1;
    }

    private static void waitUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}

package com.bistro92.orderstream;

import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The kitchen's steps as a display sends them to the main PC: the receipt, status changes and line
 * bumps, each with the version the screen saw, so a stale one is refused with 409 exactly as on
 * the main PC. A refusal becomes the server's {@link Problem}; every call is bounded in time and in
 * the size of its answer.
 */
final class RemoteCommands {

    /** The largest answer read from a REST call: an order is a few kilobytes. */
    static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private record StatusBody(String status, int version) {
    }

    private record VersionBody(int version) {
    }

    private record LinesBody(List<Integer> lines, int version) {
    }

    private final HttpClient http;
    private final URI server;
    private final String token;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Executor reading = command -> Thread.ofVirtual().name("display-answer").start(command);

    RemoteCommands(HttpClient http, URI server, String token, ObjectMapper json, Duration timeout) {
        this.http = http;
        this.server = server;
        this.token = token;
        this.json = json;
        this.timeout = timeout;
    }

    CompletableFuture<Void> receive(long orderId) {
        return post("/api/v1/orders/" + orderId + "/received", Map.of()).thenApply(answer -> null);
    }

    CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, int expectedVersion) {
        return post("/api/v1/orders/" + orderId + "/status", new StatusBody(to.name(), expectedVersion))
                .thenApply(this::order);
    }

    CompletableFuture<Order> changeTicket(TicketChange change, int expectedVersion) {
        String step = switch (change.kind()) {
            case LINES_DONE -> "done";
            case LINES_UNDONE -> "undone";
            default -> null;
        };
        if (step == null) {
            return CompletableFuture.failedFuture(new Problem(403, "Not for displays",
                    "Holding, firing and rushes are made on the main PC"));
        }
        if (change.lines() == null || change.lines().isEmpty()) {
            return CompletableFuture.failedFuture(Problem.badRequest("A change of lines names at least one"));
        }
        if (change.lines().size() > 1) {
            // a station display's bump: its lines on the ticket, all or nothing
            return post("/api/v1/orders/" + change.orderId() + "/lines/" + step,
                    new LinesBody(change.lines(), expectedVersion)).thenApply(this::order);
        }
        return post("/api/v1/orders/" + change.orderId() + "/lines/" + change.lines().getFirst() + "/" + step,
                new VersionBody(expectedVersion)).thenApply(this::order);
    }

    private Order order(JsonNode answer) {
        try {
            return json.treeToValue(answer, Order.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The main PC sent an order this display cannot read", e);
        }
    }

    private CompletableFuture<JsonNode> post(String path, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApplyAsync(this::answer, reading)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The answer as JSON, or its problem thrown; reads at most {@link #MAX_ANSWER_BYTES}. */
    private JsonNode answer(HttpResponse<InputStream> response) {
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_ANSWER_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("The main PC's answer was cut short", e);
        }
        if (body.length > MAX_ANSWER_BYTES) {
            throw new IllegalStateException("The main PC's answer is larger than " + MAX_ANSWER_BYTES + " bytes");
        }
        JsonNode tree;
        try {
            tree = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("The main PC sent an answer that is not JSON", e);
        }
        int status = response.statusCode();
        if (status >= 400) {
            throw new Problem(status, tree.path("title").asText("Refused"),
                    tree.path("detail").asText("The main PC refused this"));
        }
        return tree;
    }
}

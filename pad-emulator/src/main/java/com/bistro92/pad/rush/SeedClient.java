package com.bistro92.pad.rush;

import com.bistro92.pad.client.Stopping;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.Connection;
import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The seed contract over HTTP, as a pad speaks it: {@code POST /api/order} and
 * {@code GET /api/orders}. One client per run, so every run starts without warm connections.
 */
final class SeedClient implements AutoCloseable {

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI orderUri;
    private final URI ordersUri;

    private SeedClient(HttpClient http, ObjectMapper mapper, RushOptions options) {
        this.http = http;
        this.mapper = mapper;
        this.orderUri = options.endpoint("/api/order");
        this.ordersUri = options.endpoint("/api/orders");
    }

    /**
     * @param maxConnections connections the client may open at once; a burst needs one per order
     *                       so that every POST is in flight at the same time
     */
    static SeedClient start(RushOptions options, ObjectMapper mapper, int maxConnections) throws Exception {
        HttpClient http = new HttpClient();
        http.setName("rush-http");
        http.setFollowRedirects(false);
        http.setMaxConnectionsPerDestination(maxConnections);
        http.setMaxRequestsQueuedPerDestination(Math.max(1024, 2 * maxConnections));
        http.setConnectTimeout(10_000);
        http.setIdleTimeout(60_000);
        http.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Bistro92-rush"));
        http.start();
        return new SeedClient(http, mapper, options);
    }

    byte[] encode(OrderRequest order) {
        try {
            return mapper.writeValueAsBytes(order);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an order as JSON", e);
        }
    }

    /**
     * Sends one order without waiting. The future always completes normally, by the deadline at
     * the latest; failures are in the {@link PlacedOrder}.
     */
    CompletableFuture<PlacedOrder> place(byte[] json, Deadline deadline) {
        return send(prepare(json, deadline), null);
    }

    /** Builds a POST to send later; it times out at the deadline (at once if that has passed). */
    Request prepare(byte[] json, Deadline deadline) {
        return http.newRequest(orderUri)
                .method(HttpMethod.POST)
                .headers(headers -> headers.put(HttpHeader.ACCEPT, "application/json"))
                .body(new BytesRequestContent("application/json", json))
                .timeout(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
    }

    /**
     * Sends a {@linkplain #prepare prepared} POST on the given open connection, or through the
     * client's pool when it is null; see {@link #place}.
     */
    CompletableFuture<PlacedOrder> send(Request prepared, Connection connection) {
        CompletableFuture<PlacedOrder> result = new CompletableFuture<>();
        PostListener listener = new PostListener(System.nanoTime(), mapper, result);
        if (connection == null) {
            prepared.send(listener);
        } else {
            connection.send(prepared, listener);
        }
        return result;
    }

    /**
     * Opens {@code count} connections to the server, outside the client's pool, so that a burst
     * measures its requests rather than TCP set-up. The caller closes them.
     */
    List<Connection> connect(int count, Deadline deadline) throws IOException, InterruptedException {
        Destination destination = http.resolveDestination(http.newRequest(orderUri));
        List<CompletableFuture<Connection>> opening = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            opening.add(destination.newConnection());
        }
        try {
            CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new))
                    .get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
            return opening.stream().map(CompletableFuture::join).toList();
        } catch (TimeoutException | ExecutionException e) {
            opening.forEach(future -> future.thenAccept(Connection::close));
            throw new IOException("could not open " + count + " connections to " + orderUri + ": " + describe(e), e);
        }
    }

    /** All order ids the server lists, newest first. */
    Listing list(Deadline deadline) {
        long timeout = deadline.remainingMillis();
        if (timeout <= 0) {
            return Listing.failed("no time left before the deadline");
        }
        InputStreamResponseListener listener = new InputStreamResponseListener();
        http.newRequest(ordersUri)
                .headers(headers -> headers.put(HttpHeader.ACCEPT, "application/json"))
                .timeout(timeout, TimeUnit.MILLISECONDS)
                .send(listener);
        try (InputStream body = listener.getInputStream()) {
            Response response = listener.get(timeout, TimeUnit.MILLISECONDS);
            if (response.getStatus() != 200) {
                return Listing.failed("GET /api/orders answered HTTP " + response.getStatus());
            }
            return Listing.of(readIds(mapper, body));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Listing.failed("interrupted");
        } catch (TimeoutException | ExecutionException | IOException e) {
            return Listing.failed("GET /api/orders failed: " + describe(e));
        }
    }

    /** The ids of a JSON array of orders, read one order at a time. */
    static long[] readIds(ObjectMapper mapper, InputStream json) throws IOException {
        long[] ids = new long[1024];
        int n = 0;
        try (MappingIterator<SeedOrder> orders = mapper.readerFor(SeedOrder.class).readValues(json)) {
            while (orders.hasNextValue()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = orders.nextValue().id();
            }
        }
        return Arrays.copyOf(ids, n);
    }

    static String describe(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    @Override
    public void close() {
        Stopping.stop(http, "the HTTP client");
    }
}

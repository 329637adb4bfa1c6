package com.bistro92.orderstream;

import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The orders as the main PC serves them, for a display on another PC: its WebSocket feed
 * {@code /ws/orders} for the snapshot and every change, and its REST API for the kitchen's steps,
 * both over HTTPS with the display's token, to the certificate pinned in {@code http}.
 *
 * <p>Every bound is explicit: the feed is pinged every {@link Timing#pingEvery()} and counted as lost
 * after {@link Timing#silence()} without a word from the main PC (the screen says so within two
 * seconds); it reconnects with {@code ?since=} the last sequence number it heard, after a backoff
 * that doubles up to {@link Timing#maxBackoff()}, so it misses nothing; a feed message may be at most
 * {@link #MAX_MESSAGE_CHARS} long, and a REST call must be answered within {@link Timing#request()}
 * with at most {@link RemoteCommands#MAX_ANSWER_BYTES}.
 */
public final class RemoteOrderStream implements OrderStream {

    /** The longest feed message a display accepts: the {@code initial} snapshot of a very busy day. */
    public static final int MAX_MESSAGE_CHARS = 16 * 1024 * 1024;

    /**
     * How the feed keeps time.
     *
     * @param pingEvery  how often the display pings the main PC
     * @param silence    how long without any message or pong before the feed counts as lost
     * @param maxBackoff the longest wait between two reconnection attempts
     * @param request    how long a REST call (or a connection attempt) may take
     */
    public record Timing(Duration pingEvery, Duration silence, Duration firstBackoff, Duration maxBackoff,
                        Duration request) {
        public static final Timing DEFAULT = new Timing(Duration.ofMillis(400), Duration.ofMillis(1200),
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private final HttpClient http;
    private final URI server;
    private final String token;
    private final ObjectMapper json;
    private final Timing timing;
    private final RemoteCommands commands;

    /**
     * @param http   the display's one HTTP client, whose TLS context trusts only the main PC's certificate
     * @param server the main PC's HTTPS address, {@code https://host:port}
     * @param token  the display's device token
     */
    public RemoteOrderStream(HttpClient http, URI server, String token, ObjectMapper json, Timing timing) {
        this.http = http;
        this.server = server;
        this.token = token;
        this.json = json;
        this.timing = timing;
        this.commands = new RemoteCommands(http, server, token, json, timing.request());
    }

    @Override
    public AutoCloseable follow(Listener listener) {
        RemoteFeed feed = new RemoteFeed(http, server, token, json, timing, listener);
        feed.start();
        return feed;
    }

    @Override
    public CompletableFuture<Void> receive(long orderId, Integer by) {
        return commands.receive(orderId);
    }

    @Override
    public CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, int expectedVersion, Integer by) {
        return commands.changeStatus(orderId, to, expectedVersion);
    }

    @Override
    public CompletableFuture<Order> changeTicket(TicketChange change, int expectedVersion) {
        return commands.changeTicket(change, expectedVersion);
    }
}

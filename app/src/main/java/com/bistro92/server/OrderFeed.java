package com.bistro92.server;

import com.bistro92.journal.Journal;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.order.FeedMessage;
import com.bistro92.order.Orders;
import com.bistro92.table.TableEvent;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.Pairing;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket order feed: subscribes to the in-process order event stream and fans each
 * event out to every connected client. Each event's JSON was serialised once when it was logged;
 * a dispatch thread of its own hands it to each client, whose send starts at once unless one is
 * already on its way, so neither a slow client nor the network ever slows the writer.
 */
final class OrderFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFeed.class);
    private static final long PING_SECONDS = 30;

    private final Journal journal;
    private final Orders orders;
    private final Pairing pairing;
    private final ObjectMapper json;
    private final Set<FeedSession> sessions = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<LoggedEvent> dispatch = new LinkedBlockingQueue<>();
    private final ExecutorService catchUps = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService pings;
    private final Thread dispatcher;
    private final AutoCloseable subscription;
    private volatile boolean running = true;
    private final Object snapshotLock = new Object();
    private Snapshot snapshot;

    /** A serialised {@code initial} message, the last event it reflects, and the day it covers. */
    private record Snapshot(long seq, LocalDate day, FeedMessage.Initial initial, String json) {
    }

    OrderFeed(Journal journal, Orders orders, Pairing pairing, ObjectMapper json) {
        this.journal = journal;
        this.orders = orders;
        this.pairing = pairing;
        this.json = json;
        this.dispatcher = Thread.ofPlatform().name("feed-dispatch").daemon().start(this::dispatchLoop);
        this.pings = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("feed-ping").daemon().factory());
        pings.scheduleAtFixedRate(() -> sessions.forEach(FeedSession::ping), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        this.subscription = journal.events().subscribe(LoggedEvent.class, this::published);
    }

    /**
     * A client connected. It first gets the catch-up (the events after {@code since}, or the
     * {@code initial} snapshot when {@code since} is null or unknown to this server), then live events.
     */
    FeedSession open(Session session, Long since, PadIdentity pad) {
        FeedSession client = new FeedSession(session, pad);
        sessions.add(client);
        if (pad != null) {
            pairing.connection(pad, true);
        }
        catchUps.execute(() -> catchUp(client, since));
        return client;
    }

    void closed(FeedSession client) {
        if (client != null) {
            client.markClosed();
            sessions.remove(client);
            if (client.pad() != null && sessions.stream().noneMatch(s -> s.pad() != null
                    && s.pad().padId() == client.pad().padId())) {
                pairing.connection(client.pad(), false);
            }
        }
    }

    /** On the writer's thread: queues the event for the dispatcher; a revoked pad is cut off at once. */
    private void published(LoggedEvent event) {
        if (event instanceof TableEvent.PadRevoked revoked) {
            disconnectPad(revoked.pad().padId());
        }
        dispatch.add(event);
    }

    /** Closes every connection of a revoked pad at once. */
    void disconnectPad(int padId) {
        for (FeedSession client : sessions) {
            if (client.pad() != null && client.pad().padId() == padId) {
                client.close(StatusCode.POLICY_VIOLATION, "This pad was revoked");
                closed(client);
            }
        }
    }

    int clients() {
        return sessions.size();
    }

    private void catchUp(FeedSession client, Long since) {
        try {
            if (since != null && since <= journal.lastSeq()) {
                journal.replay(since, event -> {
                    if (client.wants(event.tableId(), event.staffOnly())) {
                        deliver(client, event.seq(), event.json());
                    }
                });
            } else if (client.pad() != null) {
                // the shared snapshot, cut down to the pad's table
                FeedMessage.Initial all = initialSnapshot().initial();
                int table = client.pad().tableId();
                FeedMessage.Initial own = new FeedMessage.Initial(all.seq(),
                        all.orders().stream().filter(o -> o.tableId() == table).toList());
                deliver(client, own.seq(), json.writeValueAsString(own));
            } else {
                Snapshot initial = initialSnapshot();
                deliver(client, initial.seq(), initial.json());
            }
            client.goLive();
        } catch (Exception e) {
            LOG.error("Could not bring a feed client up to date", e);
            client.close(StatusCode.SERVER_ERROR, "Server error; reconnect");
            sessions.remove(client);
        }
    }

    private static void deliver(FeedSession client, long seq, String json) {
        try {
            client.catchUp(seq, json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The feed is shutting down", e);
        }
    }

    /**
     * The {@code initial} message, shared by every client that connects while no event has
     * happened since it was made: a wall of screens reconnecting at once costs one query.
     */
    private Snapshot initialSnapshot() throws Exception {
        synchronized (snapshotLock) {
            Snapshot cached = snapshot;
            if (cached != null && cached.seq() == journal.lastSeq() && cached.day().equals(orders.today())) {
                return cached;
            }
            LocalDate day = orders.today();
            FeedMessage.Initial initial = orders.initial();
            snapshot = new Snapshot(initial.seq(), day, initial, json.writeValueAsString(initial));
            return snapshot;
        }
    }

    private void dispatchLoop() {
        while (running) {
            try {
                LoggedEvent event = dispatch.poll(200, TimeUnit.MILLISECONDS);
                if (event == null) {
                    continue;
                }
                Integer table = event.tableId();
                boolean staffOnly = event.staffOnly();
                for (FeedSession client : sessions) {
                    if (client.wants(table, staffOnly)) {
                        client.offer(event.seq(), event.json());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Feed dispatch failed", e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
        running = false;
        dispatcher.join(2_000);
        pings.shutdownNow();
        catchUps.shutdownNow();
        sessions.forEach(s -> s.close(StatusCode.SHUTDOWN, "Server is shutting down"));
        sessions.clear();
    }
}

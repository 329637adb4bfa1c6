package com.bistro92.server.feed;

import com.bistro92.server.Reads;
import com.bistro92.server.Limits;

import com.bistro92.integration.IntegrationEvent;
import com.bistro92.journal.Journal;
import com.bistro92.print.KitchenScreens;
import com.bistro92.journal.LogEntry;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.order.FeedMessage;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.Orders;
import com.bistro92.table.DisplayEvent;
import com.bistro92.table.DisplayIdentity;
import com.bistro92.table.PadIdentity;
import com.bistro92.table.TableEvent;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>Bounded: at most {@link Limits#feeds()} clients, {@link Limits#feedsPerPad()} per pad token,
 * and {@link Limits#feedQueueBytes()} waiting for each. A catch-up reads the log a page at a
 * time, so no database connection waits on a client. A pad hears only the party now at its table:
 * its orders, calls and the table's seating, never an earlier party's.
 */
public final class OrderFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFeed.class);
    private static final long PING_SECONDS = 30;

    /** Where the feed is opened, as a WebSocket. */
    public static final String PATH = "/ws/orders";

    /** Events read from the log per query during a catch-up. */
    public static final int REPLAY_PAGE = 500;
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final Journal journal;
    /** Told when a display's feed opens and closes: printers stand in for the screens when none follows. */
    private final KitchenScreens screens;
    private final Orders orders;
    private final Pairing pairing;
    private final TableSessions tables;
    private final Limits limits;
    private final Reads reads;
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
    private final Map<Integer, PartySnapshot> parties = new HashMap<>();

    /** A serialised {@code initial} message, the last event it reflects, and the day it covers. */
    private record Snapshot(long seq, LocalDate day, FeedMessage.Initial initial, String json) {
    }

    /** A party's share of a snapshot, serialised once for every pad at its table. */
    private record PartySnapshot(Snapshot of, Instant seatedSince, String json) {
    }

    public OrderFeed(Journal journal, Orders orders, Pairing pairing, TableSessions tables, Limits limits, Reads reads,
              ObjectMapper json, KitchenScreens screens) {
        this.reads = reads;
        this.screens = screens;
        this.journal = journal;
        this.orders = orders;
        this.pairing = pairing;
        this.tables = tables;
        this.limits = limits;
        this.json = json;
        this.dispatcher = Thread.ofPlatform().name("feed-dispatch").daemon().start(this::dispatchLoop);
        this.pings = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("feed-ping").daemon().factory());
        pings.scheduleAtFixedRate(() -> sessions.forEach(FeedSession::ping), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        this.subscription = journal.events().subscribe(LoggedEvent.class, this::published);
    }

    /**
     * Why a new client cannot be taken now, or null when it can; checked before the upgrade so
     * that a refused client gets a plain HTTP answer. {@link #open} checks again, atomically.
     */
    String refusal(PadIdentity pad, DisplayIdentity display) {
        if (sessions.size() >= limits.feeds()) {
            return "The server has as many live feeds as it can serve; try again shortly";
        }
        if (pad != null && feedsOf(pad) >= limits.feedsPerPad()) {
            return "This pad already has " + limits.feedsPerPad() + " live feeds; close one first";
        }
        if (display != null && feedsOf(display) >= limits.feedsPerPad()) {
            return "This display already has " + limits.feedsPerPad() + " live feeds; close one first";
        }
        return null;
    }

    /**
     * A client connected. It first gets the catch-up (the events after {@code since}, or the
     * {@code initial} snapshot when {@code since} is null or unknown to this server), then live events.
     */
    FeedSession open(Session session, Long since, PadIdentity pad, DisplayIdentity display, Integer integration) {
        FeedSession client = new FeedSession(session, pad, display, integration, limits.feedQueueBytes());
        String refused;
        synchronized (sessions) {
            refused = refusal(pad, display);
            if (refused == null) {
                sessions.add(client);
            }
        }
        if (refused != null) {
            client.close(pad == null && display == null ? StatusCode.TRY_AGAIN_LATER : StatusCode.POLICY_VIOLATION, refused);
            return null;
        }
        if (pad != null) {
            pairing.connection(pad, true);
        }
        if (display != null) {
            screens.connected(display.displayId());
        }
        catchUps.execute(() -> catchUp(client, since));
        return client;
    }

    private long feedsOf(PadIdentity pad) {
        return sessions.stream().filter(s -> s.pad() != null && s.pad().padId() == pad.padId()).count();
    }

    private long feedsOf(DisplayIdentity display) {
        return sessions.stream().filter(s -> s.display() != null && s.display().displayId() == display.displayId())
                .count();
    }

    void closed(FeedSession client) {
        if (client != null) {
            client.markClosed();
            boolean removed;
            synchronized (sessions) {
                removed = sessions.remove(client);
            }
            if (removed && client.pad() != null && feedsOf(client.pad()) == 0) {
                pairing.connection(client.pad(), false);
            }
            if (removed && client.display() != null) {
                screens.disconnected(client.display().displayId());
            }
        }
    }

    /** On the writer's thread: queues the event for the dispatcher; a revoked pad is cut off at once. */
    private void published(LoggedEvent event) {
        if (event instanceof TableEvent.PadRevoked revoked) {
            disconnectPad(revoked.pad().padId());
        } else if (event instanceof DisplayEvent.Revoked revoked) {
            disconnectDisplay(revoked.display().displayId());
        } else if (event instanceof IntegrationEvent.Revoked revoked) {
            disconnectIntegration(revoked.client().id());
        }
        dispatch.add(event);
    }

    /** Closes every connection of a revoked pad at once. */
    public void disconnectPad(int padId) {
        for (FeedSession client : sessions) {
            if (client.pad() != null && client.pad().padId() == padId) {
                client.close(StatusCode.POLICY_VIOLATION, "This pad was revoked");
                closed(client);
            }
        }
    }

    /** Closes the feeds of a revoked integration at once. */
    private void disconnectIntegration(int id) {
        for (FeedSession client : sessions) {
            if (client.integration() != null && client.integration() == id) {
                client.close(StatusCode.POLICY_VIOLATION, "This integration's token was revoked");
            }
        }
    }

    /** Closes the feed of a revoked display at once. */
    public void disconnectDisplay(int displayId) {
        for (FeedSession client : sessions) {
            if (client.display() != null && client.display().displayId() == displayId) {
                client.close(StatusCode.POLICY_VIOLATION, "This display was revoked");
                closed(client);
            }
        }
    }

    public int clients() {
        return sessions.size();
    }

    /**
     * Bytes waiting to be sent, over every client: near {@code clients × feedQueueBytes} means
     * clients that do not keep up. Takes each client's lock in turn, so for a scrape only.
     */
    public long queuedBytes() {
        long total = 0;
        for (FeedSession client : sessions) {
            total += client.queuedBytes();
        }
        return total;
    }

    private void catchUp(FeedSession client, Long since) {
        try {
            PadIdentity pad = client.pad();
            if (since != null && since <= journal.lastSeq()) {
                long after = since;
                List<LogEntry> page;
                do {
                    // one short query per page: the connection is back in the pool before anything is sent
                    long from = after;
                    page = reads.read(() -> pad == null ? journal.replay(from, REPLAY_PAGE)
                            : orders.partyEvents(pad.tableId(), tables.seatedSince(pad.tableId()).orElse(NEVER),
                                    from, REPLAY_PAGE)).join();
                    for (LogEntry event : page) {
                        after = event.seq();
                        if (client.wants(event.tableId(), event.staffOnly())) {
                            deliver(client, event.seq(), event.json());
                        }
                    }
                } while (page.size() == REPLAY_PAGE && !client.isClosed());
            } else if (pad != null) {
                PartySnapshot own = reads.read(() -> partySnapshot(pad.tableId())).join();
                deliver(client, own.of().seq(), own.json());
            } else {
                Snapshot initial = reads.read(this::initialSnapshot).join();
                deliver(client, initial.seq(), initial.json());
            }
            client.goLive();
        } catch (Exception e) {
            LOG.error("Could not bring a feed client up to date", e);
            client.close(StatusCode.SERVER_ERROR, "Server error; reconnect");
            closed(client);
        }
    }

    /**
     * Whether {@code client} may hear {@code event}: a pad hears its own table's events, but of its
     * table's orders only those of the party seated now.
     */
    private boolean mayHear(FeedSession client, LoggedEvent event) {
        if (!client.wants(event.tableId(), event.staffOnly())) {
            return false;
        }
        if (client.pad() == null || !(event instanceof OrderEvent order)) {
            return true;
        }
        Optional<Instant> seated = tables.seatedSince(client.pad().tableId());
        return seated.isPresent() && !order.order().createdAt().isBefore(seated.get());
    }

    /** The snapshot cut down to the party now at {@code tableId} (no orders when nobody is seated). */
    private PartySnapshot partySnapshot(int tableId) throws Exception {
        Snapshot all = initialSnapshot();
        Instant since = tables.seatedSince(tableId).orElse(NEVER);
        synchronized (snapshotLock) {
            PartySnapshot cached = parties.get(tableId);
            if (cached != null && cached.of() == all && cached.seatedSince().equals(since)) {
                return cached;
            }
            FeedMessage.Initial own = new FeedMessage.Initial(all.seq(), all.initial().orders().stream()
                    .filter(o -> o.tableId() == tableId && !o.createdAt().isBefore(since)).toList());
            PartySnapshot party = new PartySnapshot(all, since, json.writeValueAsString(own));
            parties.put(tableId, party);
            return party;
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
            parties.clear();
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
                for (FeedSession client : sessions) {
                    if (mayHear(client, event)) {
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

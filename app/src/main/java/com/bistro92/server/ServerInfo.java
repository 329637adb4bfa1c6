package com.bistro92.server;

import com.bistro92.journal.Journal;
import com.bistro92.net.LanAddress;
import com.bistro92.order.Orders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;

/** What {@code GET /api/debug} tells: server and connection facts, never secrets. */
final class ServerInfo {

    /** The debug document. */
    record Snapshot(String service, String version, Instant startedAt, long uptimeSeconds, int port, int tlsPort,
                    List<String> lanAddresses, String java, int processors, long maxMemoryMb, long usedMemoryMb,
                    Database database, Connections connections) {
    }

    record Database(long orders, long lastEventSeq, long writerGroups) {
    }

    record Connections(int websocket) {
    }

    private final Orders orders;
    private final Journal journal;
    private final Clock clock;
    private final Instant startedAt;
    private final IntSupplier port;
    private final IntSupplier tlsPort;
    private final IntSupplier websocketClients;

    ServerInfo(Orders orders, Journal journal, Clock clock, IntSupplier port, IntSupplier tlsPort,
               IntSupplier websocketClients) {
        this.orders = orders;
        this.journal = journal;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.port = port;
        this.tlsPort = tlsPort;
        this.websocketClients = websocketClients;
    }

    Snapshot snapshot() {
        Runtime rt = Runtime.getRuntime();
        String version = ServerInfo.class.getPackage().getImplementationVersion();
        return new Snapshot("Bistro92", version == null ? "development" : version, startedAt,
                Duration.between(startedAt, clock.instant()).toSeconds(), port.getAsInt(), tlsPort.getAsInt(),
                LanAddress.all(), Runtime.version().toString(), rt.availableProcessors(),
                rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20,
                new Database(orders.count(), journal.lastSeq(), journal.groups()),
                new Connections(websocketClients.getAsInt()));
    }
}

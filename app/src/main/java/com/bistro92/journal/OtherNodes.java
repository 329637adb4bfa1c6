package com.bistro92.journal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this node makes of the groups that another suite node committed to the same database (two
 * nodes on one PostgreSQL database): each feature says how its events read back from the event
 * log ({@link #decode}) and what it keeps in memory that they make stale ({@link #reloadOn}), as it
 * registers its rules with the journal. The writer reads the other node's rows by {@code seq},
 * reloads what they touch, then publishes them, typed as this node's own events are, before any
 * group of its own; so every screen and feed of this node hears them once, in {@code seq} order.
 *
 * <p>A kind no feature decodes is published as a {@link LoggedElsewhere}, its wire form unchanged.
 */
public final class OtherNodes {

    private static final Logger LOG = LoggerFactory.getLogger(OtherNodes.class);

    private final Map<String, Function<LogRow, ? extends LoggedEvent>> decoders = new ConcurrentHashMap<>();
    private final Map<Runnable, Set<String>> reloads = new ConcurrentHashMap<>();
    private final List<Consumer<List<LogRow>>> readers = new java.util.concurrent.CopyOnWriteArrayList<>();

    OtherNodes() {
    }

    /** Reads events of {@code type} back from their rows; the event's {@code json()} must be the row's payload. */
    public void decode(String type, Function<LogRow, ? extends LoggedEvent> decoder) {
        if (decoders.putIfAbsent(type, decoder) != null) {
            throw new IllegalStateException("Events of type " + type + " already have a decoder");
        }
    }

    /** Runs {@code reload} (once per catch-up) before events of any of {@code types} from another node are published. */
    public void reloadOn(Runnable reload, String... types) {
        reloads.put(reload, Set.of(types));
    }

    /**
     * Hands {@code reader} each page of the other node's rows before any of them is decoded, so that
     * what the decoders need of the log before the page is read once for the whole page.
     */
    public void readAhead(Consumer<List<LogRow>> reader) {
        readers.add(reader);
    }

    /** The other node's rows, in {@code seq} order, as events of this node, after reloading what they touch. */
    List<LoggedEvent> take(List<LogRow> rows) {
        Set<String> types = new HashSet<>();
        rows.forEach(r -> types.add(r.type()));
        Map<Runnable, Set<String>> due = new LinkedHashMap<>(reloads);
        due.values().removeIf(t -> Collections.disjoint(t, types));
        for (Runnable reload : due.keySet()) {
            try {
                reload.run();
            } catch (RuntimeException e) {
                LOG.error("Could not reload after another node's changes", e);
            }
        }
        for (Consumer<List<LogRow>> reader : readers) {
            try {
                reader.accept(rows);
            } catch (RuntimeException e) {
                LOG.error("Could not read ahead of another node's changes", e);
            }
        }
        List<LoggedEvent> events = new ArrayList<>(rows.size());
        for (LogRow row : rows) {
            events.add(decoded(row));
        }
        return events;
    }

    private LoggedEvent decoded(LogRow row) {
        Function<LogRow, ? extends LoggedEvent> decoder = decoders.get(row.type());
        if (decoder != null) {
            try {
                LoggedEvent event = decoder.apply(row);
                if (event.seq() == row.seq() && event.json().equals(row.payload())) {
                    return event;
                }
                LOG.error("The decoder of {} changed event {}; published as logged", row.type(), row.seq());
            } catch (RuntimeException e) {
                LOG.error("Cannot decode event {} ({}) from another node; published as logged", row.seq(), row.type(), e);
            }
        }
        return LoggedElsewhere.of(row);
    }
}

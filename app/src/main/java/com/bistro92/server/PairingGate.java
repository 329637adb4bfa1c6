package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.bistro92.table.Pairing;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Guards {@code POST /api/v1/pads/pair} against guessing, before a byte of the body is read.
 *
 * <p>Each address may get {@code perAddress} codes wrong a minute, and all addresses together
 * {@code total}: past that, pairing pauses for everyone for a minute, and Tables & Pads says so.
 * With a million codes and a ten-minute code life, that leaves a guesser about one chance in
 * 3,000 per code. An attempt counts as wrong from the moment it is admitted until it succeeds, so
 * 200 attempts sent at once are counted as 200, not checked 12 at a time.
 */
final class PairingGate {

    private final Limits.PairingLimits limits;
    private final OnPause onPause;
    private final String what;
    private final String codes;
    private final Clock clock;
    private final Map<InetAddress, Deque<Instant>> byAddress = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    /**
     * One admitted attempt. It counts as wrong from its admission; {@link #succeeded()} takes it
     * back, and {@link #close()} ends it either way.
     */
    final class Attempt implements AutoCloseable {
        private final InetAddress from;
        private final Instant at;
        private boolean succeeded;
        private boolean closed;

        private Attempt(InetAddress from, Instant at) {
            this.from = from;
            this.at = at;
        }

        void succeeded() {
            synchronized (PairingGate.this) {
                succeeded = true;
            }
        }

        @Override
        public void close() {
            synchronized (PairingGate.this) {
                if (closed) {
                    return;
                }
                closed = true;
                if (succeeded) {
                    forget(from, at);
                }
            }
        }
    }

    /** What a gate does when it pauses: tell the screens (pairing), or only refuse (opening tables). */
    interface OnPause {
        void paused(Instant until, int attempts);
    }

    PairingGate(Limits.PairingLimits limits, Pairing pairing, Clock clock) {
        this(limits, pairing::pause, "Pairing", "pairing codes", clock);
    }

    /**
     * A gate for another kind of one-time code: {@code what} is paused ("Pairing"), {@code codes}
     * were tried ("pairing codes").
     */
    PairingGate(Limits.PairingLimits limits, OnPause onPause, String what, String codes, Clock clock) {
        this.limits = limits;
        this.onPause = onPause;
        this.what = what;
        this.codes = codes;
        this.clock = clock;
    }

    /** Admits one attempt from {@code from}, or refuses with 429 while it or everyone has tried too often. */
    synchronized Attempt admit(InetAddress from) {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            throw Problem.tooMany(what + " is paused for a minute: too many wrong codes were tried. Ask staff.",
                    seconds(now, pausedUntil));
        }
        prune(now);
        if (all.size() >= limits.total()) {
            pausedUntil = now.plus(limits.pause());
            all.clear();
            byAddress.clear();
            onPause.paused(pausedUntil, limits.total());
            throw Problem.tooMany(what + " is paused for a minute: too many wrong codes were tried. Ask staff.",
                    seconds(now, pausedUntil));
        }
        Deque<Instant> mine = byAddress.computeIfAbsent(from, a -> new ArrayDeque<>());
        if (mine.size() >= limits.perAddress()) {
            throw Problem.tooMany("Too many wrong " + codes + " from this device; wait a minute",
                    seconds(now, mine.peekFirst().plus(limits.window())));
        }
        mine.addLast(now);
        all.addLast(now);
        return new Attempt(from, now);
    }

    /** Whether pairing is paused now. */
    synchronized boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    private void forget(InetAddress from, Instant at) {
        all.removeLastOccurrence(at);
        Deque<Instant> mine = byAddress.get(from);
        if (mine != null) {
            mine.removeLastOccurrence(at);
            if (mine.isEmpty()) {
                byAddress.remove(from);
            }
        }
    }

    private void prune(Instant now) {
        Instant since = now.minus(limits.window());
        while (!all.isEmpty() && all.peekFirst().isBefore(since)) {
            all.pollFirst();
        }
        byAddress.values().removeIf(times -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            return times.isEmpty();
        });
    }

    private static long seconds(Instant now, Instant then) {
        return Math.max(1, (long) Math.ceil((then.toEpochMilli() - now.toEpochMilli()) / 1000.0));
    }
}

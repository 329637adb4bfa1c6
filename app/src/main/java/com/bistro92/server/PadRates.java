package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often each pad may order or call for service: a token bucket per pad and kind, with a small
 * burst. A real party orders a few times an hour; a pad asking faster gets 429 with
 * {@code Retry-After}, and nothing is written. Pads are few and known (only valid tokens get
 * here), so the buckets stay small.
 */
final class PadRates {

    private static final int KEYS_KEPT = 16;

    private final Limits.Rate rate;
    private final Clock clock;
    private final String what;
    private final Map<Integer, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens left, when they were counted, and the idempotency keys already paid for. */
    private static final class Bucket {
        double tokens;
        long at;
        final Set<String> paidKeys = new LinkedHashSet<>();

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    PadRates(Limits.Rate rate, Clock clock, String what) {
        this.rate = rate;
        this.clock = clock;
        this.what = what;
    }

    /**
     * Takes one token for the pad, or refuses with 429 saying when the next one comes. A retry
     * with an idempotency key already paid for costs nothing: it is the same order, not a new one.
     */
    void take(int padId, String idempotencyKey) {
        long now = clock.millis();
        double perMilli = rate.count() / (double) rate.per().toMillis();
        Bucket bucket = buckets.computeIfAbsent(padId, id -> new Bucket(rate.burst(), now));
        synchronized (bucket) {
            if (idempotencyKey != null && bucket.paidKeys.contains(idempotencyKey)) {
                return;
            }
            bucket.tokens = Math.min(rate.burst(), bucket.tokens + (now - bucket.at) * perMilli);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                if (idempotencyKey != null) {
                    bucket.paidKeys.add(idempotencyKey);
                    if (bucket.paidKeys.size() > KEYS_KEPT) {
                        bucket.paidKeys.remove(bucket.paidKeys.iterator().next());
                    }
                }
                return;
            }
            long waitSeconds = (long) Math.ceil((1 - bucket.tokens) / perMilli / 1000);
            throw Problem.tooMany("This pad has sent " + what + " too often; try again in " + waitSeconds
                    + " s, or ask a waiter", waitSeconds);
        }
    }
}

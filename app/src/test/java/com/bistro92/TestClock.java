package com.bistro92;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move by hand. It starts at the real time so that stored orders look current. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone = ZoneId.systemDefault();

    public TestClock() {
        this(Instant.now());
    }

    /** A clock that starts at {@code start}: for stores of orders placed on days chosen by the test. */
    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed zone");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}

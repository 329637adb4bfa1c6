package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's pause switch, first in the chain: while paused (a backup being restored), every
 * request, WebSocket upgrades included, is answered 503 with {@code Retry-After}, and pads try
 * again. {@link #pause} waits for the requests already let through to finish, so that none of
 * them reaches the database while it is swapped.
 */
final class Pause extends Handler.Wrapper {

    /** How long a paused server tells clients to wait. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final Problems problems;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean paused;

    Pause(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (paused) {
            problems.respond(request, response, callback, Problem.busy(
                    "The server is restoring a backup; try again in a few seconds", RETRY_AFTER_SECONDS));
            return true;
        }
        inFlight.incrementAndGet();
        Callback counted = Callback.from(callback, inFlight::decrementAndGet);
        try {
            if (super.handle(request, response, counted)) {
                return true;
            }
        } catch (Exception | Error e) {
            inFlight.decrementAndGet();
            throw e;
        }
        inFlight.decrementAndGet();
        return false;
    }

    /**
     * Answers every new request 503 from now on, and waits up to {@code drain} for those already
     * let through; returns how many were still running then (long feeds are not among them: an
     * upgraded WebSocket's request is done).
     */
    int pause(Duration drain) throws InterruptedException {
        paused = true;
        long deadline = System.nanoTime() + drain.toNanos();
        synchronized (this) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                wait(10);
            }
        }
        return inFlight.get();
    }

    void resume() {
        paused = false;
    }

    boolean paused() {
        return paused;
    }
}

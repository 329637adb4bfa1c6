package com.bistro92.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the big reads run: pages of {@code GET /api/orders}, catch-up pages and snapshots for the
 * feed. Two threads of their own, so that fifty clients asking for the whole day at once queue
 * here instead of taking every Jetty thread and leaving none for a pad's order.
 */
public final class Reads implements AutoCloseable {

    static final int THREADS = 2;

    private final ExecutorService threads;

    Reads() {
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS,
                r -> Thread.ofPlatform().name("reads-" + n.incrementAndGet()).daemon().unstarted(r));
    }

    /** Runs {@code read} on a read thread. */
    public <T> CompletableFuture<T> read(Callable<T> read) {
        CompletableFuture<T> result = new CompletableFuture<>();
        threads.execute(() -> {
            try {
                result.complete(read.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

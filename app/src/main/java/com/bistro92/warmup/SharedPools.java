package com.bistro92.warmup;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Starts the threads of the JDK's shared pools (the carriers of virtual threads, the common
 * fork-join pool) before the warm-up lowers its priority. A thread inherits the nice value of the
 * thread that starts it, and these pools start their threads from whoever first hands them work:
 * had the throwaway suite done that, the real suite's virtual threads and async tasks would run at
 * the warm-up's low priority for as long as those threads live.
 */
final class SharedPools {

    /** How long to wait for a pool to grow to its size; a pool kept smaller is left as it is. */
    private static final Duration AT_MOST = Duration.ofSeconds(1);

    private SharedPools() {
    }

    /** Makes each shared pool start all its threads, from the calling thread. */
    static void startAll() {
        occupy(Runtime.getRuntime().availableProcessors(), task -> Thread.ofVirtual().start(task));
        occupy(ForkJoinPool.getCommonPoolParallelism(), ForkJoinPool.commonPool());
    }

    /**
     * Gives {@code executor} {@code threads} tasks that each keep their thread busy until all have
     * started: a pool can only run them all at once with that many threads of its own.
     */
    private static void occupy(int threads, Executor executor) {
        CountDownLatch running = new CountDownLatch(threads);
        long until = System.nanoTime() + AT_MOST.toNanos();
        for (int i = 0; i < threads; i++) {
            executor.execute(() -> {
                running.countDown();
                while (running.getCount() > 0 && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            });
        }
        try {
            running.await(AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

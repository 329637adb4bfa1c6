package com.bistro92.metrics;

import com.bistro92.journal.JournalWatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The server's figures, in one registry made at start and passed to whoever records into it (no
 * global registry: a restore or the warm-up's throwaway server has its own), and written out in
 * Prometheus' text format by {@link #scrape()}.
 *
 * <p>Recording is cheap and takes no lock: Micrometer's counters are {@code LongAdder}s and its
 * histograms fixed arrays of atomic counters, so the order path pays a few atomic additions.
 * Gauges are read only when scraped.
 *
 * <p>What each figure means, and what to watch, is in {@code docs/operations.md}.
 */
public final class Metrics implements JournalWatch, AutoCloseable {

    /** The content type of {@link #scrape()}: Prometheus' text format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Timer orderLatency;
    private final DistributionSummary groupSize;
    private final Timer journalWrite;
    private final Timer checkpoints;
    private final Counter checkpointFailures;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        orderLatency = Timer.builder("bistro92.order.latency")
                .description("An order from the request's arrival to its 201 answer (durable by then)")
                .serviceLevelObjectives(ms(1), ms(2), ms(5), ms(10), ms(20), ms(50), ms(100), ms(200), ms(500),
                        ms(1_000), ms(2_000), ms(5_000))
                .register(registry);
        groupSize = DistributionSummary.builder("bistro92.journal.group.size")
                .description("Commands the single writer applied in one transaction (group commit)")
                .baseUnit("commands")
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256)
                .register(registry);
        journalWrite = Timer.builder("bistro92.journal.write")
                .description("Writing one group's record to the journal file, on the disk when it returns")
                .serviceLevelObjectives(Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000),
                        Duration.ofNanos(500_000), ms(1), ms(2), ms(5), ms(10), ms(50))
                .register(registry);
        checkpoints = Timer.builder("bistro92.journal.checkpoint")
                .description("Checkpoints: the database made durable, the journal file moved to its other half")
                .register(registry);
        checkpointFailures = Counter.builder("bistro92.journal.checkpoint.failures")
                .description("Checkpoints that failed (the journal keeps every change until one succeeds)")
                .register(registry);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    /** An order was answered 201, {@code nanos} after its request arrived. */
    public void orderAnswered(long nanos) {
        orderLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * A request was answered with an error status. {@code route} must come from a bounded set
     * (the route's template, never the raw path), or every guessed URL would become a series.
     */
    public void refused(String route, int status) {
        Counter.builder("bistro92.http.errors")
                .description("Requests answered 4xx or 5xx, by route template and status")
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
    }

    /** A figure read from {@code source} at each scrape; {@code source} is held strongly. */
    public <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        Gauge.builder(name, source, value).description(description).strongReference(true).register(registry);
    }

    @Override
    public void group(int commands, long writeNanos) {
        groupSize.record(commands);
        journalWrite.record(writeNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void checkpoint(long nanos, boolean succeeded) {
        checkpoints.record(nanos, TimeUnit.NANOSECONDS);
        if (!succeeded) {
            checkpointFailures.increment();
        }
    }

    /** Every figure, in Prometheus' text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Stops listening to the JVM's garbage collections. */
    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}

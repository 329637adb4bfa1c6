package com.bistro92.server;

import com.bistro92.metrics.Metrics;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics}: the server's figures in Prometheus' text format, for staff (the staff token,
 * on this computer) and for the monitoring address of the settings, which needs no token and may
 * read nothing else ({@link Access#METRICS}). The seed contract's open door on this computer does not
 * extend to the figures.
 */
final class MetricsRoutes {

    static final String PATH = "/metrics";

    private final Metrics metrics;

    MetricsRoutes(Metrics metrics) {
        this.metrics = metrics;
    }

    void register(Router router) {
        router.get(PATH, Access.METRICS, this::scrape);
    }

    private void scrape(Exchange ex) {
        ex.text(200, Metrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }
}

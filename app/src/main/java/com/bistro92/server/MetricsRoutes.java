package com.bistro92.server;

import com.bistro92.metrics.Metrics;
import com.bistro92.problem.Problem;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics}: the server's figures in Prometheus' text format, for staff (the staff token,
 * on this computer) and for the monitoring address of the settings, which needs no token and may
 * read nothing else (see {@link AccessGuard}). Without a token from this computer it is 401: the
 * seed contract's open door does not extend to the figures.
 */
final class MetricsRoutes {

    static final String PATH = "/metrics";

    private final Metrics metrics;

    MetricsRoutes(Metrics metrics) {
        this.metrics = metrics;
    }

    void register(Router router) {
        router.get(PATH, this::scrape);
    }

    private void scrape(Exchange ex) {
        switch (ex.caller()) {
            case Caller.Staff s -> { }
            case Caller.Monitor m -> { }
            case Caller.Local l -> throw unauthorized(ex);
            default -> ex.requireStaff();
        }
        ex.text(200, Metrics.CONTENT_TYPE, metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private static Problem unauthorized(Exchange ex) {
        ex.challenge();
        return new Problem(401, "Staff token needed", "The metrics are for staff (Authorization: Bearer and the"
                + " staff token) or the monitoring address set in Settings");
    }
}

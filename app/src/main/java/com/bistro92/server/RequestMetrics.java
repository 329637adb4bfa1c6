package com.bistro92.server;

import com.bistro92.metrics.Metrics;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Counts what every request came to, first in the chain so that refusals before any route (a
 * pause's 503, the guard's 401) count too: an order's time from its arrival to its 201, and each
 * 4xx or 5xx by the template of the route the path falls under, never by the raw path, so that
 * a scan of guessed URLs adds no series.
 *
 * <p>A successful answer costs a field read and an attribute lookup; the route is looked up only
 * for an error.
 */
final class RequestMetrics extends Handler.Wrapper {

    /** Set by {@link Exchange#placed} on a request answered as a placed order. */
    static final String ORDER_ANSWERED = "bistro92.order-answered";
    /** The route of a path no route and no WebSocket mapping knows. */
    static final String UNMATCHED = "unmatched";

    private final Metrics metrics;
    private final UnaryOperator<String> templates;

    /** @param templates the template of the route a path falls under, or null */
    RequestMetrics(Metrics metrics, UnaryOperator<String> templates) {
        this.metrics = metrics;
        this.templates = templates;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, response, new Outcome(callback, request, response));
    }

    private void answered(Request request, int status) {
        if (status >= 400) {
            String path = Request.getPathInContext(request);
            String route = templates.apply(path);
            metrics.refused(route != null ? route : UNMATCHED, status);
        } else if (status == 201 && request.getAttribute(ORDER_ANSWERED) != null) {
            metrics.orderAnswered(NanoTime.since(request.getBeginNanoTime()));
        }
    }

    /** The request's callback, noting the status it completed with. */
    private final class Outcome extends Callback.Nested {

        private final Request request;
        private final Response response;

        Outcome(Callback callback, Request request, Response response) {
            super(callback);
            this.request = request;
            this.response = response;
        }

        @Override
        public void succeeded() {
            answered(request, response.getStatus());
            super.succeeded();
        }

        @Override
        public void failed(Throwable failure) {
            // Jetty answers a failure itself when nothing was sent yet: 500, or the status it carries
            int status = response.isCommitted() ? response.getStatus()
                    : failure instanceof HttpException http ? http.getCode() : 500;
            answered(request, Math.max(status, 400));
            super.failed(failure);
        }
    }
}

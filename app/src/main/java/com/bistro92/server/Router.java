package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The adapter from Jetty's {@link Handler} to route functions. Paths are literal segments
 * and {@code {name}} parameters; a literal segment wins over a parameter. Unknown paths answer 404,
 * a known path with another method 405 with {@code Allow}.
 *
 * <p>A request body is read asynchronously, whole, before its route runs: no thread waits for a
 * client that trickles its bytes in. The body must arrive within the limits' deadline and be at
 * most {@link Exchange#MAX_BODY_BYTES}, or the request is answered 408 or 413 and the connection
 * closed. Routes run on Jetty's worker threads, never on the selector.
 */
final class Router extends Handler.Abstract {

    /**
     * @param literals how many of its segments are literal: where several routes match a path, only
     *                 the most literal ones count, so {@code /pads/pair} is never read as {@code /pads/{id}}
     */
    private record Route(String method, String[] segments, Endpoint endpoint, int literals) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final ObjectMapper json;
    private final Problems problems;
    private final Duration bodyDeadline;

    Router(ObjectMapper json, Problems problems, Duration bodyDeadline) {
        super(InvocationType.BLOCKING);
        this.json = json;
        this.problems = problems;
        this.bodyDeadline = bodyDeadline;
    }

    Router get(String path, Endpoint endpoint) {
        return add("GET", path, endpoint);
    }

    Router post(String path, Endpoint endpoint) {
        return add("POST", path, endpoint);
    }

    Router put(String path, Endpoint endpoint) {
        return add("PUT", path, endpoint);
    }

    Router delete(String path, Endpoint endpoint) {
        return add("DELETE", path, endpoint);
    }

    private Router add(String method, String path, Endpoint endpoint) {
        String[] segments = split(path);
        int literals = (int) java.util.Arrays.stream(segments).filter(t -> !t.startsWith("{")).count();
        routes.add(new Route(method, segments, endpoint, literals));
        return this;
    }

    /**
     * The template of the route {@code path} falls under, whatever its method (such as
     * {@code /api/v1/orders/{id}}), or null when none does: a bounded name for the path, for metrics.
     */
    String template(String path) {
        String[] segments = split(path);
        Route best = null;
        for (Route route : routes) {
            if ((best == null || route.literals() > best.literals()) && match(route.segments(), segments) != null) {
                best = route;
            }
        }
        return best == null ? null : "/" + String.join("/", best.segments());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String[] path = split(Request.getPathInContext(request));
        String method = request.getMethod();
        Set<String> allowed = new LinkedHashSet<>();
        int best = -1;
        for (Route route : routes) {
            if (match(route.segments(), path) != null) {
                best = Math.max(best, route.literals());
            }
        }
        for (Route route : routes) {
            Map<String, String> params = route.literals() == best ? match(route.segments(), path) : null;
            if (params == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            Exchange exchange = new Exchange(request, response, callback, json, problems, params);
            if (!hasBody(request)) {
                run(route.endpoint(), exchange, new byte[0]);
            } else if (request.getLength() > Exchange.MAX_BODY_BYTES) {
                refuseBody(exchange, response, new Problem(413, "Content too large", Exchange.tooLarge()));
            } else {
                readBody(request, response, route.endpoint(), exchange);
            }
            return true;
        }
        if (!allowed.isEmpty()) {
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
            problems.respond(request, response, callback, new Problem(405, "Method not allowed",
                    method + " is not supported on this path; use " + String.join(" or ", allowed)));
        } else {
            problems.respond(request, response, callback,
                    Problem.notFound("There is nothing at " + Request.getPathInContext(request)));
        }
        return true;
    }

    private void readBody(Request request, Response response, Endpoint endpoint, Exchange exchange) {
        Scheduler.Task deadline = request.getComponents().getScheduler().schedule(
                () -> request.fail(new TimeoutException("The body did not arrive in time")),
                bodyDeadline.toMillis(), TimeUnit.MILLISECONDS);
        Content.Source.asByteArrayAsync(request, Exchange.MAX_BODY_BYTES).whenComplete((body, failure) -> {
            deadline.cancel();
            if (failure == null) {
                run(endpoint, exchange, body);
            } else {
                refuseBody(exchange, response, bodyProblem(failure));
            }
        });
    }

    private static void run(Endpoint endpoint, Exchange exchange, byte[] body) {
        try {
            exchange.received(body);
            endpoint.handle(exchange);
        } catch (Throwable failure) {
            exchange.fail(failure);
        }
    }

    /** Answers a body that could not be read, and closes the connection: what is left of the body is not read. */
    private static void refuseBody(Exchange exchange, Response response, Throwable problem) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        exchange.fail(problem);
    }

    private static Throwable bodyProblem(Throwable failure) {
        Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
        if (cause instanceof TimeoutException || cause instanceof HttpException || cause instanceof Problem) {
            return cause;
        }
        if (cause instanceof IOException) {
            return Problem.badRequest("The request body could not be read: the client went away");
        }
        // asByteArrayAsync refuses a body that grows past its limit
        return new Problem(413, "Content too large", Exchange.tooLarge());
    }

    private static boolean hasBody(Request request) {
        long length = request.getLength();
        return length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private static Map<String, String> match(String[] template, String[] path) {
        if (template.length != path.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>(2);
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), path[i]);
            } else if (!t.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}

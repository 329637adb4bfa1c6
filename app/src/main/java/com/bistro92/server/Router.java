package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The adapter from Jetty's {@link Handler} to route functions, and the route table. Paths are literal
 * segments and {@code {name}} parameters; a literal segment wins over a parameter. Unknown paths
 * answer 404, a known path with another method 405 with {@code Allow}.
 *
 * <p>Every route declares who may call it ({@link Access}) as it is registered; one without a rule
 * is refused then, so the server does not start. The {@link AccessGuard} finds the route first
 * ({@link #match}) and decides by its rule; the router reuses what it found.
 *
 * <p>A request body is read asynchronously, whole, before its route runs: no thread waits for a
 * client that trickles its bytes in. The body must arrive within the limits' deadline and be at
 * most {@link Exchange#MAX_BODY_BYTES}, or the request is answered 408 or 413 and the connection
 * closed. Routes run on Jetty's worker threads, never on the selector.
 */
public final class Router extends Handler.Abstract {

    /** One row of the route table: a method, a path with its {@code {name}} parameters, and who may call it. */
    public record RouteInfo(String method, String path, Access access) {
    }

    /**
     * @param literals how many of its segments are literal: where several routes match a path, only
     *                 the most literal ones count, so {@code /pads/pair} is never read as {@code /pads/{id}}
     */
    record Route(RouteInfo info, String[] segments, Endpoint endpoint, int literals) {
    }

    /**
     * What a request's method and path found.
     *
     * @param route  the route for this method and path, or null (then 404 or 405)
     * @param params the path's parameters for {@code route}
     * @param atPath every route at this path, whatever its method (empty: 404)
     */
    record Match(Route route, Map<String, String> params, List<Route> atPath) {

        /** The found route's rule, or null when none was found. */
        Access access() {
            return route == null ? null : route.info().access();
        }

        /** Whether some route at this path, whatever its method, would let {@code kind} in. */
        boolean pathAdmits(Access.Kind kind) {
            return atPath.stream().anyMatch(r -> r.info().access().admits(kind));
        }

        /** Whether a route at this path exchanges pairing codes, whatever its method. */
        boolean pairingPath() {
            return atPath.stream().anyMatch(r -> r.info().access().pairing());
        }

        /** The methods this path answers, in the order their routes were registered. */
        Set<String> allowed() {
            Set<String> allowed = new LinkedHashSet<>();
            atPath.forEach(r -> allowed.add(r.info().method()));
            return allowed;
        }
    }

    /** The request attribute that carries the {@link Match} the guard found. */
    static final String MATCH = "bistro92.route";

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

    Router get(String path, Access access, Endpoint endpoint) {
        return add("GET", path, access, endpoint);
    }

    Router post(String path, Access access, Endpoint endpoint) {
        return add("POST", path, access, endpoint);
    }

    Router put(String path, Access access, Endpoint endpoint) {
        return add("PUT", path, access, endpoint);
    }

    Router delete(String path, Access access, Endpoint endpoint) {
        return add("DELETE", path, access, endpoint);
    }

    /**
     * Adds a route.
     *
     * @throws NullPointerException     without a rule of who may call it, or without an endpoint
     * @throws IllegalArgumentException when the method and path are registered already
     */
    private Router add(String method, String path, Access access, Endpoint endpoint) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, () -> method + " " + path + " must declare who may call it (an Access)");
        Objects.requireNonNull(endpoint, () -> method + " " + path + " has no endpoint");
        String[] segments = split(path);
        for (Route route : routes) {
            if (route.info().method().equals(method) && Arrays.equals(shape(route.segments()), shape(segments))) {
                throw new IllegalArgumentException(method + " " + path + " is registered twice");
            }
        }
        int literals = (int) Arrays.stream(segments).filter(t -> !isParam(t)).count();
        routes.add(new Route(new RouteInfo(method, path, access), segments, endpoint, literals));
        return this;
    }

    /** The route table, in the order the routes were registered. */
    public List<RouteInfo> routes() {
        return routes.stream().map(Route::info).toList();
    }

    /** Finds the route for {@code method} and {@code path}, and every route at that path. */
    Match match(String method, String path) {
        String[] segments = split(path);
        int best = -1;
        for (Route route : routes) {
            if (match(route.segments(), segments) != null) {
                best = Math.max(best, route.literals());
            }
        }
        List<Route> atPath = new ArrayList<>(2);
        Route found = null;
        Map<String, String> params = Map.of();
        for (Route route : routes) {
            Map<String, String> p = route.literals() == best ? match(route.segments(), segments) : null;
            if (p == null) {
                continue;
            }
            atPath.add(route);
            if (found == null && route.info().method().equals(method)) {
                found = route;
                params = p;
            }
        }
        return new Match(found, params, atPath);
    }

    /**
     * The template of the route {@code path} falls under, whatever its method (such as
     * {@code /api/v1/orders/{id}}), or null when none does: a bounded name for the path, for metrics.
     */
    String template(String path) {
        List<Route> atPath = match("", path).atPath();
        return atPath.isEmpty() ? null : atPath.getFirst().info().path();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        Match match = request.getAttribute(MATCH) instanceof Match m ? m
                : match(method, Request.getPathInContext(request));
        Route route = match.route();
        if (route != null) {
            Exchange exchange = new Exchange(request, response, callback, json, problems, match.params());
            if (!hasBody(request)) {
                run(route.endpoint(), exchange, new byte[0]);
            } else if (request.getLength() > Exchange.MAX_BODY_BYTES) {
                refuseBody(exchange, response, new Problem(413, "Content too large", Exchange.tooLarge()));
            } else {
                readBody(request, response, route.endpoint(), exchange);
            }
            return true;
        }
        Set<String> allowed = match.allowed();
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
            if (isParam(t)) {
                params.put(t.substring(1, t.length() - 1), path[i]);
            } else if (!t.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** The segments with every parameter as {@code {}}: two routes of one shape are the same route. */
    private static String[] shape(String[] segments) {
        return Arrays.stream(segments).map(t -> isParam(t) ? "{}" : t).toArray(String[]::new);
    }

    private static String[] split(String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}

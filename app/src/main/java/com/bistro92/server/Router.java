package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The adapter from Jetty's {@link Handler} to route functions. Paths are literal segments
 * and {@code {name}} parameters. Unknown paths answer 404, a known path with another method 405.
 * Handlers run on Jetty's worker threads, never on the selector.
 */
final class Router extends Handler.Abstract {

    private record Route(String method, String[] segments, Endpoint endpoint) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final ObjectMapper json;
    private final Problems problems;

    Router(ObjectMapper json, Problems problems) {
        super(InvocationType.BLOCKING);
        this.json = json;
        this.problems = problems;
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
        routes.add(new Route(method, split(path), endpoint));
        return this;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String[] path = split(Request.getPathInContext(request));
        String method = request.getMethod();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> params = match(route.segments(), path);
            if (params == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            Exchange exchange = new Exchange(request, response, callback, json, problems, params);
            try {
                exchange.readBody();
                route.endpoint().handle(exchange);
            } catch (Throwable failure) {
                exchange.fail(failure);
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

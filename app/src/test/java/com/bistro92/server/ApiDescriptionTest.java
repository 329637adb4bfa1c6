package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's description ({@code /openapi.json}) is held to the code: every route the router serves
 * is described and every description is a route; every operation names who may call it; and every
 * request example, sent to a real server with the demo restaurant, gets the status it documents.
 */
class ApiDescriptionTest extends SharedServerTest {

    private static final Set<String> KINDS = Set.of("ANYONE", "THIS_COMPUTER", "PAD", "PAD_COOKIE", "DISPLAY", "STAFF",
            "INTEGRATION", "MONITOR");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete");

    private static JsonNode description;

    @BeforeAll
    static void readDescription() throws Exception {
        TestApp.Reply reply = app.sendAnonymous(HttpRequest.newBuilder(app.uri("/openapi.json")).GET().build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        description = reply.body();
    }

    @Test
    void everyRouteIsDescribedAndEveryDescriptionIsARoute() {
        Set<String> routes = new TreeSet<String>();
        app.app().routes().forEach(r -> routes.add(r.method() + " " + r.path()));
        Set<String> described = new TreeSet<>();
        operations().forEach(op -> described.add(op.key()));

        Set<String> undescribed = new TreeSet<>(routes);
        undescribed.removeAll(described);
        Set<String> unrouted = new TreeSet<>(described);
        unrouted.removeAll(routes);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(undescribed).as("routes without a description in openapi.yaml").isEmpty();
            soft.assertThat(unrouted).as("descriptions of routes the server does not have").isEmpty();
            soft.assertThat(description.path("openapi").asText()).isEqualTo("3.1.0");
        });
    }

    @Test
    void everyOperationNamesItsCallersAndItsSecurityAgrees() {
        Map<String, Router.RouteInfo> routes = app.app().routes().stream()
                .collect(Collectors.toMap(r -> r.method() + " " + r.path(), r -> r));
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            Set<String> callers = op.callers();
            if (callers.isEmpty() || !KINDS.containsAll(callers)) {
                wrong.add(op.key() + ": x-bistro92-callers " + callers);
                continue;
            }
            Set<String> schemes = new TreeSet<>();
            boolean open = false;
            for (JsonNode requirement : op.node().path("security")) {
                open |= requirement.isEmpty();
                requirement.fieldNames().forEachRemaining(schemes::add);
            }
            Set<String> expected = new TreeSet<>();
            if (callers.contains("STAFF")) {
                expected.add("staffToken");
            }
            if (callers.contains("PAD")) {
                expected.add("padToken");
            }
            if (callers.contains("PAD_COOKIE")) {
                expected.add("padCookie");
            }
            if (callers.contains("DISPLAY")) {
                expected.add("displayToken");
            }
            if (callers.contains("INTEGRATION")) {
                expected.add("integrationToken");
            }
            boolean anyone = callers.equals(Set.of("ANYONE"));
            if (anyone ? !op.node().path("security").isArray() || !op.node().path("security").isEmpty()
                    : !schemes.equals(expected) || open != (callers.contains("THIS_COMPUTER") || callers.contains("MONITOR"))) {
                wrong.add(op.key() + ": callers " + callers + " but security " + op.node().path("security"));
            }
            Router.RouteInfo route = routes.get(op.key());
            Optional<Set<String>> declared = route == null ? Optional.empty() : declaredCallers(route);
            if (declared.isPresent() && !declared.get().equals(callers)) {
                wrong.add(op.key() + ": described callers " + callers + ", route's access " + declared.get());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Who the route itself lets in, as declared where it is registered. */
    private static Optional<Set<String>> declaredCallers(Router.RouteInfo route) {
        return Optional.of(route.access().callers().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * The examples tell a story in the description's order on a fresh demo restaurant (order 1 by
     * name, table 3 seated, order 2 by menu ids, ...), so they are sent in that order, each as the
     * first caller it names that a test can be: this computer without a token, else staff.
     */
    @Test
    void everyRequestExampleGetsTheStatusItDocuments() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations()) {
            JsonNode examples = op.node().path("requestBody").path("content").path("application/json").path("examples");
            for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> example = it.next();
                JsonNode status = example.getValue().path("x-bistro92-status");
                assertThat(status.isInt()).as("%s example %s has an x-bistro92-status", op.key(), example.getKey())
                        .isTrue();
                TestApp.Reply reply = send(op, example.getValue());
                sent++;
                if (reply.status() != status.asInt()) {
                    mismatches.add("%s (%s): documented %d, answered %d %s".formatted(op.key(), example.getKey(),
                            status.asInt(), reply.status(), reply.body()));
                } else if (reply.status() >= 400 && !"application/problem+json".equals(reply.header("Content-Type"))) {
                    mismatches.add(op.key() + " (" + example.getKey() + "): an error that is not problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(sent).as("request examples sent").isGreaterThanOrEqualTo(30);
    }

    private TestApp.Reply send(Operation op, JsonNode example) throws Exception {
        String path = op.path();
        for (JsonNode parameter : op.node().path("parameters")) {
            JsonNode p = resolve(parameter);
            if ("path".equals(p.path("in").asText())) {
                String name = p.path("name").asText();
                JsonNode value = example.path("x-bistro92-path").has(name) ? example.path("x-bistro92-path").get(name)
                        : p.path("example");
                assertThat(value.isMissingNode()).as("%s: a value for {%s}", op.key(), name).isFalse();
                path = path.replace("{" + name + "}", value.asText());
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/json")
                .method(op.method().toUpperCase(Locale.ROOT),
                        HttpRequest.BodyPublishers.ofString(app.json().writeValueAsString(example.path("value"))));
        Set<String> callers = op.callers();
        return callers.contains("THIS_COMPUTER") || callers.contains("ANYONE") ? app.sendAnonymous(request.build())
                : app.send(request.build());
    }

    /** One operation of the description: its method, path template and object. */
    record Operation(String method, String path, JsonNode node) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        Set<String> callers() {
            return StreamSupport.stream(node.path("x-bistro92-callers").spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** Every operation, in the description's order. */
    static List<Operation> operations() {
        return operations(description);
    }

    static List<Operation> operations(JsonNode description) {
        List<Operation> operations = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                operations.add(new Operation(m.getKey(), path.getKey(), m.getValue()));
            }
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null) {
            return node;
        }
        JsonNode target = description.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        return target;
    }
}

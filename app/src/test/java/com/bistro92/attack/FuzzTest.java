package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of every JSON endpoint's body and of the list's query string, as staff,
 * as a pad and as nobody, with numbers and dates past what their fields hold among the values:
 * whatever arrives, the answer is never a 500, and a refused request writes nothing. The budget is bounded so that it runs in CI; raise {@code tries} to dig deeper.
 */
class FuzzTest {

    private static final ObjectMapper JSON = Json.newMapper();
    private static final List<String> ENDPOINTS = List.of("POST /api/order", "POST /api/v1/orders",
            "POST /api/v1/service-requests", "POST /api/v1/pads/pair", "POST /api/v1/orders/1/status",
            "PUT /api/v1/menu/items/1/availability", "POST /api/v1/tables/3/session",
            "POST /api/v1/tables/5/payments");
    /** Number tokens at and past the edge of what a field's type holds, sent as they are written. */
    private static final List<String> EXTREME_NUMBERS = List.of("1e20", "1e400", "1e1000000", "-1e3000000",
            "1e-1000000", "1.001", "-0", "-0.00", "99999999999999999999", "10000000000.00", "9999999999.99",
            "1" + "0".repeat(150), "0.1e-5", "2.5E+2");
    /** Dates at the edges of what an instant holds, and past them. */
    private static final List<String> EXTREME_DATES = List.of("+1000000000-12-31T23:59:59Z",
            "-1000000000-01-01T00:00:00Z", Instant.MAX.toString(), Instant.MIN.toString(), "+10000-01-01T00:00:00Z",
            "0000-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+999999999-12-31");
    private static Path data;
    private static TestApp app;
    private static Party party;

    @BeforeContainer
    static void start() throws Exception {
        data = Files.createTempDirectory("bistro92-fuzz");
        app = TestApp.start(data);
        party = Party.seat(app, 5);
        app.placeOrder("Table 5", "Espresso", 1);
    }

    @AfterContainer
    static void stop() throws java.io.IOException {
        app.close();
        com.bistro92.Folders.delete(data);
    }

    /** Rows of every table a request could write, and the last event logged. */
    private static List<Long> written() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("customer_order", "order_line", "dining_table", "table_session", "pad",
                "pairing_code", "service_request", "payment")) {
            counts.add((long) app.rows(table));
        }
        counts.add(app.app().journal().lastSeq());
        return counts;
    }

    @Property(tries = 400)
    void anyBodyToAnyEndpointIsAnsweredWithoutA500AndARefusalWritesNothing(
            @ForAll("endpoints") String endpoint, @ForAll("bodies") String body, @ForAll("callers") String caller)
            throws Exception {
        String[] parts = endpoint.split(" ");
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(parts[1]))
                .header("Content-Type", "application/json")
                .method(parts[0], HttpRequest.BodyPublishers.ofString(body));
        switch (caller) {
            case "staff" -> request.header("Authorization", app.staffAuthorization());
            case "pad" -> request.header("Authorization", "Bearer " + party.token());
            default -> { }
        }
        List<Long> before = written();
        TestApp.Reply reply = app.sendAnonymous(request.build());
        assertThat(reply.status()).as("%s as %s with %s", endpoint, caller, body).isLessThan(500);
        assertThat(reply.header("Content-Type")).startsWith("application/");
        if (reply.status() >= 400) {
            assertThat(written()).as("rows after a refused %s: %s", endpoint, body).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    void anyQueryStringOnTheOrderListIsAnsweredWithoutA500(@ForAll("queries") String query,
                                                          @ForAll("callers") String caller) throws Exception {
        // raw HTTP: a client library would refuse to send a malformed escape at all
        String auth = caller.equals("pad") ? "Authorization: Bearer " + party.token() + "\r\n" : "";
        try (RawClient client = RawClient.connect(app.app().port(), 0)) {
            String head = client.send("GET /api/orders?" + query + " HTTP/1.1\r\nHost: localhost\r\n" + auth
                    + "Connection: close\r\n\r\n").head();
            assertThat(head).as("/api/orders?%s", query).matches("(?s)HTTP/1.1 (200|400) .*");
        }
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of(ENDPOINTS);
    }

    @Provide
    Arbitrary<String> callers() {
        return Arbitraries.of("staff", "pad", "nobody");
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutatedOrders()),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
                net.jqwik.api.Tuple.of(2, jsonValues(3).map(FuzzTest::write)));
    }

    /** A valid order with one field replaced by anything JSON can hold. */
    private Arbitrary<String> mutatedOrders() {
        List<String> fields = List.of("table", "items", "notes", "idempotency_key", "kind", "table_id", "code", "name",
                "status", "version", "available", "guests", "items.0.name", "items.0.quantity", "items.0.menu_item_id",
                "items.0.modifier_ids", "items.0.instructions", "method", "amount", "tip",
                "tendered");
        return Combinators.combine(Arbitraries.of(fields), jsonValues(2)).as((field, value) -> {
            Map<String, Object> line = new LinkedHashMap<>(Map.of("name", "Espresso", "menu_item_id", 1, "quantity", 1));
            Map<String, Object> order = new LinkedHashMap<>(Map.of("table", "Table 5", "items", List.of(line),
                    "kind", "WAITER", "table_id", 5, "code", "123456", "status", "RECEIVED", "version", 1,
                    "available", true, "guests", 2));
            order.putAll(Map.of("method", "CASH", "amount", new BigDecimal("0.50"), "tip", BigDecimal.ZERO,
                    "tendered", new BigDecimal("1.00")));
            if (field.startsWith("items.0.")) {
                line.put(field.substring(8), value);
                order.put("items", List.of(line));
            } else {
                order.put(field, value);
            }
            return write(order);
        });
    }

    private static Arbitrary<Object> jsonValues(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80).map(s -> s),
                Arbitraries.strings().withChars("\u0000\u001b\r\n\u202e\u2066\ud800İ ").ofMaxLength(40).map(s -> s),
                Arbitraries.integers().map(i -> i),
                Arbitraries.longs().map(l -> l),
                Arbitraries.doubles().map(d -> d),
                Arbitraries.bigDecimals().ofScale(3).map(d -> d),
                Arbitraries.of(EXTREME_NUMBERS).map(RawValue::new),
                Arbitraries.of(true, false).map(b -> b),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.oneOf(scalar,
                jsonValues(depth - 1).list().ofMaxSize(4).map(l -> l),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(10), jsonValues(depth - 1)).ofMaxSize(4)
                        .map(m -> m));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> key = Arbitraries.of("limit", "offset", "status", "table", "from", "to", "since", "x");
        Arbitrary<String> raw = Arbitraries.strings().withChars("%zZ09+&=;?/#\\é").ofMaxLength(12);
        Arbitrary<String> value = Arbitraries.oneOf(raw,
                Arbitraries.strings().all().ofMaxLength(20).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("2026-11-27", "2026-11-27T18:00:00Z", "PLACED,READY", "-1", "99999999999"),
                Arbitraries.of(EXTREME_DATES).map(d -> URLEncoder.encode(d, StandardCharsets.UTF_8)));
        return Combinators.combine(key, value).as((k, v) -> k + "=" + v).list().ofMaxSize(4)
                .map(l -> String.join("&", l));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

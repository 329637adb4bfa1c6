package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a clear JSON problem with the right status, and writes nothing. */
class BadInputTest extends SharedServerTest {

    private static final List<String> TABLES = List.of("customer_order", "order_line", "order_event", "dining_table");

    @BeforeAll
    static void seed() throws Exception {
        app.placeOrder("Table 1", "Espresso", 1);
    }

    static Stream<Arguments> badOrders() {
        String longName = "x".repeat(121);
        String longTable = "T".repeat(61);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"table\": \"Table 5\", \"items\": [", "application/json", 400),
                Arguments.of("not an object", "[1, 2, 3]", "application/json", 400),
                Arguments.of("JSON null", "null", "application/json", 400),
                Arguments.of("empty body", "", "application/json", 400),
                Arguments.of("wrong content type", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        "text/plain", 415),
                Arguments.of("no content type", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        null, 415),
                Arguments.of("a +json content type", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        "application/evil+json", 415),
                Arguments.of("quantity as a string", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":\"2\"}]}",
                        "application/json", 400),
                Arguments.of("name as a number", "{\"table\":\"Table 5\",\"items\":[{\"name\":7,\"quantity\":1}]}",
                        "application/json", 400),
                Arguments.of("a key given twice", "{\"table\":\"Table 5\",\"table\":\"Table 6\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        "application/json", 400),
                Arguments.of("a byte-order mark", "\uFEFF{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        "application/json", 400),
                Arguments.of("NUL in a name", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Bur\\u0000ger\",\"quantity\":1}]}",
                        "application/json", 422),
                Arguments.of("ESC in a table", "{\"table\":\"Table\\u001b[31m 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        "application/json", 422),
                Arguments.of("CRLF in instructions", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1,\"instructions\":\"a\\r\\nb\"}]}",
                        "application/json", 422),
                Arguments.of("right-to-left override", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\\u202e\",\"quantity\":1}]}",
                        "application/json", 422),
                Arguments.of("a lone surrogate", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Bur\\ud800ger\",\"quantity\":1}]}",
                        "application/json", 422),
                Arguments.of("a label that lower-cases past its length", "{\"table\":\"" + "\u0130".repeat(31)
                        + "\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}", "application/json", 422),
                Arguments.of("body over 64 KiB", "{\"table\":\"Table 5\",\"notes\":\"" + "n".repeat(70_000)
                        + "\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}", "application/json", 413),
                Arguments.of("fractional quantity", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1.5}]}",
                        "application/json", 400),
                Arguments.of("quantity overflowing an int",
                        "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":99999999999}]}",
                        "application/json", 400),
                Arguments.of("trailing garbage", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]} x",
                        "application/json", 400),
                Arguments.of("missing table", "{\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}", "application/json", 422),
                Arguments.of("blank table", "{\"table\":\"  \",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}",
                        "application/json", 422),
                Arguments.of("table name too long", "{\"table\":\"" + longTable
                        + "\",\"items\":[{\"name\":\"Burger\",\"quantity\":1}]}", "application/json", 422),
                Arguments.of("missing items", "{\"table\":\"Table 5\"}", "application/json", 422),
                Arguments.of("empty items", "{\"table\":\"Table 5\",\"items\":[]}", "application/json", 422),
                Arguments.of("null item", "{\"table\":\"Table 5\",\"items\":[null]}", "application/json", 422),
                Arguments.of("quantity zero", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":0}]}",
                        "application/json", 422),
                Arguments.of("quantity negative", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":-2}]}",
                        "application/json", 422),
                Arguments.of("quantity absurd", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1000}]}",
                        "application/json", 422),
                Arguments.of("quantity missing", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\"}]}",
                        "application/json", 422),
                Arguments.of("item name missing", "{\"table\":\"Table 5\",\"items\":[{\"quantity\":1}]}",
                        "application/json", 422),
                Arguments.of("item name too long", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"" + longName
                        + "\",\"quantity\":1}]}", "application/json", 422),
                Arguments.of("one bad line among good ones", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":1},"
                        + "{\"name\":\"Fries\",\"quantity\":0}]}", "application/json", 422));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("badOrders")
    void badOrderIsRefusedWithAProblemAndWritesNothing(String label, String body, String contentType, int status)
            throws Exception {
        List<Integer> before = counts();
        TestApp.Reply reply = app.send(app.post("/api/order", body, contentType));
        assertThat(reply.status()).as(label).isEqualTo(status);
        assertProblem(reply, status);
        assertThat(counts()).as("rows after a refused order").isEqualTo(before);
    }

    @Test
    void validationNamesEveryOffendingField() throws Exception {
        TestApp.Reply reply = app.postJson("/api/order",
                "{\"table\":\"\",\"items\":[{\"name\":\"Burger\",\"quantity\":0},{\"name\":\"\",\"quantity\":1}]}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("errors").findValuesAsText("field"))
                .containsExactly("table", "items[0].quantity", "items[1].name");
    }

    @Test
    void an86dItemIsRefusedWith422AndWritesNothing() throws Exception {
        app.app().menuChanges().setAvailability(app.app().menu().byName("Onion Rings").orElseThrow().id(), false).join();
        try {
            List<Integer> before = counts();
            TestApp.Reply reply = app.postJson("/api/order", """
                    {"table":"Table 5","items":[{"name":"Espresso","quantity":1},{"name":"onion rings","quantity":1}]}""");
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.body().get("detail").asText()).contains("Onion Rings is not available");
            assertThat(counts()).isEqualTo(before);
        } finally {
            app.app().menuChanges().setAvailability(app.app().menu().byName("Onion Rings").orElseThrow().id(), true).join();
        }
    }

    @Test
    void unknownRouteIs404Problem() throws Exception {
        TestApp.Reply reply = app.get("/api/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, 404);
    }

    @Test
    void wrongMethodIs405ProblemNamingTheAllowedOne() throws Exception {
        TestApp.Reply get = app.get("/api/order");
        assertThat(get.status()).isEqualTo(405);
        assertProblem(get, 405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        TestApp.Reply post = app.send(HttpRequest.newBuilder(app.uri("/api/orders"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
    }

    private static void assertProblem(TestApp.Reply reply, int status) {
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("title").asText()).isNotBlank();
        assertThat(reply.body().get("detail").asText()).isNotBlank();
    }

    private static List<Integer> counts() {
        return TABLES.stream().map(app::rows).toList();
    }
}

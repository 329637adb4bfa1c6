package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and dates at and past the edge of what their types hold, in every money field a request
 * carries and every date parameter: each is refused with a 4xx problem, at once, and writes nothing.
 */
class ExtremeValuesTest {

    /** What a money field must refuse, as the JSON token sent. */
    static final List<String> BAD_MONEY = List.of("1e20", "1e400", "1E+400", "1e1000000", "-1e1000000", "1e-1000000",
            "12345678901", "10000000000.00", "99999999999999999999999999", "1" + "0".repeat(300), "1.001", "0.005",
            "2.999", "1.0000000001", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "NaN", "Infinity", "-Infinity",
            "-0", "-0.00", "-0e5", "-1", "\"5.00\"");

    /** What a date parameter must refuse: past what a date can be here, or no date at all. */
    static final List<String> BAD_DATES = List.of("+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
            Instant.MAX.toString(), Instant.MIN.toString(), "+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z",
            "0000-12-31T23:59:59Z", "0000-01-01", "+999999999-12-31T23:59:59Z", "2026-02-30", "2026-11-27T25:00:00Z",
            "2026-11-27T18:00:00", "NaN", "Infinity");

    @TempDir
    static Path data;
    static TestApp app;
    static Party party;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(data);
        party = Party.seat(app, 5);
        app.placeOrder("Table 5", "Margherita Pizza", 2);
        // something paid, so that a refund of 1.00 by card is good but for the value under test
        assertThat(app.postJson("/api/v1/tables/5/payments", "{\"method\":\"CARD\",\"amount\":2.00}").status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Rows a payment or an order could write, and the last event logged. */
    private static List<Long> written() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("payment", "refund", "customer_order", "order_line", "table_session")) {
            counts.add((long) app.rows(table));
        }
        counts.add(app.app().journal().lastSeq());
        return counts;
    }

    /** A good request to each route that takes money, and its money fields. */
    private static final String PAYMENT = "{\"method\":\"CASH\",\"amount\":1.00,\"tip\":0,\"tendered\":5.00}";
    private static final String REFUND = "{\"method\":\"CARD\",\"amount\":1.00,\"reason\":\"Sent back\"}";

    static Stream<Arguments> badMoney() {
        return Stream.of(Arguments.of("payments", PAYMENT, "amount"), Arguments.of("payments", PAYMENT, "tip"),
                        Arguments.of("payments", PAYMENT, "tendered"), Arguments.of("refunds", REFUND, "amount"))
                .flatMap(route -> BAD_MONEY.stream().map(value -> Arguments.of(route.get()[0], route.get()[1],
                        route.get()[2], value)));
    }

    @ParameterizedTest(name = "{0} {2}: {3}")
    @MethodSource("badMoney")
    void everyMoneyFieldRefusesExtremeAndInexactAmountsAndWritesNothing(String route, String good, String field,
                                                                        String value) throws Exception {
        String body = good.replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + value);
        List<Long> before = written();
        TestApp.Reply reply = app.postJson("/api/v1/tables/5/" + route, body);
        assertThat(reply.status()).as("%s answered %s", body, reply.body()).isBetween(400, 499);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asText()).contains(reply.status() == 422 ? field : "");
        assertThat(written()).as("rows after %s", body).isEqualTo(before);
    }

    @Test
    void aCashTenderedPastWhatTheColumnHoldsIs422NamingTheField() throws Exception {
        for (String tendered : List.of("1e20", "1e400", "10000000000")) {
            TestApp.Reply reply = app.postJson("/api/v1/tables/5/payments",
                    "{\"method\":\"CASH\",\"amount\":1.00,\"tendered\":" + tendered + "}");
            assertThat(reply.status()).as("tendered %s: %s", tendered, reply.body()).isEqualTo(422);
            assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactly("tendered");
        }
        assertThat(app.rows("payment")).isEqualTo(1);
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWhileAnotherOrderIsAnswered() throws Exception {
        // 52 bytes that once kept the journal's writer busy for seconds, rounding to the cent
        CompletableFuture<TestApp.Reply> payment = app.sendAsync(app.post("/api/v1/tables/5/payments",
                "{\"method\":\"CASH\",\"amount\":1,\"tendered\":1e3000000}", "application/json"));
        party.ordersWithin5Seconds();
        TestApp.Reply refused = payment.get(5, TimeUnit.SECONDS);
        assertThat(refused.status()).as("%s", refused.body()).isBetween(400, 499);
        assertThat(app.rows("payment")).isEqualTo(1);
    }

    static Stream<Arguments> badDates() {
        return Stream.of("from", "to").flatMap(name -> Stream.of("staff", "pad")
                .flatMap(caller -> BAD_DATES.stream().map(value -> Arguments.of(name, caller, value))));
    }

    @ParameterizedTest(name = "{0}={2} as {1}")
    @MethodSource("badDates")
    void everyDateParameterRefusesDatesPastItsRangeWith400(String name, String caller, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/api/orders?" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (caller.equals("pad")) {
            request.header("Authorization", "Bearer " + party.token());
        }
        TestApp.Reply reply = app.send(request.build());
        assertThat(reply.status()).as("%s=%s: %s", name, value, reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asText()).startsWith(name + " ");
    }

    @Test
    void aPlusSignLeftUnescapedInADateIsRefusedToo() throws Exception {
        for (String name : List.of("from", "to")) {
            TestApp.Reply reply = app.get("/api/orders?" + name + "=+1000000000-12-31T23:59:59Z");
            assertThat(reply.status()).as("%s: %s", name, reply.body()).isEqualTo(400);
        }
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreAccepted() throws Exception {
        int orders = app.rows("customer_order");
        TestApp.Reply all = app.get("/api/orders?from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59Z");
        assertThat(all.status()).as("%s", all.body()).isEqualTo(200);
        assertThat(all.body()).hasSize(orders);
        assertThat(app.get("/api/orders?from=0001-01-01&to=9999-12-31").body()).hasSize(orders);
        assertThat(app.get("/api/orders?to=0001-01-01T00:00:00Z").body()).isEmpty();
    }
}

package com.bistro92.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.bistro92.settings.Settings;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} from a real server: Prometheus' text format that a strict reader accepts,
 * figures that follow what happened (every order answered is counted once, errors by route
 * template), and who may read it: staff, and the monitoring address of the settings from a real
 * second address, no one else.
 */
class MetricsTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private PrometheusText scrape() throws Exception {
        HttpResponse<String> reply = app.client().send(HttpRequest.newBuilder(app.uri("/metrics"))
                .header("Authorization", app.staffAuthorization()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        return PrometheusText.parse(reply.body());
    }

    @Test
    void everyOrderAnsweredIsCountedOnceInTheLatencyHistogram() throws Exception {
        int orders = 12;
        for (int i = 0; i < orders; i++) {
            app.placeOrder("T" + (1 + i % 4), "Margherita", 1);
        }
        PrometheusText metrics = scrape();

        assertThat(metrics.type("bistro92_order_latency_seconds")).isEqualTo("histogram");
        assertThat(metrics.value("bistro92_order_latency_seconds_count")).isEqualTo(orders);
        assertThat(metrics.value("bistro92_order_latency_seconds_bucket", Map.of("le", "+Inf"))).isEqualTo(orders);
        assertThat(metrics.value("bistro92_order_latency_seconds_sum")).isPositive();
        // every order went through the writer, in groups of at least one
        assertThat(metrics.value("bistro92_journal_group_size_commands_sum")).isGreaterThanOrEqualTo(orders);
        assertThat(metrics.value("bistro92_journal_write_seconds_count"))
                .isEqualTo(metrics.value("bistro92_journal_group_size_commands_count")).isPositive();
        assertThat(metrics.value("bistro92_journal_queue")).isZero();
        assertThat(metrics.value("bistro92_pads_online")).isZero();
        assertThat(metrics.samples("jvm_memory_used_bytes")).isNotEmpty();
        assertThat(metrics.samples("jvm_gc_memory_allocated_bytes_total")).hasSize(1);
    }

    @Test
    void feedClientsAreCountedWhileConnected() throws Exception {
        try (com.bistro92.FeedClient feed = com.bistro92.FeedClient.connect(app.client(), app.ws("/ws/orders"),
                app.json(), app.app().staffToken().value())) {
            assertThat(feed.next().get("type").asText()).isEqualTo("initial");
            PrometheusText metrics = scrape();
            assertThat(metrics.value("bistro92_feed_clients")).isEqualTo(1);
            assertThat(metrics.value("bistro92_feed_queued_bytes")).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void errorsAreCountedByRouteTemplateNotByPath() throws Exception {
        assertThat(app.get("/api/v1/orders/424242").status()).isEqualTo(404);
        assertThat(app.get("/api/v1/orders/434343").status()).isEqualTo(404);
        assertThat(app.get("/no/such/thing/" + System.nanoTime()).status()).isEqualTo(404);
        PrometheusText metrics = scrape();

        assertThat(metrics.value("bistro92_http_errors_total",
                Map.of("route", "/api/v1/orders/{id}", "status", "404"))).isEqualTo(2);
        assertThat(metrics.value("bistro92_http_errors_total", Map.of("route", "unmatched", "status", "404")))
                .isEqualTo(1);
        assertThat(metrics.samples("bistro92_http_errors_total"))
                .allSatisfy(s -> assertThat(s.labels().get("route")).doesNotContain("424242"));
    }

    @Test
    void withoutTheStaffTokenThisComputerIsRefusedAsOnEveryStaffRoute() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/metrics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(reply.body()).contains("Staff only").contains("monitoring address");
        assertThat(reply.body()).doesNotContain("jvm_");
    }

    @Test
    void theMonitoringAddressReadsTheMetricsAndNothingElseAnotherAddressNothing() throws Exception {
        LanHost lan = LanHost.get();
        assertThat(lan.isNamespace()).as("a second address needs root and iproute2").isTrue();
        int port = app.app().port();
        try (LanClient monitor = LanClient.http(0, port)) {
            assertThat(monitor.request("GET", "/metrics", null, null).status()).as("before it is set").isEqualTo(401);
        }
        monitoringAddress(lan.address(0).getHostAddress());
        app.placeOrder("T1", "Margherita", 1);

        try (LanClient monitor = LanClient.http(0, port)) {
            LanClient.Reply scraped = monitor.request("GET", "/metrics", null, null);
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(PrometheusText.parse(scraped.text()).value("bistro92_order_latency_seconds_count")).isEqualTo(1);
            assertThat(monitor.request("GET", "/api/orders", null, null).status()).as("nothing else").isEqualTo(401);
            assertThat(monitor.request("GET", "/api/v1/menu", null, null).status()).isEqualTo(401);
        }
        try (LanClient other = LanClient.http(1, port)) {
            assertThat(other.request("GET", "/metrics", null, null).status()).as("another address").isEqualTo(401);
        }
        monitoringAddress("");
        try (LanClient monitor = LanClient.http(0, port)) {
            assertThat(monitor.request("GET", "/metrics", null, null).status()).as("once unset").isEqualTo(401);
        }
    }

    @Test
    void aMonitoringAddressMustBeAnIpAddress() {
        Settings s = app.app().settings().current();
        assertThat(com.bistro92.settings.SettingsCheck.problems(with(s, "monitor.local")))
                .extracting(e -> e.field()).containsExactly("server.monitoringAddress");
        assertThat(com.bistro92.settings.SettingsCheck.problems(with(s, "192.168.1.20"))).isEmpty();
        assertThat(com.bistro92.settings.SettingsCheck.problems(with(s, "fe80::1"))).isEmpty();
    }

    private void monitoringAddress(String address) {
        app.app().settings().change(with(app.app().settings().current(), address), null).join();
    }

    private static Settings with(Settings s, String monitoringAddress) {
        return new Settings(s.port(), s.tlsPort(), s.warnAfter(), s.lateAfter(), s.sound(), s.theme(), s.currency(),
                s.autoLock(), s.backupFolder(), s.backupDaily(), s.backupAt(), s.backupKeep(), s.trainingData(),
                s.padsRequireTls(), s.serverNames(), s.taxRate(), s.taxIncluded(), monitoringAddress);
    }
}

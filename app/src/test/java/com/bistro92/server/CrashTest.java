package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order answered 201 survives {@code kill -9}: the server runs in a child process, is killed
 * with SIGKILL while orders are streaming in, and restarted on the same data.
 */
class CrashTest {

    private static final Pattern RUNNING = Pattern.compile("running on port (\\d+) with data in (\\S+)\\.");
    private static final int CLIENTS = 8;
    private static final int ACKED_BEFORE_KILL = 400;

    @TempDir
    Path data;

    private final ObjectMapper json = Json.newMapper();

    @Test
    void everyOrderAnswered201SurvivesKillMinus9() throws Exception {
        Map<Long, Integer> acked = new ConcurrentHashMap<>();
        Server first = Server.start(data);
        var database = com.bistro92.TestDatabase.choose(new com.bistro92.Options(true, false, 0, data)).database();
        assertThat(first.where()).as("where the child keeps its data")
                .isEqualTo(database == null ? data.toString() : database.toString());
        CountDownLatch enough = new CountDownLatch(ACKED_BEFORE_KILL);
        AtomicBoolean sending = new AtomicBoolean(true);
        HttpClient http = HttpClient.newHttpClient();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<CompletableFuture<Void>> loops = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                loops.add(CompletableFuture.runAsync(() -> {
                    for (int n = 1; sending.get() && n <= 5_000; n++) {
                        int quantity = n % 9 + 1;
                        try {
                            HttpResponse<String> r = http.send(post(first.port, client, quantity),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                acked.put(json.readTree(r.body()).get("id").asLong(), quantity);
                                enough.countDown();
                            }
                        } catch (Exception refused) {
                            // the server is gone: this order was never acknowledged, so it may be lost
                            return;
                        }
                    }
                }, clients));
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("orders acknowledged before the kill").isTrue();
            first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            sending.set(false);
            CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            http.shutdownNow();
        }
        assertThat(acked.size()).isGreaterThanOrEqualTo(ACKED_BEFORE_KILL);

        Server second = Server.start(data);
        HttpClient reader = HttpClient.newHttpClient();
        try {
            HttpResponse<String> r = reader.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + second.port + "/api/orders")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<Long, JsonNode> stored = new HashMap<>();
            json.readTree(r.body()).forEach(o -> stored.put(o.get("id").asLong(), o));
            assertThat(stored.keySet()).containsAll(acked.keySet());
            for (Map.Entry<Long, Integer> e : acked.entrySet()) {
                JsonNode items = stored.get(e.getKey()).get("items");
                assertThat(items).hasSize(1);
                assertThat(items.get(0).get("quantity").asInt()).isEqualTo(e.getValue());
            }
        } finally {
            reader.shutdownNow();
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpRequest post(int port, int client, int quantity) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/order"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"table":"Table %d","items":[{"name":"Espresso","quantity":%d}]}"""
                        .formatted(client + 1, quantity)))
                .build();
    }

    /** The app in a child JVM, started headless on a free port. */
    private record Server(Process process, int port, String where) {

        /** Keeps the child's output pipe from filling up; ends when the child dies. */
        private static void drain(BufferedReader out) {
            try {
                while (out.readLine() != null) {
                    continue;
                }
            } catch (java.io.IOException childGone) {
                // the child was killed: there is nothing more to read
                return;
            }
        }

        static Server start(Path data) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                    "--sun-misc-unsafe-memory-access=allow",
                    "-cp", System.getProperty("java.class.path"), "com.bistro92.Launcher",
                    "--headless", "--port", "0", "--data", data.toString()));
            // in the run on PostgreSQL, the child keeps its data in the folder's database there
            var database = com.bistro92.TestDatabase.choose(new com.bistro92.Options(true, false, 0, data)).database();
            if (database != null) {
                command.addAll(List.of("--database", database.toString()));
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            // in order, so that a failed start shows its log as it was written
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Matcher> port = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        seen.add(line);
                        Matcher m = RUNNING.matcher(line);
                        if (m.find()) {
                            Thread.ofVirtual().start(() -> drain(out));
                            return m;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("The server exited before it was running:\n" + String.join("\n", seen));
            });
            try {
                Matcher running = port.get(60, TimeUnit.SECONDS);
                return new Server(process, Integer.parseInt(running.group(1)), running.group(2));
            } catch (java.util.concurrent.TimeoutException e) {
                // a start that hangs must not go on running beside the other tests: say where it hangs, and end it
                String where = threads(process);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The server was not running within 60 s. Its log:\n" + String.join("\n", seen)
                        + "\nIts main thread:\n" + where, e);
            }
        }

        /** The main thread's stack of the running child, as {@code jcmd Thread.print} shows it. */
        private static String threads(Process process) {
            try {
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                        .redirectErrorStream(true).start();
                String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                dump.waitFor(10, TimeUnit.SECONDS);
                int main = text.indexOf("\"main\"");
                return main < 0 ? text : text.substring(main, Math.min(text.length(), main + 3000));
            } catch (Exception e) {
                return "(no thread dump: " + e + ")";
            }
        }
    }
}

package com.bistro92.server;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * What compression does to the large answers on a day of 10,000 orders: {@code GET /api/orders}
 * and the menu with and without {@code Accept-Encoding: gzip}, and the feed's {@code initial}
 * snapshot as sent now and as {@code permessage-deflate} would send it.
 *
 * <p>Bytes are counted on the wire by a relay on 127.0.0.1 between client and server (headers
 * and chunking included). Times are the client's wall time to the whole body, and the process's
 * CPU time (server and client are this one JVM, so it includes the client's inflating); each
 * figure is the median of {@value #RUNS} runs after {@value #WARM} warm-ups. The snapshot's
 * deflate is measured as permessage-deflate does it (raw deflate, the default level, one sync
 * flush per 32 KiB fragment, context kept between them), on the snapshot the feed sent.
 *
 * <p>Arguments: the number of orders (10000). Not a test; run it, pinned for comparable tails,
 * with {@code taskset -c 0 ./mvnw -q -o -pl app -am test-compile exec:exec -Dexec.classpathScope=test
 * -Dmain.class=com.bistro92.server.CompressionBench}.
 */
public final class CompressionBench {

    private static final int RUNS = 7;
    private static final int WARM = 3;
    private static final int FRAGMENT = 32 * 1024;
    private static final String[] ITEMS = {"Margherita Pizza", "Truffle Fries", "Craft Beer"};

    private CompressionBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path data = Files.createTempDirectory("bistro92-compression");
        try (Bistro92 app = Bistro92.start(new Options(true, false, 0, 0, data), Clock.systemDefaultZone());
             Relay relay = new Relay(app.port())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long placing = System.nanoTime();
            place(http, app.port(), count);
            System.out.printf(Locale.ROOT, "%,d orders placed in %.1f s%n", app.orders().count(),
                    (System.nanoTime() - placing) / 1e9);
            String token = "Bearer " + app.staffToken().value();
            System.out.println("answer                      encoding   bytes on wire   wall ms (median)   CPU ms (median)");
            for (String path : List.of("/api/orders", "/api/v1/menu")) {
                for (boolean gzip : new boolean[] {false, true}) {
                    // the menu is small: 100 requests per run, so that the CPU clock's ticks do not hide it
                    measureGet(http, relay, path, token, gzip, path.equals("/api/orders") ? 1 : 100);
                }
            }
            measureSnapshot(http, relay, token);
        } finally {
            delete(data);
        }
    }

    private static void place(HttpClient http, int port, int count) throws Exception {
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = "{\"table\": \"T%d\", \"items\": [{\"name\": \"%s\", \"quantity\": %d}, {\"name\": \"%s\", \"quantity\": 1}],\"notes\": \"bench %d\"}"
                    .formatted(1 + i % 4, ITEMS[i % 3], 1 + i % 3, ITEMS[(i + 1) % 3], i);
            inFlight.acquire();
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/order"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<Void>> f : all) {
            if (f.get(60, TimeUnit.SECONDS).statusCode() != 201) {
                throw new IllegalStateException("an order was refused");
            }
        }
    }

    private static void measureGet(HttpClient http, Relay relay, String path, String token, boolean gzip, int reps)
            throws Exception {
        long[] bytes = new long[RUNS];
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        int plainLength = 0;
        for (int run = -WARM; run < RUNS; run++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relay.port() + path))
                    .header("Authorization", token).GET();
            if (gzip) {
                request.header("Accept-Encoding", "gzip");
            }
            long before = relay.toClient.get();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            HttpResponse<byte[]> reply = null;
            byte[] body = null;
            for (int i = 0; i < reps; i++) {
                reply = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                body = reply.headers().firstValue("Content-Encoding").isPresent() ? gunzip(reply.body()) : reply.body();
            }
            long took = (System.nanoTime() - started) / reps;
            long cpuTook = (processCpuNanos() - cpuBefore) / reps;
            if (reply.statusCode() != 200 || gzip != reply.headers().firstValue("Content-Encoding").isPresent()) {
                throw new IllegalStateException(path + " answered " + reply.statusCode() + " " + reply.headers().map());
            }
            plainLength = body.length;
            if (run >= 0) {
                bytes[run] = (relay.toClient.get() - before) / reps;
                wall[run] = took / 1e6;
                cpu[run] = cpuTook / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "GET %-23s %-10s %,13d   %16.2f   %15.2f   (JSON %,d bytes)%n", path,
                gzip ? "gzip" : "identity", median(bytes), median(wall), median(cpu), plainLength);
    }

    private static void measureSnapshot(HttpClient http, Relay relay, String token) throws Exception {
        long[] bytes = new long[RUNS];
        double[] wall = new double[RUNS];
        String snapshot = null;
        for (int run = -WARM; run < RUNS; run++) {
            long before = relay.toClient.get();
            long started = System.nanoTime();
            Initial listener = new Initial();
            WebSocket ws = http.newWebSocketBuilder().header("Authorization", token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + relay.port() + "/ws/orders"), listener).join();
            snapshot = listener.text.get(60, TimeUnit.SECONDS);
            long took = System.nanoTime() - started;
            ws.abort();
            if (run >= 0) {
                bytes[run] = relay.toClient.get() - before;
                wall[run] = took / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "feed initial snapshot       none       %,13d   %16.1f                     (JSON %,d chars)%n",
                median(bytes), median(wall), snapshot.length());
        byte[] utf8 = snapshot.getBytes(StandardCharsets.UTF_8);
        long[] deflated = new long[RUNS];
        double[] deflateCpu = new double[RUNS];
        double[] inflateCpu = new double[RUNS];
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = -WARM; run < RUNS; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            byte[] compressed = permessageDeflate(utf8);
            long deflating = threads.getCurrentThreadCpuTime() - cpu;
            cpu = threads.getCurrentThreadCpuTime();
            inflate(compressed, utf8.length);
            long inflating = threads.getCurrentThreadCpuTime() - cpu;
            if (run >= 0) {
                deflated[run] = compressed.length;
                deflateCpu[run] = deflating / 1e6;
                inflateCpu[run] = inflating / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "feed initial snapshot       deflate    %,13d   (payload only)     deflate %.1f ms CPU on the server, inflate %.1f ms on the client%n",
                median(deflated), median(deflateCpu), median(inflateCpu));
        String event = "{\"type\":\"new_order\",\"seq\":10001,\"order\":" + "x".repeat(600) + "}";
        System.out.printf(Locale.ROOT, "one live event of %d bytes: deflate costs %.1f µs per client and event%n",
                event.length(), perEventMicros(event.getBytes(StandardCharsets.UTF_8)));
    }

    /** As permessage-deflate sends a message: raw deflate, a sync flush after each fragment, the tail trimmed. */
    private static byte[] permessageDeflate(byte[] message) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int at = 0; at < message.length; at += FRAGMENT) {
            deflater.setInput(message, at, Math.min(FRAGMENT, message.length - at));
            int n;
            while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
                out.write(buffer, 0, n);
            }
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void inflate(byte[] compressed, int length) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(compressed);
        byte[] out = new byte[length];
        int at = 0;
        while (at < length) {
            int n = inflater.inflate(out, at, length - at);
            if (n == 0) {
                break;
            }
            at += n;
        }
        inflater.end();
    }

    /** The CPU time of deflating one small message on a connection that keeps its context. */
    private static double perEventMicros(byte[] event) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        byte[] buffer = new byte[8 * 1024];
        var threads = ManagementFactory.getThreadMXBean();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            deflater.setInput(event);
            deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        }
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            deflater.setInput(event);
            deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        }
        long took = threads.getCurrentThreadCpuTime() - cpu;
        deflater.end();
        return took / 1e3 / n;
    }

    /** Collects the first whole text message: the {@code initial} snapshot. */
    private static final class Initial implements WebSocket.Listener {
        private final StringBuilder parts = new StringBuilder();
        private final CompletableFuture<String> text = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last && !text.isDone()) {
                text.complete(parts.toString());
            }
            webSocket.request(1);
            return null;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A relay on 127.0.0.1 to the server, counting the bytes the server sends: what the client's
     * network would carry. One pair of threads per connection; bounded by the bench's few connections.
     */
    private static final class Relay implements AutoCloseable {
        final AtomicLong toClient = new AtomicLong();
        private final ServerSocket listening;
        private final int target;
        private final List<Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();

        Relay(int target) throws IOException {
            this.target = target;
            this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("relay").start(this::accept);
        }

        int port() {
            return listening.getLocalPort();
        }

        private void accept() {
            try {
                while (true) {
                    Socket client = listening.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    // as Jetty does: without it, Nagle's algorithm and delayed ACKs add 40 ms to a write in two parts
                    client.setTcpNoDelay(true);
                    server.setTcpNoDelay(true);
                    sockets.add(client);
                    sockets.add(server);
                    Thread.ofPlatform().daemon().start(() -> pump(client, server, null));
                    Thread.ofPlatform().daemon().start(() -> pump(server, client, toClient));
                }
            } catch (IOException e) {
                // closed
            }
        }

        private static void pump(Socket from, Socket to, AtomicLong counted) {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (counted != null) {
                        counted.addAndGet(n);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // closing
                }
            }
        }

        @Override
        public void close() throws IOException {
            listening.close();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}

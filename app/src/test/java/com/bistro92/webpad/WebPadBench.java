package com.bistro92.webpad;

import com.bistro92.Bistro92;
import com.bistro92.Folders;
import com.bistro92.Options;
import com.bistro92.server.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pad's figures, on this computer (127.0.0.1) with Debian's headless Chromium and a real
 * suite started in this JVM:
 * <ol>
 *   <li>the app's own files, raw and gzipped;</li>
 *   <li>the first paint of a paired pad's menu, cold (a new browser on a profile that keeps only
 *       its cookie: no HTTP cache, no service worker, no cached menu) and warm (the same tab
 *       reloaded, its shell from the service worker), medians of {@code runs};</li>
 *   <li>one tab through {@code orders} orders, each made through the pad's own screens, with its
 *       feed dropped after every tenth (the page's WebSockets closed under it) and the bill closed
 *       after every hundredth, as parties come and go: the JS heap after a garbage collection at the
 *       first hundred and at the end, and the orders the suite holds against those sent.</li>
 * </ol>
 * The suite's per-pad order limit is raised for the long run (one tab stands for many parties'
 * evenings); everything else is as shipped.
 *
 * <p>Not a test: {@code app/web-pad-bench} runs it. Arguments: runs (3), orders (2000), and
 * {@code diag} to say where the heap goes: it then also samples the heap from the hundredth order on and prints where what is
 * still alive at the end was allocated.
 */
public final class WebPadBench {

    /**
     * Installed once in the page (so that the bench's own scripts, which the browser keeps while a
     * driver is attached, do not grow the heap it measures): {@code window.__order(count)} makes
     * {@code count} orders through the pad's screens, one after another.
     */
    private static final String ORDERING = """
            window.__order = (count) => {
            const q = (s) => document.querySelector(s);
            const until = (test) => new Promise((resolve, reject) => {
              const started = performance.now();
              const look = () => {
                if (test()) resolve();
                else if (performance.now() - started > 20000) reject(new Error('timed out at ' + location.hash
                    + ' ' + document.body.innerText.slice(0, 200)));
                else setTimeout(look, 2);
              };
              look();
            });
            const click = async (s) => { await until(() => q(s) && !q(s).disabled); q(s).click(); };
            return (async () => {
              for (let i = 0; i < count; i++) {
                await click('[data-category="1"]');
                await click('#items [data-item="1"]');
                await click('#add');
                await click('#cart-button');
                await click('#review');
                await click('#send');
                await until(() => q('#orders') && !q('#orders .sending'));
                await click('#order-more');
                await until(() => q('#categories'));
                if (i % 10 === 9) window.__sockets.forEach((s) => s.close()); // a feed drop every tenth order
              }
              return 'ok';
            })().catch((e) => 'failed: ' + e.message);
            };
            """;
    private static final String ORDER = "window.__order(arguments[0]).then(arguments[1]);";

    private WebPadBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        boolean diag = args.length > 2 && args[2].equals("diag");
        sizes();
        Path work = Files.createTempDirectory("bistro92-web-pad-bench");
        Limits generous = new Limits(Limits.DEFAULT.connections(), Limits.DEFAULT.connectionsPerDevice(),
                Limits.DEFAULT.bodyDeadline(), Limits.DEFAULT.minBytesPerSecond(), Limits.DEFAULT.feeds(),
                Limits.DEFAULT.feedsPerPad(), Limits.DEFAULT.feedQueueBytes(),
                new Limits.Rate(1_000, 100_000, Duration.ofMinutes(1)), Limits.DEFAULT.padCalls(),
                Limits.DEFAULT.pairing());
        try (Bistro92 app = Bistro92.start(new Options(true, false, 0, 0, work.resolve("data"), false, true, 0,
                false, false), Clock.systemDefaultZone(), Bistro92.Storage.DEFAULT, generous)) {
            Suite suite = new Suite(app);
            suite.post("/api/v1/tables/5/session", "{\"guests\":2}");
            paint(suite, work, runs);
            longRun(suite, work, orders, diag);
        } finally {
            Folders.delete(work);
        }
    }

    /** The app's own files (every file of the pad's folder), raw and gzipped (level 6, as Jetty's default). */
    private static void sizes() throws Exception {
        long raw = 0;
        long gzipped = 0;
        Path folder = Path.of(com.bistro92.server.Router.class.getResource("pad").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            raw += bytes.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            gzipped += out.size();
        }
        System.out.printf(Locale.ROOT, "the app's own files: %d files, %.1f KB raw, %.1f KB gzipped (target 150 KB)%n",
                files.size(), raw / 1024.0, gzipped / 1024.0);
    }

    private static void paint(Suite suite, Path work, int runs) throws Exception {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path home = Files.createDirectories(work.resolve("paint-" + run));
            PadBrowser.trust(home, suite.app.identity().root());
            try (Tab tab = new Tab(home, false)) {
                tab.driver.get(suite.padUrl() + "#code=" + suite.pairingCode(5));
                tab.until("#categories");
                tab.serviceWorkerReady();
            }
            keepOnlyTheCookie(home.resolve("profile/Default"));
            try (Tab tab = new Tab(home, false)) {
                tab.driver.get(suite.padUrl());
                tab.until("#categories");
                double first = tab.menuPaint();
                tab.serviceWorkerReady();
                tab.driver.navigate().refresh();
                tab.until("#categories");
                double again = tab.menuPaint();
                cold.add(first);
                warm.add(again);
                System.out.printf(Locale.ROOT, "run %d: first paint of the menu, cold %.0f ms, warm %.0f ms%n", run,
                        first, again);
            }
        }
        System.out.printf(Locale.ROOT, "median of %d: cold %.0f ms (target 500), warm %.0f ms (target 150)%n", runs,
                median(cold), median(warm));
    }

    private static void longRun(Suite suite, Path work, int orders, boolean diag) throws Exception {
        Path home = Files.createDirectories(work.resolve("long"));
        PadBrowser.trust(home, suite.app.identity().root());
        int before = suite.orderCount();
        try (Tab tab = new Tab(home, true)) {
            tab.driver.get(suite.padUrl() + "#code=" + suite.pairingCode(5));
            tab.until("#categories");
            long started = System.nanoTime();
            double firstHeap = 0;
            List<String> heaps = new ArrayList<>();
            int reconnects = 0;
            for (int sent = 0; sent < orders; sent += 100) {
                Object result = tab.driver.executeAsyncScript(ORDER, 100);
                if (!"ok".equals(result)) {
                    throw new IllegalStateException("after " + sent + " orders: " + result);
                }
                reconnects += 10;
                {
                    suite.delete("/api/v1/tables/5/session");
                    tab.until("#thanks");
                    suite.post("/api/v1/tables/5/session", "{\"guests\":2}");
                    tab.until("#categories");
                    if (!tab.driver.findElements(By.id("my-orders")).isEmpty()) {
                        throw new IllegalStateException("the new party sees the last one's orders");
                    }
                }
                if (sent + 100 == 100) {
                    firstHeap = tab.heap();
                    if (diag) {
                        tab.driver.executeCdpCommand("HeapProfiler.enable", Map.of());
                        tab.driver.executeCdpCommand("HeapProfiler.startSampling", Map.of("samplingInterval", 512));
                    }
                }
                if ((sent + 100) % 500 == 0 || sent + 100 == 100) {
                    heaps.add(String.format(Locale.ROOT, "%d: %.2f MB", sent + 100, tab.heap() / 1e6));
                }
            }
            double lastHeap = tab.heap();
            if (diag) {
                Map<String, Object> profile = tab.driver.executeCdpCommand("HeapProfiler.stopSampling", Map.of());
                Map<String, Long> bySite = new java.util.TreeMap<>();
                walk(profile.get("profile") instanceof Map<?, ?> p ? (Map<?, ?>) p.get("head") : null, "", bySite);
                bySite.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                        .forEach(e -> System.out.println("still alive: " + e.getValue() + " B allocated at " + e.getKey()));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int placed = suite.orderCount() - before;
            System.out.printf(Locale.ROOT, "one tab, %d orders in %.0f s (%.0f/s), %d feed drops: the suite holds %d"
                    + " (%s); JS heap after GC %.2f MB after 100 orders, %.2f MB at the end%n", orders, seconds,
                    orders / seconds, reconnects, placed, placed == orders ? "none lost or doubled" : "MISMATCH",
                    firstHeap / 1e6, lastHeap / 1e6);
            System.out.println("JS heap after GC, by orders sent: " + String.join(", ", heaps));
        }
    }

    /** Sums a sampling heap profile's live bytes by allocation site and its caller. */
    @SuppressWarnings("unchecked")
    private static void walk(Map<?, ?> node, String path, Map<String, Long> bySite) {
        if (node == null) {
            return;
        }
        Map<?, ?> frame = (Map<?, ?>) node.get("callFrame");
        String here = frame.get("functionName") + "@" + String.valueOf(frame.get("url")).replaceAll(".*/", "") + ":"
                + frame.get("lineNumber");
        long self = ((Number) node.get("selfSize")).longValue();
        if (self > 0) {
            bySite.merge(here + " < " + path.replaceAll(" < .*", ""), self, Long::sum);
        }
        for (Object child : (List<Object>) node.get("children")) {
            walk((Map<?, ?>) child, here, bySite);
        }
    }

    /** Deletes everything of a Chromium profile but its cookies: a paired pad with an empty cache. */
    private static void keepOnlyTheCookie(Path profile) throws IOException {
        try (Stream<Path> entries = Files.list(profile)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.startsWith("Cookies") && !name.equals("Preferences")) {
                    Folders.delete(entry);
                }
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }


    /** The suite, as staff on this computer reach it. */
    private static final class Suite {
        final Bistro92 app;
        final HttpClient http = HttpClient.newHttpClient();

        Suite(Bistro92 app) {
            this.app = app;
        }

        String padUrl() {
            return "https://127.0.0.1:" + app.tlsPort() + "/pad/";
        }

        String pairingCode(int table) throws Exception {
            String body = post("/api/v1/tables/" + table + "/pairing-code", "{}");
            return body.replaceAll(".*\"code\":\"(\\d{6})\".*", "$1");
        }

        int orderCount() {
            return (int) app.orders().count();
        }

        String post(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        String delete(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).DELETE());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + app.port() + path);
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> answer = http.send(request.header("Authorization", "Bearer "
                    + app.staffToken().value()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        }
    }

    /** A headless Chromium tab through Debian's chromedriver, on this computer. */
    private static final class Tab implements AutoCloseable {
        final ChromeDriver driver;

        Tab(Path home, boolean watchSockets) throws IOException {
            driver = new ChromeDriver(PadBrowser.localDriver(home), PadBrowser.chromium(home.resolve("profile"),
                    "--window-size=1280,800", "--js-flags=--expose-gc", "--enable-precise-memory-info"));
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            if (watchSockets) {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ORDERING));
                // keeps the page's WebSockets where the bench can close them, as a Wi-Fi drop would
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                        window.__sockets = new Set();
                        const Native = window.WebSocket;
                        window.WebSocket = function (url, protocols) {
                          const socket = new Native(url, protocols);
                          window.__sockets.add(socket);
                          socket.addEventListener('close', () => window.__sockets.delete(socket));
                          return socket;
                        };
                        window.WebSocket.prototype = Native.prototype;
                        Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
                        """));
            }
        }

        void until(String css) {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        }

        void serviceWorkerReady() {
            driver.executeAsyncScript("navigator.serviceWorker.ready.then(() => arguments[arguments.length - 1](1));");
        }

        /** When the menu was first painted, in ms from the start of the navigation. */
        double menuPaint() {
            Object at = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> driver.executeScript(
                    "const m = performance.getEntriesByName('bistro92:menu'); return m.length ? m[0].startTime : null;"));
            return ((Number) at).doubleValue();
        }

        /** The JS heap in use after a full garbage collection, in bytes. */
        double heap() {
            return ((Number) driver.executeScript("gc(); gc(); return performance.memory.usedJSHeapSize;"))
                    .doubleValue();
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}

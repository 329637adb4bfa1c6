package com.bistro92.webpad;

import com.bistro92.Folders;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tap on "Send" in the web pad to the order's card on the kitchen screen, at 10 orders a second:
 * the suite in {@code --kitchen} mode, full screen in a 1920×1080 Xvfb display, logging the
 * kitchen's own samples ({@code -Dbistro92.kitchen.samples=true}), as {@code app/kitchen-bench} runs
 * it; and 20 pads on the demo's 12 tables, each a headless Chromium of its own (its own cookie). After
 * a burst of 80 seed orders has filled the queue, the pads place 10 orders a second through their
 * screens, in turn: 20 of warm-up, then 100 measured. Each pad notes the moment of
 * its tap on Send; the kitchen's sample line for that order is stamped when its card is on screen;
 * both clocks are this computer's. Within the pads' shipped limit: 6 orders each at once, so each pad
 * orders at most 6 times in a run.
 *
 * <p>Not a test: {@code app/web-pad-bench --kitchen} runs it. Arguments: runs (3).
 */
public final class WebPadKitchenBench {

    private static final int PADS = 20;
    private static final int TABLES = 12;
    private static final int MEASURED = 100;
    private static final Pattern SAMPLE = Pattern.compile(
            "^(\\d{2}:\\d{2}:\\d{2}\\.\\d{3}) .*Kitchen sample: order (\\d+), (\\d+) open, on screen in ([\\d.]+) ms");

    /** In each pad's page: {@code window.__send()} makes one order through the screens and notes when Send was tapped. */
    private static final String SENDING = """
            window.__taps = [];
            window.__send = () => {
              const q = (s) => document.querySelector(s);
              const until = (test) => new Promise((resolve, reject) => {
                const started = performance.now();
                const look = () => test() ? resolve() : performance.now() - started > 20000
                    ? reject(new Error('timed out')) : setTimeout(look, 2);
                look();
              });
              const click = async (s) => { await until(() => q(s) && !q(s).disabled); q(s).click(); };
              const newest = () => Math.max(0, ...[...document.querySelectorAll('[data-order]')]
                  .map((e) => Number(e.dataset.order)));
              return (async () => {
                await click('[data-category="1"]');
                await click('#items [data-item="1"]');
                await click('#add');
                await click('#cart-button');
                await click('#review');
                await until(() => q('#send'));
                const before = window.__last || 0;
                const tapped = performance.timeOrigin + performance.now();
                q('#send').click();
                // the order the suite answered is the newest on the pad's screen (ids only grow)
                await until(() => q('#orders') && !q('#orders .sending') && newest() > before);
                window.__last = newest();
                window.__taps.push([window.__last, tapped]);
                await click('#order-more');
              })();
            };
            """;

    private WebPadKitchenBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<double[]> figures = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] figure = run(run);
            figures.add(figure);
            System.out.printf(Locale.ROOT, "run %d: tap on Send -> card on the kitchen screen, %d orders at 10/s with"
                    + " %.0f open tickets: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", run, (int) figure[4], figure[3],
                    figure[0], figure[1], figure[2]);
        }
        System.out.printf(Locale.ROOT, "median of %d: p50 %.0f ms, p99 %.0f ms (target p99 100 ms)%n", runs,
                median(figures, 0), median(figures, 1));
    }

    /** One run: {p50, p99, max, median open tickets, orders measured}. */
    private static double[] run(int run) throws Exception {
        Path work = Files.createTempDirectory("bistro92-web-pad-kitchen");
        Path log = work.resolve("kitchen.log");
        int port = freePort();
        int tlsPort = freePort();
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseZGC",
                "-Dbistro92.kitchen.samples=true", "-cp", System.getProperty("java.class.path"),
                "com.bistro92.Launcher", "--kitchen", "--no-warm-up", "--data", work.resolve("data").toString(),
                "--port", Integer.toString(port), "--tls-port", Integer.toString(tlsPort)));
        Process suite = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitPort(port, suite, log);
            awaitLine(log, "Serving HTTP", Duration.ofSeconds(60));
            Thread.sleep(5_000); // the window is up and the kitchen has loaded its (empty) queue, as kitchen-bench waits
            Staff staff = new Staff(port, Files.readString(work.resolve("data/staff.token")).strip());
            for (int table = 1; table <= TABLES; table++) {
                staff.post("/api/v1/tables/" + table + "/session", "{\"guests\":2}");
            }
            for (int i = 0; i < 80; i++) {
                staff.seed("{\"table\":\"Table 12\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}");
            }
            awaitSamples(log, 80);
            try (Pads pads = new Pads(work, staff, tlsPort)) {
                for (int i = 0; i < PADS; i++) {
                    pads.send(i); // warm-up: one each
                    Thread.sleep(100);
                }
                awaitSamples(log, 80 + PADS);
                long next = System.nanoTime();
                for (int i = 0; i < MEASURED; i++) {
                    next += 100_000_000L;
                    pads.send(i % PADS);
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                awaitSamples(log, 80 + PADS + MEASURED);
                Map<Long, Double> taps = pads.taps();
                return figure(log, taps, MEASURED);
            }
        } finally {
            // the suite and the Xvfb display xvfb-run started for it, then xvfb-run itself
            List<ProcessHandle> children = suite.descendants().toList();
            children.forEach(ProcessHandle::destroy);
            for (ProcessHandle child : children) {
                child.onExit().get();
            }
            suite.destroy();
            suite.onExit().get();
            try {
                Folders.delete(work);
            } catch (IOException stillInUse) {
                System.err.println("left behind: " + work);
            }
        }
    }

    /** The measured orders' latencies from their taps to their sample lines. */
    private static double[] figure(Path log, Map<Long, Double> taps, int measured) throws IOException {
        LocalDate today = LocalDate.now();
        List<Double> latencies = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = SAMPLE.matcher(line);
            if (m.find() && taps.containsKey(Long.parseLong(m.group(2)))) {
                double shown = LocalTime.parse(m.group(1)).atDate(today).atZone(ZoneId.systemDefault()).toInstant()
                        .toEpochMilli();
                latencies.add(shown - taps.get(Long.parseLong(m.group(2))));
                open.add(Double.parseDouble(m.group(3)));
            }
        }
        List<Double> last = latencies.subList(Math.max(0, latencies.size() - measured), latencies.size());
        List<Double> sorted = last.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            throw new IllegalStateException("no order of the pads reached the kitchen's samples");
        }
        return new double[]{sorted.get((n + 1) / 2 - 1), sorted.get(Math.min(n, (int) Math.ceil(n * 0.99)) - 1),
                sorted.get(n - 1), open.stream().sorted().toList().get(open.size() / 2), n};
    }

    private static double median(List<double[]> figures, int index) {
        List<Double> values = figures.stream().map(f -> f[index]).sorted().toList();
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static void awaitSamples(Path log, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (samples(log) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + samples(log) + " of " + count + " tickets shown in 90 s");
            }
            Thread.sleep(200);
        }
        Thread.sleep(2_000);
    }

    private static long samples(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("Kitchen sample: ")).count();
    }

    private static void awaitLine(Path log, String text, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the suite did not say \"" + text + "\":\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    private static void awaitPort(int port, Process suite, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!suite.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the suite is not serving:\n" + Files.readString(log));
                }
                Thread.sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }


    /** Staff, from this computer. */
    private record Staff(int port, String token) {
        private static final HttpClient HTTP = HttpClient.newHttpClient();

        String post(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token), json);
        }

        /** A seed order, as this computer's programs place them. */
        void seed(String json) throws Exception {
            send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/order")), json);
        }

        private String send(HttpRequest.Builder request, String json) throws Exception {
            HttpResponse<String> answer = HTTP.send(request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        }
    }

    /** The pads: a headless Chromium each (its own profile and cookie), all trusting the suite's root. */
    private static final class Pads implements AutoCloseable {
        final List<ChromeDriver> drivers = new ArrayList<>();

        Pads(Path work, Staff staff, int tlsPort) throws Exception {
            try {
                open(work, staff, tlsPort);
            } catch (Exception | Error e) {
                close();
                throw e;
            }
        }

        private void open(Path work, Staff staff, int tlsPort) throws Exception {
            Path home = Files.createDirectories(work.resolve("browser"));
            PadBrowser.trust(home, root(staff.port()));
            for (int pad = 0; pad < PADS; pad++) {
                ChromeDriver driver = new ChromeDriver(PadBrowser.localDriver(home),
                        PadBrowser.chromium(home.resolve("profile-" + pad), "--window-size=1280,800"));
                drivers.add(driver);
                driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
                String code = staff.post("/api/v1/tables/" + (pad % TABLES + 1) + "/pairing-code", "{}")
                        .replaceAll(".*\"code\":\"(\\d{6})\".*", "$1");
                driver.get("https://127.0.0.1:" + tlsPort + "/pad/#code=" + code);
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> !d.findElements(By.id("categories")).isEmpty());
                driver.executeScript(SENDING);
            }
        }

        /** The suite's root, as {@code /trust} serves it to a tablet. */
        private static java.security.cert.X509Certificate root(int port) throws Exception {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/trust/bistro92-root.crt")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(answer.body()));
        }

        /** Pad {@code pad} starts an order through its screens (it goes on by itself). */
        void send(int pad) {
            drivers.get(pad).executeScript("window.__send();");
        }

        /** Every pad's orders: id -> when Send was tapped (ms since the epoch). */
        Map<Long, Double> taps() {
            Map<Long, Double> all = new HashMap<>();
            for (ChromeDriver driver : drivers) {
                @SuppressWarnings("unchecked")
                List<List<Number>> taps = (List<List<Number>>) driver.executeScript("return window.__taps;");
                taps.forEach(t -> all.put(t.get(0).longValue(), t.get(1).doubleValue()));
            }
            return all;
        }

        @Override
        public void close() {
            drivers.forEach(ChromeDriver::quit);
        }
    }
}

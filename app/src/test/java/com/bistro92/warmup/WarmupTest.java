package com.bistro92.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bistro92.Bistro92;
import com.bistro92.TestApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up: practice orders on a throwaway suite that listens on loopback only, never in the
 * real database; it gives way to real orders without giving up, at a lower priority.
 */
class WarmupTest {

    @TempDir
    Path data;

    @TempDir
    Path scratch;

    @Test
    void practiceOrdersGoToAThrowawaySuiteThatIsDeletedAfterwards() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            CompletableFuture<Warmup.Done> done = new CompletableFuture<>();
            try (Warmup warmup = Warmup.start(app.app().identity(), app.app().events(), Clock.systemUTC(),
                    new Warmup.Budget(120, Duration.ofSeconds(60), 8), scratch, done::complete)) {
                Warmup.Done result = done.get(60, TimeUnit.SECONDS);

                assertThat(result.orders()).isEqualTo(120);
                assertThat(result.why()).isEqualTo("all 120 sent");
                assertThat(app.rows("CUSTOMER_ORDER")).isZero();
                assertThat(app.get("/api/orders").body().size()).isZero();
                assertThat(scratch).isEmptyDirectory();
            }
        }
    }

    @Test
    void anEarlyRealOrderDoesNotStopItAndItSpendsItsWholeBudget() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            CompletableFuture<Warmup.Done> done = new CompletableFuture<>();
            try (Warmup warmup = Warmup.start(app.app().identity(), app.app().events(), Clock.systemUTC(),
                    new Warmup.Budget(80, Duration.ofSeconds(60), 4), scratch, done::complete)) {
                // a pad reconnecting at opening time and sending what it kept: while the warm-up starts
                app.placeOrder("Table 2", "Espresso", 1);

                Warmup.Done result = done.get(60, TimeUnit.SECONDS);

                assertThat(result.why()).isEqualTo("all 80 sent");
                assertThat(result.orders()).isEqualTo(80);
                assertThat(warmup.finished()).isTrue();
                assertThat(app.rows("CUSTOMER_ORDER")).isEqualTo(1);
            }
        }
    }

    @Test
    void itPausesWhileRealOrdersComeFasterThanItsRateAndGoesOnWhenTheyCalmDown() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            CompletableFuture<Warmup.Done> done = new CompletableFuture<>();
            try (Warmup warmup = Warmup.start(app.app().identity(), app.app().events(), Clock.systemUTC(),
                    new Warmup.Budget(400, Duration.ofSeconds(60), 4), scratch, done::complete)) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> warmup.practiceOrders() > 0);
                // a rush of real orders, far faster than 4 a second
                List<CompletableFuture<TestApp.Reply>> rush = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    rush.add(app.sendAsync(app.post("/api/order",
                            "{\"table\":\"Table " + (1 + i % 8) + "\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}",
                            "application/json")));
                }
                for (CompletableFuture<TestApp.Reply> order : rush) {
                    assertThat(order.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
                }

                Warmup.Done result = done.get(60, TimeUnit.SECONDS);

                assertThat(result.paused()).as("paused for the rush").isPositive();
                assertThat(result.why()).as("it went on after the rush").isEqualTo("all 400 sent");
                assertThat(result.orders()).isEqualTo(400);
                assertThat(app.rows("CUSTOMER_ORDER")).isEqualTo(40);
            }
        }
    }

    @Test
    void itPractisesAtALowerPriorityThanTheSuite() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "nice is Linux's");
        try (TestApp app = TestApp.start(data)) {
            CompletableFuture<Warmup.Done> done = new CompletableFuture<>();
            try (Warmup warmup = Warmup.start(app.app().identity(), app.app().events(), Clock.systemUTC(),
                    new Warmup.Budget(1_000_000, Duration.ofMinutes(5), 4), scratch, done::complete)) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> warmup.practiceOrders() > 0);

                Map<String, Integer> niced = nicedThreads();

                assertThat(niced).as("the warm-up's own thread").containsEntry("warm-up", LowPriority.NICE);
                assertThat(niced).as("the throwaway suite's threads, which it started").hasSizeGreaterThan(3);
                assertThat(niced.keySet()).as("the JDK's shared pools, which the real suite uses too")
                        .noneMatch(name -> name.startsWith("ForkJoinPool"));
                assertThat(LowPriorityTest.niceOfThisThread()).isZero();
            }
            assertThat(done.get(60, TimeUnit.SECONDS).why()).isEqualTo("the suite is stopping");
        }
    }

    /** The threads of this process whose nice value is above 0, by name (the last of each name). */
    private static Map<String, Integer> nicedThreads() throws IOException {
        Map<String, Integer> niced = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    int nice = LowPriorityTest.nice(task.resolve("stat"));
                    if (nice > 0) {
                        niced.put(Files.readString(task.resolve("comm")).strip(), nice);
                    }
                } catch (IOException | UncheckedIOException gone) {
                    // the thread ended while we looked
                }
            }
        }
        return niced;
    }

    @Test
    void theThrowawaySuiteListensOnLoopbackOnly() throws Exception {
        try (TestApp app = TestApp.start(data);
             Bistro92 throwaway = Bistro92.startScratch(scratch, app.app().identity(), Clock.systemUTC())) {
            List<InetAddress> elsewhere = otherAddressesOfThisComputer();
            for (int port : List.of(throwaway.port(), throwaway.tlsPort())) {
                assertThat(answers(InetAddress.getByName("127.0.0.1"), port)).as("127.0.0.1:%d", port).isTrue();
                for (InetAddress address : elsewhere) {
                    assertThat(answers(address, port)).as("%s port %d", address, port).isFalse();
                }
            }
        }
    }

    /**
     * The addresses this computer has besides 127.0.0.1: those of its network cards (which a device
     * on the LAN could reach), and 127.0.0.2, another loopback address, which a socket bound to
     * every interface answers on a computer without a network card too.
     */
    private static List<InetAddress> otherAddressesOfThisComputer() throws SocketException, IOException {
        List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.2")));
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                addresses.addAll(nic.inetAddresses().toList());
            }
        }
        return addresses;
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}

package com.bistro92.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.TestApp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up: practice orders on a throwaway suite, never in the real database, and it gives way to real orders. */
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
    void theFirstRealOrderStopsIt() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            CompletableFuture<Warmup.Done> done = new CompletableFuture<>();
            try (Warmup warmup = Warmup.start(app.app().identity(), app.app().events(), Clock.systemUTC(),
                    new Warmup.Budget(1_000_000, Duration.ofMinutes(5), 4), scratch, done::complete)) {
                app.placeOrder("Table 2", "Espresso", 1);

                Warmup.Done result = done.get(60, TimeUnit.SECONDS);

                assertThat(result.why()).isEqualTo("a real order came in");
                assertThat(result.orders()).isLessThan(1_000_000);
                assertThat(warmup.finished()).isTrue();
                assertThat(app.rows("CUSTOMER_ORDER")).isEqualTo(1);
            }
        }
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

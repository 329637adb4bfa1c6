package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.TestApp;
import com.bistro92.table.PairingPaused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing pairing codes from devices on the LAN: from one device at once, and from many addresses in turn. */
class PairingAttackTest {

    @TempDir
    Path data;
    TestApp app;
    Party party;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        party = Party.seat(app, 5);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /**
     * One attempt from device {@code device} of the LAN, over HTTPS as a pad pairs: its status, or
     * -1 when the server closed the connection unanswered (past the device's connection cap).
     */
    private int pairFrom(int device, String code) {
        try (LanClient pad = LanClient.https(device, app.app().tlsPort(), app.app().fingerprint())) {
            return pad.request("POST", "/api/v1/pads/pair", null, "{\"code\":\"" + code + "\"}",
                    List.of("Connection: close")).status();
        } catch (java.io.IOException closedUnanswered) {
            return -1;
        }
    }

    @Test
    void twoHundredAttemptsAtOnceFromOneDeviceAreCountedEveryOne() throws Exception {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String code = "%06d".formatted(i);
            answers.add(CompletableFuture.supplyAsync(() -> pairFrom(7, code), threads));
        }
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        threads.shutdown();
        assertThat(statuses.stream().filter(s -> s == 422).count()).as("codes actually checked").isLessThanOrEqualTo(10);
        // -1: past its connection cap, the device's extra connections were closed unanswered
        assertThat(statuses).isSubsetOf(422, 429, -1).contains(429);
        party.ordersWithin5Seconds();
    }

    @Test
    void guessesFromManyAddressesPausePairingForEveryoneAndStaffAreTold() throws Exception {
        CompletableFuture<PairingPaused> told = new CompletableFuture<>();
        try (AutoCloseable s = app.app().events().subscribe(PairingPaused.class, told::complete)) {
            String good = app.postJson("/api/v1/tables/2/pairing-code", "{}").body().get("code").asText();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                statuses.add(pairFrom(10 + i, good.equals("%06d".formatted(i)) ? "999999" : "%06d".formatted(i)));
            }
            assertThat(statuses.subList(0, 30)).as("one wrong guess from each of 30 addresses").containsOnly(422);
            assertThat(statuses.subList(30, 40)).as("then pairing pauses").containsOnly(429);
            assertThat(told.get(5, TimeUnit.SECONDS).until()).isAfter(java.time.Instant.now());
            assertThat(pairFrom(200, good)).as("even the right code waits out the pause").isEqualTo(429);
            assertThat(app.rows("pad")).isEqualTo(1);
        }
        party.ordersWithin5Seconds();
    }
}

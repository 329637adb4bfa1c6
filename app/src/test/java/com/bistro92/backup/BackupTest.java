package com.bistro92.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Restore;
import com.bistro92.TestApp;
import com.bistro92.problem.Problem;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups while orders flow, and restores that can be undone, refused when the file is bad. */
class BackupTest {

    @TempDir
    Path data;
    /** Beside the data folder, for files that come from elsewhere. */
    @TempDir
    Path elsewhere;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long place(String table) throws Exception {
        return app.placeOrder(table, "Burger", 1).get("id").asLong();
    }

    private static Set<Long> orderIds(Path db) throws Exception {
        String url = "jdbc:h2:" + db.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "") + ";IFEXISTS=TRUE";
        Set<Long> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM customer_order")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().startsWith("replaced-")
                    || f.getFileName().toString().startsWith(".restore-")).toList();
        }
    }

    @Test
    void aBackupWhileOrdersFlowHoldsEveryOrderAcknowledgedBeforeItBegan() throws Exception {
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            acknowledged.add(place("Table " + (i % 12 + 1)));
        }
        AtomicBoolean flowing = new AtomicBoolean(true);
        List<CompletableFuture<TestApp.Reply>> during = new ArrayList<>();
        Thread rush = Thread.ofPlatform().start(() -> {
            for (int i = 0; flowing.get() && i < 2_000; i++) {
                during.add(app.sendAsync(app.post("/api/order", """
                        {"table": "Table 3", "items": [{"name": "Fries", "quantity": 1}]}""", "application/json")));
                if (during.size() % 16 == 0) {
                    during.getLast().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                }
            }
        });
        List<Backups.Progress> steps = new ArrayList<>();
        Backups.Done done = app.app().backups().backupNow(steps::add);
        flowing.set(false);
        assertThat(rush.join(java.time.Duration.ofSeconds(60))).as("the rush ended (an answer that never comes fails"
                + " here, not at CI's limit)").isTrue();
        CompletableFuture.allOf(during.toArray(CompletableFuture[]::new)).orTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
                .join();

        assertThat(during).isNotEmpty().allSatisfy(f -> assertThat(f.join().status()).isEqualTo(201));
        assertThat(done.file()).exists().hasParent(data.resolve("backups"));
        assertThat(done.file().getFileName().toString()).matches("bistro92-\\d{8}-\\d{6}\\.zip");
        assertThat(steps).extracting(Backups.Progress::step).contains("Writing the backup", "Backup done");
        BackupContents contents = app.app().backups().check(done.file());
        try {
            assertThat(orderIds(contents.prepared())).containsAll(acknowledged);
            assertThat(contents.orders()).isGreaterThanOrEqualTo(acknowledged.size());
        } finally {
            contents.discard();
        }
        assertThat(app.app().backups().last()).contains(done.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aRestoreBringsBackTheBackupAndSetsTheReplacedDataAside() throws Exception {
        long kept = place("Table 1");
        Backups.Done backup = app.app().backups().backupNow(p -> { });
        long lost = place("Table 2");
        int port = app.app().port();

        Restore.Restored restored = app.restore(backup.file(), s -> { });

        assertThat(app.app().port()).isEqualTo(port);
        Set<Long> ids = new HashSet<>(app.app().database().dsl()
                .fetch("SELECT id FROM customer_order").getValues(0, Long.class));
        assertThat(ids).contains(kept).doesNotContain(lost);
        assertThat(restored.replaced()).isDirectory().hasParent(data);
        assertThat(restored.replaced().resolve("bistro92.mv.db")).exists();
        assertThat(restored.replaced().resolve("bistro92.journal.0")).exists();
        assertThat(orderIds(restored.replaced().resolve("bistro92.mv.db"))).contains(kept, lost);
        assertThat(app.get("/api/orders").status()).isEqualTo(200);
        place("Table 4");
        assertThat(leftovers()).containsExactly(restored.replaced());
    }

    @Test
    void aFileOfRandomBytesIsRefusedAndNothingChanges() throws Exception {
        long before = place("Table 1");
        Path junk = elsewhere.resolve("junk.zip");
        byte[] bytes = new byte[64 * 1024];
        new Random(92).nextBytes(bytes);
        Files.write(junk, bytes);

        assertThatThrownBy(() -> app.restore(junk, s -> { })).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.status()).isEqualTo(422));

        assertThat(leftovers()).isEmpty();
        assertThat(app.get("/api/orders").body().findValuesAsText("id")).contains(Long.toString(before));
        place("Table 2");
    }

    @Test
    void aTruncatedBackupIsRefusedAndNothingChanges() throws Exception {
        place("Table 1");
        Backups.Done backup = app.app().backups().backupNow(p -> { });
        byte[] whole = Files.readAllBytes(backup.file());
        Path cut = elsewhere.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        int orders = app.rows("customer_order");

        assertThatThrownBy(() -> app.restore(cut, s -> { })).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(422);
            assertThat(p.detail()).contains("cut.zip");
        });

        assertThat(leftovers()).isEmpty();
        assertThat(app.rows("customer_order")).isEqualTo(orders);
        place("Table 2");
        assertThat(app.rows("customer_order")).isEqualTo(orders + 1);
    }

    @Test
    void whileRestoringTheServerAnswers503WithRetryAfter() throws Exception {
        place("Table 1");
        Backups.Done backup = app.app().backups().backupNow(p -> { });
        List<HttpResponse<String>> answers = new ArrayList<>();
        HttpRequest order = app.post("/api/order", """
                {"table": "Table 5", "items": [{"name": "Burger", "quantity": 1}]}""", "application/json");

        app.restore(backup.file(), step -> {
            if (step == Restore.Step.PAUSED || step == Restore.Step.SWAPPED) {
                try {
                    answers.add(app.client().send(order, HttpResponse.BodyHandlers.ofString()));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        });

        assertThat(answers).hasSize(2).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).contains("5");
            assertThat(r.body()).contains("restoring a backup");
        });
        assertThat(app.sendAnonymous(order).status()).isEqualTo(201);
    }
}

package com.bistro92.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
}

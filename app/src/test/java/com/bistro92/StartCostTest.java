package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.staff.PinHasher;
import com.bistro92.staff.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests start their suites cheaply ({@link CheapStart}); these say that the cheapness stays in
 * the tests: a real start hashes PINs at the full cost and makes a certificate of its own, while
 * the tests' start hashes at the warm-up's cost and serves the one shared certificate.
 */
class StartCostTest {

    /** The production cost of a PIN: OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    private static final int FULL_COST = 210_000;

    @TempDir
    Path data;

    @Test
    void aRealHasherUsesTheFullCost() {
        assertThat(iterations(new PinHasher(new SecureRandom()).hash("1234"))).isEqualTo(FULL_COST);
    }

    @Test
    void aRealStartHashesEveryPinAtTheFullCostAndMakesItsOwnCertificate() throws Exception {
        try (Bistro92 app = Bistro92.start(new Options(true, false, 0, data), Clock.systemDefaultZone())) {
            assertThat(app.started().secrets().identity()).as("the data folder's own certificate").isNull();
            assertThat(storedCosts(app)).as("the first manager's PIN").isNotEmpty().containsOnly(FULL_COST);

            int member = app.staff().members().getFirst().id();
            app.staff().changePin(member, "2468").join();
            assertThat(storedCosts(app)).as("a PIN changed at the first sign-in").containsOnly(FULL_COST);
            assertThat(app.fingerprint()).isNotEqualTo(CheapStart.identity().fingerprint());
            try (var files = Files.list(data.resolve("tls"))) {
                assertThat(files.toList()).as("the certificate kept in the data folder").isNotEmpty();
            }
        }
    }

    @Test
    void theTestsStartHashesCheaplyAndSharesOneCertificate() throws Exception {
        try (TestApp one = TestApp.start(data.resolve("one")); TestApp two = TestApp.start(data.resolve("two"))) {
            assertThat(storedCosts(one.app())).isNotEmpty().allMatch(cost -> cost < FULL_COST / 100);
            assertThat(one.app().fingerprint()).isEqualTo(two.app().fingerprint())
                    .isEqualTo(CheapStart.identity().fingerprint());
            assertThat(data.resolve("one").resolve("tls")).doesNotExist();
            // a PIN checked against a cheap hash still has to be the right one
            int member = one.app().staff().members().getFirst().id();
            one.app().staff().changePin(member, "2468").join();
            assertThat(storedCosts(one.app())).allMatch(cost -> cost < FULL_COST / 100);
            assertThat(one.app().staff().signIn(member, "2468").join()).isInstanceOf(SignIn.Accepted.class);
            assertThat(one.app().staff().signIn(member, "2469").join()).isInstanceOf(SignIn.WrongPin.class);
        }
    }

    private static List<Integer> storedCosts(Bistro92 app) {
        return app.database().dsl().select(DSL.field("PIN_HASH", String.class)).from(DSL.table("STAFF"))
                .fetch(r -> iterations(r.value1()));
    }

    private static int iterations(String stored) {
        String[] parts = stored.split("\\$");
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        return Integer.parseInt(parts[1]);
    }
}

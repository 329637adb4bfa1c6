package com.bistro92.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.Pinned;
import com.bistro92.TestClock;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running suite issues its certificate again when it falls due, and serves it to new connections
 * at once; a device pinned to the root never notices, and one that was connected keeps its line.
 */
class CertificateRenewalTest {

    @TempDir
    Path data;

    /** The certificate the suite shows on a new connection, trusted by {@code root} as a pad trusts it. */
    private static X509Certificate shown(Bistro92 suite, Fingerprint root) throws Exception {
        try (SSLSocket socket = (SSLSocket) new Pinned(root).context().getSocketFactory()
                .createSocket("127.0.0.1", suite.tlsPort())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    @Test
    void aCertificateNearItsEndIsIssuedAgainWhileServingAndPinnedDevicesGoOn() throws Exception {
        // the suite first started 800 days ago: its certificate ends within 60 days of today
        TestClock clock = new TestClock(Instant.now().minus(Duration.ofDays(800)));
        try (Bistro92 suite = Bistro92.start(new Options(true, false, 0, data), clock)) {
            Fingerprint root = suite.fingerprint();
            X509Certificate first = shown(suite, root);
            assertThat(first).isEqualTo(suite.identity().certificate());
            // (no check that nothing is due yet: other test JVMs add and remove network addresses here,
            // and a certificate that leaves out an address that came up is due, as on a restaurant's PC)
            assertThat(first.getNotAfter().toInstant()).isBefore(Instant.now().plus(Duration.ofDays(60)));

            try (SSLSocket open = (SSLSocket) new Pinned(root).context().getSocketFactory()
                    .createSocket("127.0.0.1", suite.tlsPort())) {
                open.startHandshake();
                clock.advance(Duration.ofDays(800)); // today

                assertThat(suite.renewCertificateIfDue()).isTrue();
                assertThat(open.getSession().getPeerCertificates()[0]).as("an open connection keeps its certificate")
                        .isEqualTo(first);
            }
            X509Certificate renewed = suite.identity().certificate();
            assertThat(renewed).isNotEqualTo(first);
            assertThat(renewed.getNotAfter()).isAfter(first.getNotAfter());
            assertThat(suite.fingerprint()).as("what devices pin stays").isEqualTo(root);
            assertThat(shown(suite, root)).as("a new connection gets the new one").isEqualTo(renewed);
        }
        // and the next start serves the one issued last
        try (Bistro92 again = Bistro92.start(new Options(true, false, 0, data), new TestClock(Instant.now()))) {
            assertThat(shown(again, again.fingerprint()).getNotAfter().toInstant())
                    .isAfter(Instant.now().plus(Duration.ofDays(800)));
        }
    }
}

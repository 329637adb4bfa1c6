package com.bistro92.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path data;
    final AtomicInteger namesAsked = new AtomicInteger();

    private IdentityStore store() {
        return new IdentityStore(data, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom(), () -> {
            namesAsked.incrementAndGet();
            return CertificateNames.of("till-1", List.of("192.168.1.20"));
        });
    }

    @Test
    void theCertificateIsMadeOnceAndEveryLaterStartLoadsTheSameOne() throws Exception {
        ServerIdentity first = store().loadOrCreate();
        ServerIdentity again = store().loadOrCreate();
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(again.certificate().getEncoded()).isEqualTo(first.certificate().getEncoded());
        assertThat(again.fingerprint()).isEqualTo(Fingerprint.of(again.certificate()));
        assertThat(namesAsked).hasValue(1);
    }

    @Test
    void theKeystoreAndItsPasswordAreForTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        IdentityStore store = store();
        store.loadOrCreate();
        Path folder = store.keyStoreFile().getParent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("server.p12", "server.password");
        }
        for (String file : List.of("server.p12", "server.password")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
    }

    @Test
    void theCertificateNamesThisComputerAndHoldsForTenYears() throws Exception {
        X509Certificate certificate = store().loadOrCreate().certificate();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=Bistro92 till-1");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
                .containsExactlyInAnyOrder("localhost", "till-1", "127.0.0.1", "0:0:0:0:0:0:0:1", "192.168.1.20");
        assertThat(certificate.getNotBefore().toInstant()).isBefore(NOW);
        assertThat(certificate.getNotAfter().toInstant()).isAfter(NOW.plus(3650, ChronoUnit.DAYS))
                .isBefore(NOW.plus(3660, ChronoUnit.DAYS));
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    }

    @Test
    void aKeystoreThatCannotBeOpenedIsAnErrorNotAQuietNewCertificate() throws Exception {
        IdentityStore store = store();
        store.loadOrCreate();
        byte[] kept = Files.readAllBytes(store.keyStoreFile());
        Files.writeString(store.keyStoreFile().resolveSibling("server.password"), "wrong\n");
        assertThatThrownBy(store::loadOrCreate).isInstanceOf(IOException.class)
                .hasMessageContaining("move that folder away");
        assertThat(Files.readAllBytes(store.keyStoreFile())).isEqualTo(kept);
    }

    @Test
    void aFingerprintReadsInAnyCaseWithOrWithoutColonsAndPrintsWithThem() {
        Fingerprint fp = Fingerprint.parse("ab".repeat(16) + "01".repeat(16));
        assertThat(fp.toString()).startsWith("AB:AB:").endsWith(":01:01").hasSize(95);
        assertThat(Fingerprint.parse(fp.toString())).isEqualTo(fp);
        assertThat(fp.shortForm()).isEqualTo("ABAB ABAB ABAB ABAB");
        assertThatThrownBy(() -> Fingerprint.parse("AB:CD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHostnameThatIsNoDnsNameStaysOutOfTheAlternativeNames() {
        assertThat(CertificateNames.of("Caisse de l'été", List.of()).dnsNames()).containsExactly("localhost");
        assertThat(CertificateNames.of("till-1", List.of("127.0.0.1")).ipAddresses())
                .containsExactly("127.0.0.1", "::1");
    }
}

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
    volatile List<String> lan = List.of("192.168.1.20");

    private IdentityStore store() {
        return store(NOW);
    }

    private IdentityStore store(Instant now) {
        return new IdentityStore(data, Clock.fixed(now, ZoneOffset.UTC), new SecureRandom(), () -> {
            namesAsked.incrementAndGet();
            return CertificateNames.of("till-1", lan);
        });
    }

    @Test
    void theRootAndTheCertificateAreMadeOnceAndEveryLaterStartLoadsTheSame() throws Exception {
        ServerIdentity first = store().loadOrCreate();
        ServerIdentity again = store().loadOrCreate();
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(again.certificate().getEncoded()).isEqualTo(first.certificate().getEncoded());
        assertThat(again.fingerprint()).as("devices pin the root").isEqualTo(Fingerprint.of(again.root()));
        assertThat(again.certificateFingerprint()).isNotEqualTo(again.fingerprint());
        assertThat(namesAsked).as("the names are checked at every start").hasValue(2);
    }

    @Test
    void theKeysAndTheirPasswordsAreForTheOwnerOnlyAndTheRootsApartFromTheServers() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        IdentityStore store = store();
        store.loadOrCreate();
        Path folder = store.keyStoreFile().getParent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        List<String> files;
        try (var listed = Files.list(folder)) {
            files = listed.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(files).containsExactly("root-ca.p12", "root-ca.password", "server.p12", "server.password");
        for (String file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(store.rootKeyStoreFile()).isNotEqualTo(store.keyStoreFile());
        KeyFile.Entry server = KeyFile.in(folder, "server").read();
        assertThat(server.chain()).as("the server's keystore holds no root key, only its certificate").hasSize(2);
        assertThat(server.key()).isNotEqualTo(KeyFile.in(folder, "root-ca").read().key());
    }

    @Test
    void theRootIsAnAuthorityForTenYearsThatSignsOnlyServerCertificates() throws Exception {
        X509Certificate root = store().loadOrCreate().root();
        assertThat(root.getSubjectX500Principal().getName()).contains("CN=Bistro92 restaurant root (till-1)");
        assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        root.verify(root.getPublicKey());
        assertThat(root.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(((ECPublicKey) root.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(root.getBasicConstraints()).as("CA, path length 0").isZero();
        assertThat(root.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        boolean[] usage = root.getKeyUsage();
        assertThat(usage[5]).as("keyCertSign").isTrue();
        assertThat(usage[6]).as("cRLSign").isTrue();
        assertThat(usage[0]).as("digitalSignature").isFalse();
        assertThat(root.getNotAfter().toInstant()).isAfter(NOW.plus(3650, ChronoUnit.DAYS))
                .isBefore(NOW.plus(3660, ChronoUnit.DAYS));
    }

    @Test
    void theServersCertificateIsIssuedByTheRootForThisComputerAndLasts825DaysAtMost() throws Exception {
        ServerIdentity identity = store().loadOrCreate();
        X509Certificate certificate = identity.certificate();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=Bistro92 till-1");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(identity.root().getSubjectX500Principal());
        certificate.verify(identity.root().getPublicKey());
        assertThat(certificate.getBasicConstraints()).as("not an authority").isEqualTo(-1);
        assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
                .containsExactlyInAnyOrder("localhost", "till-1", "till-1.local", "127.0.0.1", "0:0:0:0:0:0:0:1",
                        "192.168.1.20");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(certificate.getNotBefore().toInstant()).isBefore(NOW);
        assertThat(java.time.Duration.between(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant())).as("Apple's limit").isLessThanOrEqualTo(
                java.time.Duration.ofDays(825));
        java.security.KeyStore.Entry served = identity.keyStore().getEntry(KeyFile.ALIAS,
                new java.security.KeyStore.PasswordProtection(identity.password().toCharArray()));
        assertThat(((java.security.KeyStore.PrivateKeyEntry) served).getCertificateChain())
                .as("the chain the connector serves").containsExactly(certificate, identity.root());
    }

    @Test
    void aNewLanAddressOrANearEndIssuesTheCertificateAgainUnderTheSameRoot() throws Exception {
        ServerIdentity first = store().loadOrCreate();

        lan = List.of("10.0.0.7");
        ServerIdentity moved = store().loadOrCreate();
        assertThat(moved.fingerprint()).as("what devices pin stays").isEqualTo(first.fingerprint());
        assertThat(moved.certificate().getSerialNumber()).isNotEqualTo(first.certificate().getSerialNumber());
        assertThat(moved.certificate().getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
                .contains("10.0.0.7").doesNotContain("192.168.1.20");

        Instant nearTheEnd = moved.certificate().getNotAfter().toInstant().minus(30, ChronoUnit.DAYS);
        ServerIdentity renewed = store(nearTheEnd).loadOrCreate();
        assertThat(renewed.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(renewed.certificate().getNotAfter().toInstant()).isAfter(nearTheEnd.plus(800, ChronoUnit.DAYS));

        ServerIdentity kept = store(nearTheEnd).loadOrCreate();
        assertThat(kept.certificate()).as("nothing due: the same certificate").isEqualTo(renewed.certificate());
    }

    @Test
    void anUnreadableServerCertificateIsIssuedAgainButAnUnreadableRootIsAnError() throws Exception {
        IdentityStore store = store();
        ServerIdentity first = store.loadOrCreate();
        Files.writeString(store.keyStoreFile(), "not a keystore");
        ServerIdentity again = store.loadOrCreate();
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        again.certificate().verify(first.root().getPublicKey());

        byte[] kept = Files.readAllBytes(store.rootKeyStoreFile());
        Files.writeString(store.rootKeyStoreFile().resolveSibling("root-ca.password"), "wrong\n");
        assertThatThrownBy(store::loadOrCreate).isInstanceOf(IOException.class)
                .hasMessageContaining("move that folder away").hasMessageContaining("install the new root");
        assertThat(Files.readAllBytes(store.rootKeyStoreFile())).isEqualTo(kept);
    }

    @Test
    void anInstallFromBeforeTheRootGetsOneVouchedForByItsOldCertificate() throws Exception {
        X509Certificate old = LegacyInstall.write(data, "till-1", NOW.minus(400, ChronoUnit.DAYS));
        ServerIdentity identity = store().loadOrCreate();
        X509Certificate root = identity.rootCertificate().orElseThrow();
        assertThat(identity.fingerprint()).isEqualTo(Fingerprint.of(root)).isNotEqualTo(Fingerprint.of(old));
        identity.certificate().verify(root.getPublicKey());

        java.security.KeyStore.Entry served = identity.keyStore().getEntry(KeyFile.ALIAS,
                new java.security.KeyStore.PasswordProtection(identity.password().toCharArray()));
        java.security.cert.Certificate[] chain = ((java.security.KeyStore.PrivateKeyEntry) served).getCertificateChain();
        assertThat(chain).hasSize(4);
        assertThat(chain[1]).isEqualTo(root);
        X509Certificate cross = (X509Certificate) chain[2];
        assertThat(chain[3]).isEqualTo(old);
        cross.verify(old.getPublicKey());
        assertThat(cross.getPublicKey()).isEqualTo(root.getPublicKey());

        // a pad that pinned the old certificate trusts the new chain, and moves its pin to the root
        X509Certificate[] shown = java.util.Arrays.copyOf(chain, chain.length, X509Certificate[].class);
        assertThat(PinnedChain.check(shown, Fingerprint.of(old), "The suite")).isEqualTo(identity.fingerprint());
        assertThat(PinnedChain.check(shown, identity.fingerprint(), "The suite")).isEqualTo(identity.fingerprint());

        // later starts keep the root, its vouchers and the certificate
        ServerIdentity again = store().loadOrCreate();
        assertThat(again.certificate()).isEqualTo(identity.certificate());
        lan = List.of("10.0.0.9");
        ServerIdentity moved = store().loadOrCreate();
        java.security.KeyStore.Entry servedAgain = moved.keyStore().getEntry(KeyFile.ALIAS,
                new java.security.KeyStore.PasswordProtection(moved.password().toCharArray()));
        assertThat(((java.security.KeyStore.PrivateKeyEntry) servedAgain).getCertificateChain())
                .as("a certificate issued again still carries the vouchers").hasSize(4).endsWith(old);
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

package com.bistro92.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a paired pad or display accepts, pinned to the restaurant's root. */
class PinnedChainTest {

    @TempDir
    Path restaurant;
    @TempDir
    Path another;

    private static ServerIdentity identity(Path data, Instant now) throws Exception {
        return new IdentityStore(data, Clock.fixed(now, ZoneOffset.UTC), new SecureRandom(),
                () -> CertificateNames.of("till-1", List.of("192.168.1.20"))).loadOrCreate();
    }

    private static X509Certificate[] chain(ServerIdentity identity) {
        return new X509Certificate[] {identity.certificate(), identity.root()};
    }

    @Test
    void theRootPinAcceptsEveryCertificateItIssuedAndNoOther() throws Exception {
        Instant now = Instant.now();
        ServerIdentity ours = identity(restaurant, now);
        ServerIdentity theirs = identity(another, now);
        Fingerprint pin = ours.fingerprint();
        assertThat(PinnedChain.pinOf(chain(ours))).isEqualTo(pin);

        assertThatCode(() -> PinnedChain.check(chain(ours), pin, "The suite")).doesNotThrowAnyException();
        // someone else's certificate shown with our root after it: the root did not sign it
        assertThatThrownBy(() -> PinnedChain.check(new X509Certificate[] {theirs.certificate(), ours.root()}, pin,
                "The suite")).isInstanceOf(CertificateException.class).hasMessageContaining("not issued by");
        assertThatThrownBy(() -> PinnedChain.check(chain(theirs), pin, "The suite"))
                .isInstanceOf(CertificateException.class).hasMessageContaining("paired with");
        assertThatThrownBy(() -> PinnedChain.check(new X509Certificate[0], pin, "The suite"))
                .hasMessageContaining("no certificate");
    }

    @Test
    void aCertificateIssuedAgainIsStillTrustedButOnePastItsEndIsNot() throws Exception {
        Instant start = Instant.now().minus(900, ChronoUnit.DAYS);
        ServerIdentity old = identity(restaurant, start);
        Fingerprint pin = old.fingerprint();
        assertThatThrownBy(() -> PinnedChain.check(chain(old), pin, "The suite"))
                .isInstanceOf(CertificateExpiredException.class);

        ServerIdentity renewed = identity(restaurant, Instant.now());
        assertThat(renewed.fingerprint()).isEqualTo(pin);
        assertThat(renewed.certificate()).isNotEqualTo(old.certificate());
        assertThatCode(() -> PinnedChain.check(chain(renewed), pin, "The suite")).doesNotThrowAnyException();
    }

    @Test
    void aPinOnAServerCertificateIsNoAuthorityForAnother() throws Exception {
        Instant now = Instant.now();
        ServerIdentity ours = identity(restaurant, now);
        // a pin on our own server certificate (not the root) does not make it vouch for anything
        Fingerprint leafPin = ours.certificateFingerprint();
        X509Certificate[] forged = {identity(another, now).certificate(), ours.certificate()};
        assertThatThrownBy(() -> PinnedChain.check(forged, leafPin, "The suite"))
                .hasMessageContaining("no certificate authority");
    }

    @Test
    void aSuiteFromBeforeTheRootIsTrustedByItsSelfSignedCertificate() throws Exception {
        X509Certificate old = LegacyInstall.write(restaurant, "till-1", Instant.now());
        assertThat(PinnedChain.pinOf(new X509Certificate[] {old})).isEqualTo(Fingerprint.of(old));
        assertThat(PinnedChain.check(new X509Certificate[] {old}, Fingerprint.of(old), "The suite"))
                .isEqualTo(Fingerprint.of(old));
        // another old certificate's pin does not vouch for this one
        X509Certificate other = LegacyInstall.write(another, "till-2", Instant.now());
        assertThatThrownBy(() -> PinnedChain.check(new X509Certificate[] {old, other}, Fingerprint.of(other),
                "The suite")).hasMessageContaining("no certificate authority");
    }
}

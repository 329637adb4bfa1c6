package com.bistro92.tls;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * How a paired device checks the chain the suite shows, by the one fingerprint it pinned: the
 * restaurant's root, which the suite shows after its own certificate and which must have issued
 * it, valid today; or, from a suite made before it had a root, its old self-signed certificate,
 * which either is what the suite still shows or has signed a cross-certificate for the root that
 * replaced it ({@link RootAuthority#vouchedBy}); then the device moves its pin to the root.
 * Other authorities and host names play no part: a device reaches the suite by any of its
 * addresses, and the pin replaces both checks.
 */
public final class PinnedChain {

    private PinnedChain() {
    }

    /**
     * Accepts {@code chain} when {@code pinned} names its first certificate, or a certificate
     * authority in it that issued the first, valid now, or an older suite's self-signed certificate
     * that vouches for such an authority; throws, naming {@code server}, otherwise. Returns what the
     * device pins from now on: {@code pinned}, or the root an old pin vouched for.
     */
    public static Fingerprint check(X509Certificate[] chain, Fingerprint pinned, String server)
            throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException(server + " showed no certificate");
        }
        Fingerprint shown = Fingerprint.of(chain[0]);
        if (shown.equals(pinned)) {
            return pinned;
        }
        for (int i = 1; i < chain.length; i++) {
            if (!Fingerprint.of(chain[i]).equals(pinned)) {
                continue;
            }
            X509Certificate pin = chain[i];
            if (pin.getBasicConstraints() >= 0) {
                issuedBy(chain[0], pin, server);
                return pinned;
            }
            X509Certificate cross = vouchedFor(chain, pin);
            if (cross == null) {
                throw new CertificateException("The certificate pinned for " + server + " is no certificate authority");
            }
            issuedBy(chain[0], cross, server);
            return pinOf(chain);
        }
        throw new CertificateException(server + " showed certificate " + shown.shortForm() + ", not one issued by the "
                + pinned.shortForm() + " it was paired with");
    }

    /** What a device pairing with the suite that shows {@code chain} pins: its root, or its self-signed certificate. */
    public static Fingerprint pinOf(X509Certificate[] chain) {
        return Fingerprint.of(chain[chain.length > 1 ? 1 : 0]);
    }

    /**
     * The authority in {@code chain} that {@code old}, an older suite's self-signed certificate,
     * signed for the root that replaced it; null if there is none.
     */
    private static X509Certificate vouchedFor(X509Certificate[] chain, X509Certificate old) {
        if (!old.getIssuerX500Principal().equals(old.getSubjectX500Principal()) || !signs(old, old)) {
            return null;
        }
        for (X509Certificate candidate : chain) {
            if (candidate != old && candidate.getBasicConstraints() >= 0
                    && candidate.getIssuerX500Principal().equals(old.getSubjectX500Principal()) && signs(old, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@code signer}'s key signed {@code signed}. */
    static boolean signs(X509Certificate signer, X509Certificate signed) {
        try {
            signed.verify(signer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void issuedBy(X509Certificate certificate, X509Certificate root, String server)
            throws CertificateException {
        if (root.getBasicConstraints() < 0) {
            throw new CertificateException("The certificate pinned for " + server + " is no certificate authority");
        }
        try {
            certificate.verify(root.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CertificateException(server + "'s certificate was not issued by the pinned root", e);
        }
        certificate.checkValidity();
    }
}

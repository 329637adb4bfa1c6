package com.bistro92.tls;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * How a paired device checks the chain the suite shows, by the one fingerprint it pinned: the
 * restaurant's root, which the suite shows after its own certificate and which must have issued
 * it, valid today; or, from a suite made before it had a root, the self-signed certificate itself.
 * Other authorities and host names play no part: a device reaches the suite by any of its
 * addresses, and the pin replaces both checks.
 */
public final class PinnedChain {

    private PinnedChain() {
    }

    /**
     * Accepts {@code chain} when {@code pinned} names its first certificate, or a certificate
     * authority in it that issued the first, valid now; throws, naming {@code server}, otherwise.
     */
    public static void check(X509Certificate[] chain, Fingerprint pinned, String server) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException(server + " showed no certificate");
        }
        Fingerprint shown = Fingerprint.of(chain[0]);
        if (shown.equals(pinned)) {
            return;
        }
        for (int i = 1; i < chain.length; i++) {
            if (Fingerprint.of(chain[i]).equals(pinned)) {
                issuedBy(chain[0], chain[i], server);
                return;
            }
        }
        throw new CertificateException(server + " showed certificate " + shown.shortForm() + ", not one issued by the "
                + pinned.shortForm() + " it was paired with");
    }

    /** What a device pairing with the suite that shows {@code chain} pins: its root, or its self-signed certificate. */
    public static Fingerprint pinOf(X509Certificate[] chain) {
        return Fingerprint.of(chain[chain.length - 1]);
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

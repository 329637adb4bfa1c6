package com.bistro92.pad.client;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * How a pad checks the chain the suite shows by the one fingerprint it pinned (the suite's
 * {@code com.bistro92.tls.PinnedChain} does the same for its displays; the emulator shares no code
 * with the suite): the restaurant's root, which must have issued the suite's certificate, valid
 * today; or, from a suite made before it had a root, its old self-signed certificate, which either
 * is what the suite still shows or has signed a cross-certificate for the root that replaced it.
 */
final class PinnedChain {

    private PinnedChain() {
    }

    /** Checks {@code chain} against {@code pinned}; returns what the pad pins from now on. */
    static String check(X509Certificate[] chain, String pinned) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The server showed no certificate");
        }
        if (Fingerprints.of(chain[0]).equals(pinned)) {
            return pinned;
        }
        for (int i = 1; i < chain.length; i++) {
            if (!Fingerprints.of(chain[i]).equals(pinned)) {
                continue;
            }
            X509Certificate pin = chain[i];
            if (pin.getBasicConstraints() >= 0) {
                issuedBy(chain[0], pin);
                return pinned;
            }
            X509Certificate cross = vouchedFor(chain, pin);
            if (cross == null) {
                throw new CertificateException("The pinned certificate is no certificate authority");
            }
            issuedBy(chain[0], cross);
            return Fingerprints.of(chain[1]);
        }
        // what a pairing code for this server would have carried: its root (or its own self-signed certificate)
        throw CertificateMismatch.of(pinned, Fingerprints.of(chain[chain.length > 1 ? 1 : 0]));
    }

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

    private static boolean signs(X509Certificate signer, X509Certificate signed) {
        try {
            signed.verify(signer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void issuedBy(X509Certificate server, X509Certificate root) throws CertificateException {
        try {
            server.verify(root.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CertificateException("The server's certificate was not issued by the pinned root", e);
        }
        server.checkValidity();
    }
}

package com.bistro92.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The server's TLS identity, as its HTTPS connector needs it, and what devices trust it by.
 *
 * @param keyStore    a PKCS12 keystore with one key entry: the server's key, its certificate and
 *                    the root's after it, the chain the HTTPS connector serves
 * @param password    the keystore's (and its key's) password
 * @param certificate the server's certificate
 * @param root        the restaurant's root, which issued {@code certificate}; null for an install
 *                    made before the suite had a root, whose certificate is self-signed
 * @param fingerprint what pads and displays pin, and what a person setting up a tablet compares:
 *                    the root's SHA-256 (the self-signed certificate's, without a root)
 */
public record ServerIdentity(KeyStore keyStore, String password, X509Certificate certificate,
                             X509Certificate root, Fingerprint fingerprint) {

    /** The restaurant's root certificate, which a tablet installs; empty for an install without one. */
    public Optional<X509Certificate> rootCertificate() {
        return Optional.ofNullable(root);
    }

    /** The SHA-256 of the server's own certificate, which changes each time it is issued again. */
    public Fingerprint certificateFingerprint() {
        return Fingerprint.of(certificate);
    }

    /** This computer's name, as the server's certificate gives it; "this computer" if it gives none. */
    public String host() {
        try {
            var names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (var name : names) {
                    String value = String.valueOf(name.get(1));
                    if ((Integer) name.get(0) == 2 && !value.equals("localhost") && !value.endsWith(".local")) {
                        return value;
                    }
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            return "this computer";
        }
        return "this computer";
    }

    @Override
    public String toString() {
        return "ServerIdentity[" + certificate.getSubjectX500Principal() + ", " + fingerprint + "]";
    }
}

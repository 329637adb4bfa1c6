package com.bistro92.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * The server's TLS identity, as its HTTPS connector needs it: the keystore holding the private
 * key and certificate, and that keystore's password.
 *
 * @param keyStore    a PKCS12 keystore with one key entry, {@link IdentityStore#ALIAS}
 * @param password    the keystore's (and its key's) password
 * @param certificate the self-signed certificate
 * @param fingerprint what pads pin: the certificate's SHA-256
 */
public record ServerIdentity(KeyStore keyStore, String password, X509Certificate certificate,
                             Fingerprint fingerprint) {

    @Override
    public String toString() {
        return "ServerIdentity[" + certificate.getSubjectX500Principal() + ", " + fingerprint + "]";
    }
}

package com.bistro92.tls;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * The restaurant's own certificate authority, made at the first start: the root that a tablet
 * installs once (as mkcert and step-ca do on a developer's machine), so that its browser trusts
 * the suite's HTTPS, and whose fingerprint pads and displays pin. It signs only the suite's own
 * server certificates: {@code pathLen 0}, no intermediate below it. Its key stays in the data
 * folder, apart from the server's ({@code tls/root-ca.p12}, 0600).
 *
 * @param key         the root's private key
 * @param certificate the root's self-signed certificate
 */
public record RootAuthority(PrivateKey key, X509Certificate certificate) {

    /** Ten years: a tablet installs the root once for the life of the PC. */
    static final Duration VALID_FOR = Duration.ofDays(3653);

    /** A new root for the restaurant at {@code hostname}. */
    static RootAuthority create(String hostname, Clock clock, SecureRandom random) throws GeneralSecurityException {
        KeyPair keys = CertificateBuilding.newKeys(random);
        var name = CertificateBuilding.name("Bistro92 restaurant root (" + hostname + ")");
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509Certificate root = CertificateBuilding.build(name, keys.getPrivate(), name, keys.getPublic(),
                clock.instant(), VALID_FOR, random, builder -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                        .addExtension(Extension.subjectKeyIdentifier, false,
                                utils.createSubjectKeyIdentifier(keys.getPublic())));
        root.verify(keys.getPublic());
        return new RootAuthority(keys.getPrivate(), root);
    }

    /** What pads, displays and the people setting up a tablet compare: the root's SHA-256. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(certificate);
    }

    /** Whether this root signed {@code certificate}. */
    boolean signed(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(this.certificate.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(this.certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

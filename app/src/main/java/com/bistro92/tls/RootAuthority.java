package com.bistro92.tls;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
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
 * <p>An install from before the root had pads and displays that pinned its self-signed server
 * certificate. When it gets its root, that old key signs one certificate for the root's key (a
 * cross-certificate), and the suite serves both after its own chain: a device holding the old pin
 * finds the root vouched for by the very certificate it pinned, and moves its pin to the root
 * ({@link PinnedChain}). The old key signs nothing else, and is not kept.
 *
 * @param key         the root's private key
 * @param certificate the root's self-signed certificate
 * @param vouchers    for an install from before the root: the cross-certificate the old key
 *                    signed for the root, then the old self-signed certificate; otherwise empty
 */
public record RootAuthority(PrivateKey key, X509Certificate certificate, List<X509Certificate> vouchers) {

    public RootAuthority {
        vouchers = List.copyOf(vouchers);
    }

    RootAuthority(PrivateKey key, X509Certificate certificate) {
        this(key, certificate, List.of());
    }

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

    /**
     * This root, vouched for by an older install's self-signed certificate {@code old} with its key
     * {@code oldKey}, so that the devices that pinned {@code old} trust the root.
     */
    RootAuthority vouchedBy(X509Certificate old, PrivateKey oldKey, Clock clock, SecureRandom random)
            throws GeneralSecurityException {
        X509Certificate cross = CertificateBuilding.build(
                X500Name.getInstance(old.getSubjectX500Principal().getEncoded()), oldKey,
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), certificate.getPublicKey(),
                clock.instant(), VALID_FOR, random, builder -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)));
        cross.verify(old.getPublicKey());
        return new RootAuthority(key, certificate, List.of(cross, old));
    }

    /** The chain served with {@code server}, a certificate this root issued: it, the root, then the root's vouchers. */
    X509Certificate[] chainOf(X509Certificate server) {
        X509Certificate[] chain = new X509Certificate[2 + vouchers.size()];
        chain[0] = server;
        chain[1] = certificate;
        for (int i = 0; i < vouchers.size(); i++) {
            chain[i + 2] = vouchers.get(i);
        }
        return chain;
    }

    /** What pads, displays and the people setting up a tablet compare: the root's SHA-256. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(certificate);
    }
}

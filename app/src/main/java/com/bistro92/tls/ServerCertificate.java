package com.bistro92.tls;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * The server's certificate, issued by the restaurant's root for this computer's names and LAN
 * addresses. It lasts 825 days at most, counted from its backdated start: Apple's devices refuse a
 * server certificate that lasts longer, even under a root the user installed. The suite issues
 * a new one by itself ({@link #due}) when the names change or the end is near; the root, which
 * devices pin and trust, stays.
 */
final class ServerCertificate {

    /** The longest an Apple device accepts. */
    static final Duration LASTS = Duration.ofDays(825);
    /** How long before its end a certificate is issued again. */
    static final Duration RENEW_BEFORE = Duration.ofDays(60);

    private ServerCertificate() {
    }

    /** A new key pair and its certificate, signed by {@code root}. */
    static Issued issue(RootAuthority root, CertificateNames names, Clock clock, SecureRandom random)
            throws GeneralSecurityException {
        KeyPair keys = CertificateBuilding.newKeys(random);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509Certificate leaf = CertificateBuilding.build(
                X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded()),
                root.key(), CertificateBuilding.name("Bistro92 " + names.hostname()), keys.getPublic(),
                clock.instant(), LASTS, random, builder -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(Extension.extendedKeyUsage, false,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                        .addExtension(Extension.subjectKeyIdentifier, false,
                                utils.createSubjectKeyIdentifier(keys.getPublic()))
                        .addExtension(Extension.authorityKeyIdentifier, false,
                                utils.createAuthorityKeyIdentifier(root.certificate()))
                        .addExtension(Extension.subjectAlternativeName, false, alternativeNames(names)));
        leaf.verify(root.certificate().getPublicKey());
        return new Issued(keys, leaf);
    }

    /** A key pair and the server's certificate for it. */
    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    /**
     * Why {@code leaf} must be issued again, or null while it serves: another root signed it (or
     * nobody: a certificate made before the suite had a root), it leaves out one of {@code names},
     * or its end is near.
     */
    static String due(X509Certificate leaf, X509Certificate root, CertificateNames names, Instant now) {
        if (!signed(root, leaf)) {
            return "it was not issued by the restaurant's root";
        }
        if (!leaf.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))) {
            return "it ends on " + leaf.getNotAfter().toInstant();
        }
        Set<String> covered = covered(leaf);
        List<String> missing = Stream.concat(names.dnsNames().stream(), names.ipAddresses().stream())
                .filter(n -> !covered.contains(normal(n))).toList();
        return missing.isEmpty() ? null : "it does not name " + String.join(", ", missing);
    }

    private static boolean signed(X509Certificate root, X509Certificate leaf) {
        return leaf.getIssuerX500Principal().equals(root.getSubjectX500Principal()) && PinnedChain.signs(root, leaf);
    }

    private static Set<String> covered(X509Certificate leaf) {
        Set<String> names = new HashSet<>();
        try {
            Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
            if (alternatives != null) {
                alternatives.forEach(n -> names.add(normal(String.valueOf(n.get(1)))));
            }
        } catch (CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    /** A name as it compares: lower case, and an IPv6 address in one spelling. */
    private static String normal(String name) {
        if (name.contains(":")) {
            try {
                return java.net.InetAddress.ofLiteral(name).getHostAddress();
            } catch (IllegalArgumentException e) {
                return name.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static GeneralNames alternativeNames(CertificateNames names) {
        return new GeneralNames(Stream.concat(
                names.dnsNames().stream().map(n -> new GeneralName(GeneralName.dNSName, n)),
                names.ipAddresses().stream().map(a -> new GeneralName(GeneralName.iPAddress, a)))
                .toArray(GeneralName[]::new));
    }
}

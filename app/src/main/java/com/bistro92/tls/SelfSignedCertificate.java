package com.bistro92.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the server's key pair (EC P-256) and a self-signed certificate for it, valid ten years.
 * The JDK's own providers do the cryptography; BouncyCastle only writes the X.509 structure, so no
 * security provider is installed process-wide.
 */
final class SelfSignedCertificate {

    /** A new key pair and the certificate that signs its public key with its private key. */
    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    static final Duration VALID_FOR = Duration.ofDays(3653);
    // a computer whose clock runs a little slow must not see a certificate from the future
    private static final Duration BACKDATED = Duration.ofDays(1);

    private final Clock clock;
    private final SecureRandom random;

    SelfSignedCertificate(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    Issued issue(CertificateNames names) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "Bistro92 " + names.hostname())
                .addRDN(BCStyle.O, "Bistro92")
                .build();
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(127, random).add(BigInteger.ONE), Date.from(now.minus(BACKDATED)),
                Date.from(now.plus(VALID_FOR)), subject, keys.getPublic());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.subjectAlternativeName, false, alternativeNames(names));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            certificate.verify(keys.getPublic());
            return new Issued(keys, certificate);
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("Cannot make the server's certificate", e);
        }
    }

    private static GeneralNames alternativeNames(CertificateNames names) {
        return new GeneralNames(Stream.concat(
                names.dnsNames().stream().map(n -> new GeneralName(GeneralName.dNSName, n)),
                names.ipAddresses().stream().map(a -> new GeneralName(GeneralName.iPAddress, a)))
                .toArray(GeneralName[]::new));
    }
}

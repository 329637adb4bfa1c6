package com.bistro92.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * What the root's and the server's certificates are made with: EC P-256 keys, random serial
 * numbers, a start backdated a day (a computer whose clock runs a little slow must not see a
 * certificate from the future), and ECDSA with SHA-256. The JDK's own providers do the
 * cryptography; BouncyCastle only writes the X.509 structure, so no provider is installed
 * process-wide.
 */
final class CertificateBuilding {

    static final Duration BACKDATED = Duration.ofDays(1);

    private CertificateBuilding() {
    }

    /** Extensions added to a certificate being built. */
    @FunctionalInterface
    interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException, GeneralSecurityException;
    }

    static KeyPair newKeys(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    /** {@code CN=commonName, O=Bistro92}. */
    static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, "Bistro92")
                .build();
    }

    /**
     * A certificate for {@code subjectKey}, valid from a day before {@code now} until {@code lasts}
     * after that start, signed by {@code issuerKey} in {@code issuer}'s name.
     */
    static X509Certificate build(X500Name issuer, PrivateKey issuerKey, X500Name subject, PublicKey subjectKey,
                                 Instant now, Duration lasts, SecureRandom random, Extensions extensions)
            throws GeneralSecurityException {
        Instant from = now.minus(BACKDATED);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                new BigInteger(127, random).add(BigInteger.ONE), Date.from(from), Date.from(from.plus(lasts)),
                subject, subjectKey);
        try {
            extensions.add(builder);
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("Cannot make the certificate for " + subject, e);
        }
    }
}

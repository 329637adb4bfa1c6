package com.bistro92.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** Certificates as PEM text: one {@code -----BEGIN CERTIFICATE-----} block after another. */
public final class Pem {

    private Pem() {
    }

    /** The PEM text of {@code certificates}. */
    public static String of(List<X509Certificate> certificates) throws GeneralSecurityException {
        StringBuilder text = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : certificates) {
            text.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return text.toString();
    }

    static void write(Path file, List<X509Certificate> certificates) throws IOException, GeneralSecurityException {
        com.bistro92.store.PrivateFiles.write(file, of(certificates).getBytes(StandardCharsets.US_ASCII));
    }

    /** The certificates in {@code file}; none if there is no such file. */
    static List<X509Certificate> read(Path file) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            return List.of();
        }
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        try (var in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            return factory.generateCertificates(in).stream().map(X509Certificate.class::cast).toList();
        }
    }
}

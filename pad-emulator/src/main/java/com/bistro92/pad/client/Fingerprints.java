package com.bistro92.pad.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Certificate fingerprints as the server writes them: the SHA-256 of the certificate's DER
 * encoding in uppercase hex pairs joined by colons ({@code AB:CD:…}).
 */
final class Fingerprints {

    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprints() {
    }

    static String of(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return COLONS.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    /** The fingerprint in its one written form, from text with or without colons, in either case. */
    static String normalize(String text) {
        String hex = text.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("The certificate fingerprint must be a SHA-256 (64 hex digits), not "
                    + text);
        }
        return COLONS.formatHex(HexFormat.of().parseHex(hex));
    }

    /** The first 16 hex digits in groups of four, as the staff screen shows them: {@code ABCD EF01 2345 6789}. */
    static String shortForm(String fingerprint) {
        String hex = fingerprint.replace(":", "");
        return hex.substring(0, 4) + " " + hex.substring(4, 8) + " " + hex.substring(8, 12) + " " + hex.substring(12, 16);
    }
}

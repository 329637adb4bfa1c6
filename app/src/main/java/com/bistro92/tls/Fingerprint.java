package com.bistro92.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of a certificate's DER encoding, which pads pin. It is always written the same
 * way, in the pairing link, in a pad's saved pairing and in messages: uppercase hex pairs joined
 * by colons ({@code AB:CD:…}, 32 pairs), as browsers and {@code keytool} show it.
 *
 * @param hex the 64 uppercase hex digits, without colons
 */
public record Fingerprint(String hex) {

    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();

    public Fingerprint {
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("A SHA-256 fingerprint is 64 uppercase hex digits, not " + hex);
        }
    }

    /** The fingerprint of {@code certificate}. */
    public static Fingerprint of(X509Certificate certificate) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new Fingerprint(HexFormat.of().withUpperCase().formatHex(sha256));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint the certificate", e);
        }
    }

    /** Reads a fingerprint written with or without colons or spaces, in either case. */
    public static Fingerprint parse(String text) {
        return new Fingerprint(text.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT));
    }

    /** The first 16 hex digits in groups of four, for staff to read aloud: {@code ABCD EF01 2345 6789}. */
    public String shortForm() {
        return hex.substring(0, 4) + " " + hex.substring(4, 8) + " " + hex.substring(8, 12) + " " + hex.substring(12, 16);
    }

    /** The whole fingerprint for a person to compare: four lines of eight pairs, {@code AB:CD:…}. */
    public java.util.List<String> lines() {
        String colons = toString();
        java.util.List<String> lines = new java.util.ArrayList<>(4);
        for (int i = 0; i < colons.length(); i += 24) {
            lines.add(colons.substring(i, Math.min(colons.length(), i + 23)));
        }
        return lines;
    }

    /** The fingerprint as it is written everywhere: {@code AB:CD:…}. */
    @Override
    public String toString() {
        return COLONS.formatHex(HexFormat.of().parseHex(hex));
    }
}

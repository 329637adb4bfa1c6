package com.bistro92.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check digits of a display's pairing code, which tie the code to the main PC's certificate.
 *
 * <p>A display starts from the main PC's plain HTTP address, and learns the HTTPS port and the
 * certificate's fingerprint there: over plain HTTP, where anyone on the LAN could answer instead.
 * So the code staff read from the main PC's screen has twelve digits: the six-digit pairing code,
 * then six check digits, HMAC-SHA256 of the certificate's fingerprint keyed with those six digits.
 * The display computes the check from the fingerprint it was told and refuses, before it sends the
 * code anywhere, unless it matches what was typed. Someone who answered with a certificate of their
 * own does not know the code (it is only on the main PC's screen), so their certificate passes with
 * a chance of one in a million, and never learns the code when it fails.
 */
public final class PairingCheck {

    /** How many check digits follow the code. */
    public static final int DIGITS = 6;

    private PairingCheck() {
    }

    /** The six check digits of {@code code} (six digits) for the certificate {@code fingerprint}. */
    public static String digits(String code, Fingerprint fingerprint) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(code.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] sum = mac.doFinal(HexFormat.of().parseHex(fingerprint.hex()));
            long value = ((sum[0] & 0xFFL) << 24 | (sum[1] & 0xFFL) << 16 | (sum[2] & 0xFFL) << 8 | sum[3] & 0xFFL)
                    % 1_000_000L;
            return "%06d".formatted(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The whole code as staff read it: {@code 123 456 – 789 012}. */
    public static String spoken(String code, Fingerprint fingerprint) {
        String check = digits(code, fingerprint);
        return code.substring(0, 3) + " " + code.substring(3) + " – " + check.substring(0, 3) + " " + check.substring(3);
    }
}

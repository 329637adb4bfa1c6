package com.bistro92.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes staff PINs with the JDK's PBKDF2 (HMAC-SHA-256, salted). Stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}, so the cost can be raised later.
 */
public final class PinHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    /** The cost of a throwaway suite's PINs (see {@link #scratch}). */
    private static final int SCRATCH_ITERATIONS = 1_000;

    private final SecureRandom random;
    private final int iterations;

    public PinHasher(SecureRandom random) {
        this(random, ITERATIONS);
    }

    private PinHasher(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    /**
     * A hasher for a throwaway suite that nobody signs in to (the warm-up's): cheap, so that it
     * does not spend the start-up's time. Its hashes still verify, since each holds its own cost.
     */
    public static PinHasher scratch(SecureRandom random) {
        return new PinHasher(random, SCRATCH_ITERATIONS);
    }

    public String hash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin, salt, iterations));
    }

    public boolean matches(String pin, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, b64.decode(parts[2]), Integer.parseInt(parts[1])));
    }

    /** A random PIN of {@code digits} digits, for a new account's first login. */
    public String randomPin(int digits) {
        StringBuilder pin = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            pin.append(random.nextInt(10));
        }
        return pin.toString();
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}

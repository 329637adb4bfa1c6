package com.bistro92.staff;

import com.bistro92.store.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The staff credential of this installation: a random token made at first start and kept in
 * {@code staff.token} in the data folder, readable only by the user who runs Bistro92. The suite
 * holds it in-process; local tools read the file. A web page in the PC's browser cannot read it,
 * so it cannot act as staff.
 */
public final class StaffToken {

    public static final String FILE = "staff.token";
    private static final int BYTES = 32;

    private final byte[] token;

    private StaffToken(String token) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    /** The token in {@code dataFolder}, made there first if there is none yet. */
    public static StaffToken load(Path dataFolder, SecureRandom random) throws IOException {
        Path file = dataFolder.resolve(FILE);
        if (Files.exists(file)) {
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (kept.length() >= 32) {
                PrivateFiles.file(file);
                return new StaffToken(kept);
            }
        }
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PrivateFiles.write(file, (token + "\n").getBytes(StandardCharsets.US_ASCII));
        return new StaffToken(token);
    }

    /** Whether {@code offered} is this token; compared in constant time. */
    public boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(token, offered.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** The token, for the suite's own clients and tests. */
    public String value() {
        return new String(token, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "StaffToken[hidden]";
    }
}

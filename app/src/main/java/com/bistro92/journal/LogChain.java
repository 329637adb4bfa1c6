package com.bistro92.journal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the event log: each row's {@code hash} is
 * {@code SHA-256(previous row's hash || canonical bytes of this row)}, and the first row follows
 * {@link #GENESIS}, 32 zero bytes. Changing, removing or reordering a row changes a hash that a
 * later row depends on, so a verifier finds the first row where the chain no longer holds.
 *
 * <p>The canonical bytes of a row, all integers big-endian:
 * <pre>
 *   version     1 byte, 1
 *   seq         8 bytes
 *   type        4-byte length, UTF-8 bytes
 *   order_id    1 byte (0 = null, 1 = present), then 8 bytes if present
 *   table_id    1 byte (0 = null, 1 = present), then 4 bytes if present
 *   created_at  8 bytes of epoch seconds, 4 bytes of nanoseconds
 *   payload     4-byte length, UTF-8 bytes
 *   staff_only  1 byte, 0 or 1
 * </pre>
 * Every variable-length field is length-prefixed, so no two rows encode alike.
 */
final class LogChain {

    /** The hash the first event follows. */
    static final byte[] GENESIS = new byte[32];
    static final int HASH_BYTES = 32;
    private static final byte VERSION = 1;

    private LogChain() {
    }

    /** The hash of {@code row}, which follows a row whose hash is {@code previous}. */
    static byte[] link(byte[] previous, LogRow row) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(canonical(row));
        return sha.digest();
    }

    /** The row's canonical bytes, as described above. */
    static byte[] canonical(LogRow row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + row.payload().length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(row.seq());
            writeText(out, row.type());
            out.writeBoolean(row.orderId() != null);
            if (row.orderId() != null) {
                out.writeLong(row.orderId());
            }
            out.writeBoolean(row.tableId() != null);
            if (row.tableId() != null) {
                out.writeInt(row.tableId());
            }
            out.writeLong(row.createdAt().getEpochSecond());
            out.writeInt(row.createdAt().getNano());
            writeText(out, row.payload());
            out.writeBoolean(row.staffOnly());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

package com.bistro92.server;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the suite serves as it is (a page, a stylesheet, a certificate): its bytes and an ETag
 * made from them, so that a browser that has this version gets 304.
 *
 * @param body the file's bytes
 * @param etag a quoted strong ETag: the first 12 bytes of the body's SHA-256, in hex
 */
record StaticFile(byte[] body, String etag) {

    static StaticFile of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new StaticFile(body, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Answers with this file, or 304 when the request's {@code If-None-Match} names this version. */
    void answer(Exchange ex, String mediaType, String contentSecurityPolicy) {
        String asked = ex.header("If-None-Match");
        ex.file(asked != null && asked.strip().equals(etag) ? null : body, mediaType, etag, contentSecurityPolicy);
    }
}

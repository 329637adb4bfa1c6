package com.bistro92.pad.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a pad needs to pair: the server, the one-time code, and, for HTTPS, the fingerprint of
 * the certificate to pin. Read from the link in the pairing QR code
 * ({@code https://192.168.1.20:8093/pad/#code=123456&fp=AB:CD:…}, or an older link with them in the
 * query, {@code …/pair?code=…&fp=…}) or from a plain address and a
 * typed code ({@code http://127.0.0.1:8092}, on the server's own computer).
 *
 * @param server      the server's base address, without a path
 * @param code        the six-digit pairing code
 * @param fingerprint the certificate's SHA-256 as {@code AB:CD:…}; empty for plain HTTP
 */
public record PairingLink(URI server, String code, String fingerprint) {

    /**
     * Reads what was scanned or typed: {@code address} is a pairing link or a server address;
     * {@code code} and {@code fingerprint} fill in what the link does not say (either may be blank).
     *
     * @throws IllegalArgumentException with a message for the person pairing
     */
    public static PairingLink parse(String address, String code, String fingerprint) {
        String notAnAddress = "The server address starts with https:// (or http:// on the server's own computer),"
                + " not " + address;
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(notAnAddress, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(notAnAddress);
        }
        Map<String, String> query = query(uri.getRawQuery());
        // the web pad's link carries them in the fragment, which browsers never send
        query.putAll(query(uri.getRawFragment()));
        String theCode = query.getOrDefault("code", code == null ? "" : code.strip());
        String theFingerprint = query.getOrDefault("fp", fingerprint == null ? "" : fingerprint.strip());
        if (!theCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("The pairing code is the six digits from Tables & Pads");
        }
        if (scheme.equals("https") && theFingerprint.isEmpty()) {
            throw new IllegalArgumentException("An https:// address needs the certificate fingerprint from the"
                    + " pairing QR code: scan the code or paste its whole link");
        }
        String pinned = theFingerprint.isEmpty() ? "" : Fingerprints.normalize(theFingerprint);
        return new PairingLink(URI.create(scheme + "://" + uri.getRawAuthority()), theCode, pinned);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}

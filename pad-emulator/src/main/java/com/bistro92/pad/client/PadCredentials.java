package com.bistro92.pad.client;

import java.net.URI;

/**
 * What a pad keeps after pairing: where the server is, its device token, its table, and for a
 * server reached over HTTPS the fingerprint of the only certificate it accepts there.
 *
 * @param fingerprint the pinned certificate's SHA-256 as {@code AB:CD:…}; empty for plain HTTP
 */
public record PadCredentials(URI server, String token, int padId, String padName, int tableId, String table,
                             String fingerprint) {

    /** The same pairing, pinned to {@code newFingerprint}. */
    public PadCredentials withFingerprint(String newFingerprint) {
        return new PadCredentials(server, token, padId, padName, tableId, table, newFingerprint);
    }

    /** A pairing over plain HTTP, with nothing pinned. */
    public PadCredentials(URI server, String token, int padId, String padName, int tableId, String table) {
        this(server, token, padId, padName, tableId, table, "");
    }

    /** Whether this pad accepts only one certificate at its server. */
    public boolean pinned() {
        return !fingerprint.isEmpty();
    }

    /** The pinned certificate's short form, as the staff screen shows it; empty when nothing is pinned. */
    public String certificate() {
        return pinned() ? Fingerprints.shortForm(fingerprint) : "";
    }
}

package com.bistro92.pad.client;

import java.net.URI;

/** What a pad keeps after pairing: where the server is, its device token, and its table. */
public record PadCredentials(URI server, String token, int padId, String padName, int tableId, String table) {
}

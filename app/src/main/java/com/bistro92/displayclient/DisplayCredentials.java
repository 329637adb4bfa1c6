package com.bistro92.displayclient;

import java.net.URI;

/**
 * What a display keeps once paired: the main PC it was started for, the HTTPS address and the
 * certificate it pinned there, and its device token. Kept in the display's own folder, readable by
 * this user only ({@link DisplayFolder}).
 *
 * @param mainPc      the address given with {@code --display}, {@code http://host:8092}
 * @param server      the HTTPS address used from then on, {@code https://host:8093}
 * @param fingerprint the SHA-256 of the main PC's root certificate (of its self-signed one, paired
 *                    before it had a root), {@code AB:CD:…}; nothing else is trusted
 * @param token       the display's device token
 */
public record DisplayCredentials(URI mainPc, URI server, String fingerprint, String token, int displayId,
                                 String name) {

    @Override
    public String toString() {
        return "DisplayCredentials[" + name + " of " + mainPc + ", token hidden]";
    }
}

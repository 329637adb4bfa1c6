package com.bistro92.tableview;

import com.bistro92.tls.Fingerprint;

/**
 * Where pads on the LAN reach the server, and the certificate they must find there.
 *
 * @param host        this computer's LAN address
 * @param tlsPort     the HTTPS/WSS port
 * @param fingerprint the SHA-256 of the server's certificate, which pads pin
 */
public record PadAddress(String host, int tlsPort, Fingerprint fingerprint) {

    /** The base address pads use: {@code https://host:port}. */
    public String https() {
        return "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + tlsPort;
    }

    /**
     * What the pairing QR code says: the web pad's address, with the one-time code and the
     * fingerprint of the restaurant's root in the fragment,
     * {@code https://192.168.1.20:8093/pad/#code=123456&fp=AB:CD:…}. A tablet's camera opens the web
     * pad there, which pairs with {@code code}; a browser never sends a fragment, so the code never
     * reaches a log. The pad emulator reads the same link and from then on accepts only certificates
     * that the root whose SHA-256 is {@code fp} vouches for.
     */
    public String pairingLink(String code) {
        return https() + "/pad/#code=" + code + "&fp=" + fingerprint;
    }
}

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
     * What the pairing QR code says, for the pad protocol: the HTTPS address, the one-time code
     * and the certificate's fingerprint, {@code https://192.168.1.20:8093/pair?code=123456&fp=AB:CD:…}.
     * A pad pairs with {@code code} at that address and from then on accepts only the certificate
     * whose SHA-256 is {@code fp}.
     */
    public String pairingLink(String code) {
        return https() + "/pair?code=" + code + "&fp=" + fingerprint;
    }
}

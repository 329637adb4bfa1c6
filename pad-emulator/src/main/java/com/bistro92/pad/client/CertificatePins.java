package com.bistro92.pad.client;

import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificates this pad trusts: for each server address (host and port), the one whose SHA-256
 * came in the pairing code. That is the restaurant's root, and the server shows it after its own
 * certificate, which the root must have issued and which must be valid today; a suite from before
 * it had a root showed its self-signed certificate, pinned as it is. Other certificate authorities
 * and host names play no part: the pin replaces both. An HTTPS server without a pin is refused, so
 * a pad never trusts a server it was not told about.
 */
public final class CertificatePins {

    private final Map<String, String> pins = new ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<String> moved = fingerprint -> { };
    private final SSLContext context;

    public CertificatePins() {
        try {
            context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new Trust()}, new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot speak TLS", e);
        }
    }

    /** The TLS context to connect with; it trusts only what is pinned here. */
    public SSLContext sslContext() {
        return context;
    }

    /**
     * Tells {@code listener} the new fingerprint when a pin moves from an older suite's self-signed
     * certificate to the restaurant's root that it vouched for, so that the pad keeps the new one.
     */
    public void onMoved(java.util.function.Consumer<String> listener) {
        this.moved = listener;
    }

    /** Trusts at {@code server} only the certificate with SHA-256 {@code fingerprint}. */
    public void pin(URI server, String fingerprint) {
        String previous = pins.put(address(server.getHost(), port(server)), Fingerprints.normalize(fingerprint));
        if (previous != null && !previous.equals(Fingerprints.normalize(fingerprint))) {
            // a session resumed from the old pin would skip the certificate check
            SSLSessionContext sessions = context.getClientSessionContext();
            for (byte[] id : Collections.list(sessions.getIds())) {
                SSLSession session = sessions.getSession(id);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
    }

    /** Pins what a pad paired over HTTPS keeps; a pad on plain HTTP has nothing to pin. */
    public void pin(PadCredentials pad) {
        if (pad.pinned()) {
            pin(pad.server(), pad.fingerprint());
        }
    }

    private static int port(URI server) {
        return server.getPort() != -1 ? server.getPort() : "https".equalsIgnoreCase(server.getScheme()) ? 443 : 80;
    }

    private static String address(String host, int port) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT) + ":" + port;
    }

    private void check(X509Certificate[] chain, String host, int port) throws CertificateException {
        String address = address(host == null ? "" : host, port);
        String expected = pins.get(address);
        if (expected == null) {
            throw CertificateMismatch.unpinned(address);
        }
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The server showed no certificate");
        }
        String keep = PinnedChain.check(chain, expected);
        if (!keep.equals(expected) && pins.replace(address, expected, keep)) {
            // an older suite's certificate vouched for the root that replaced it: the pad pins the root now
            moved.accept(keep);
        }
    }

    /** Checks the server's certificate against the pin for the address being connected to. */
    private final class Trust extends X509ExtendedTrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, engine.getPeerHost(), engine.getPeerPort());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            SSLSession session = socket instanceof SSLSocket ssl ? ssl.getHandshakeSession() : null;
            if (session == null) {
                throw new CertificateException("Cannot tell which server this certificate is for");
            }
            check(chain, session.getPeerHost(), session.getPeerPort());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Cannot tell which server this certificate is for");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("A pad accepts no client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("A pad accepts no client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("A pad accepts no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

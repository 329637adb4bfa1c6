package com.bistro92;

import com.bistro92.tls.Fingerprint;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** Trusts exactly one certificate, by its SHA-256, as a pad does; remembers what the server showed. */
public final class Pinned extends X509ExtendedTrustManager {
    private final Fingerprint expected;
    public final AtomicReference<Fingerprint> seen = new AtomicReference<>();

    public Pinned(Fingerprint expected) {
        this.expected = expected;
    }

    /** A TLS context that trusts only the pinned certificate. */
    public SSLContext context() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {this}, new SecureRandom());
            return tls;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP client that trusts only the pinned certificate. */
    public HttpClient client() {
        return HttpClient.newBuilder().sslContext(context()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Fingerprint fetchFingerprint(int port) throws Exception {
        try (HttpClient client = client()) {
            client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/v1/menu")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        return seen.get();
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        seen.set(com.bistro92.tls.PinnedChain.pinOf(chain));
        com.bistro92.tls.PinnedChain.check(chain, expected, "The suite");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

package com.bistro92.displayclient;

import com.bistro92.tls.Fingerprint;
import com.bistro92.tls.PinnedChain;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A TLS context that trusts the main PC by the one fingerprint this display pinned when it paired
 * ({@link PinnedChain}: the restaurant's root, or an older main PC's self-signed certificate).
 */
final class PinnedCertificate extends X509ExtendedTrustManager {

    private final Fingerprint pinned;
    private final Consumer<Fingerprint> moved;
    private final AtomicBoolean told = new AtomicBoolean();

    private PinnedCertificate(Fingerprint pinned, Consumer<Fingerprint> moved) {
        this.pinned = pinned;
        this.moved = moved;
    }

    /**
     * A TLS context that accepts only what {@code pinned} vouches for; {@code moved} hears, once, the
     * root that an older main PC's pinned certificate vouched for, to pin from then on.
     */
    static SSLContext context(Fingerprint pinned, Consumer<Fingerprint> moved) {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new PinnedCertificate(pinned, moved)}, new SecureRandom());
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot speak TLS", e);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        Fingerprint keep = PinnedChain.check(chain, pinned, "The main PC");
        if (!keep.equals(pinned) && told.compareAndSet(false, true)) {
            moved.accept(keep);
        }
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
        throw new CertificateException("A display accepts no client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("A display accepts no client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("A display accepts no client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}

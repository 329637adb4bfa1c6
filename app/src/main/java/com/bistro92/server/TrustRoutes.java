package com.bistro92.server;

import com.bistro92.tls.AppleProfile;
import com.bistro92.tls.ServerIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.eclipse.jetty.http.HttpHeader;

/**
 * How a new tablet gets the restaurant's root, for anyone who can reach the server, over plain HTTP
 * on purpose (a browser that does not trust the root yet cannot open the HTTPS port):
 * {@code GET /trust}, a page with the steps for each system and the root's fingerprint;
 * {@code /trust/bistro92-root.crt}, the certificate (Android, Windows); and
 * {@code /trust/bistro92-root.mobileconfig}, a configuration profile (iPadOS, iOS). They carry only
 * the public certificate and act on nothing.
 */
final class TrustRoutes {

    static final String PATH = "/trust";
    /** The page's policy: its stylesheet from this server, nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private final StaticFile page;
    private final StaticFile certificate;
    private final StaticFile profile;
    private final StaticFile style;

    TrustRoutes(ServerIdentity identity, String host) {
        X509Certificate root = identity.rootCertificate().orElse(identity.certificate());
        try {
            page = StaticFile.of(TrustPage.html(identity.fingerprint(), host));
            certificate = StaticFile.of(root.getEncoded());
            profile = StaticFile.of(AppleProfile.of(root, host));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the restaurant's root", e);
        }
        try (InputStream in = TrustRoutes.class.getResourceAsStream("trust/trust.css")) {
            if (in == null) {
                throw new IOException("trust/trust.css is not on the class path");
            }
            style = StaticFile.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Router router) {
        router.get(PATH, Access.ANYONE, ex -> answer(ex, page, "text/html; charset=utf-8", null))
                .get(PATH + "/trust.css", Access.ANYONE, ex -> answer(ex, style, "text/css; charset=utf-8", null))
                .get(PATH + "/bistro92-root.crt", Access.ANYONE,
                        ex -> answer(ex, certificate, "application/x-x509-ca-cert", "bistro92-root.crt"))
                .get(PATH + "/bistro92-root.mobileconfig", Access.ANYONE,
                        ex -> answer(ex, profile, "application/x-apple-aspen-config", "bistro92-root.mobileconfig"));
    }

    private static void answer(Exchange ex, StaticFile file, String mediaType, String download) {
        if (download != null) {
            ex.answerHeader(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + download + "\"");
        }
        file.answer(ex, mediaType, CONTENT_SECURITY_POLICY);
    }
}

package com.bistro92.server;

import java.time.Duration;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The second connector: HTTPS and WSS, with the same routes and feed as the plain one, showing
 * the server's self-signed certificate.
 */
final class TlsConnector {

    private TlsConnector() {
    }

    /**
     * Adds the HTTPS connector to {@code server}, configured like {@code plain} plus TLS, bound to
     * {@code host} (null: every interface).
     */
    static ServerConnector add(Server server, HttpConfiguration plain, TlsOptions tls, String host) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.identity().keyStore());
        ssl.setKeyStorePassword(tls.identity().password());
        HttpConfiguration https = new HttpConfiguration(plain);
        https.setSecureScheme("https");
        https.setSecurePort(tls.port());
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // pads reach the server by a LAN address that may not be in the certificate (DHCP moves it);
        // they pin the certificate itself, so the name they used proves nothing either way
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, 1, 1,
                new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(tls.port());
        connector.setAcceptQueueSize(1024);
        connector.setIdleTimeout(Duration.ofMinutes(2).toMillis());
        server.addConnector(connector);
        return connector;
    }
}

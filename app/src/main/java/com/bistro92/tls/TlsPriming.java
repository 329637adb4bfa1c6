package com.bistro92.tls;

import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Readies the JDK's TLS (its provider, cipher suites and key managers) with the server's identity,
 * on a start-up thread beside the database's opening, so that the HTTPS connector's own start
 * finds it ready instead of doing this on the way to serving.
 */
public final class TlsPriming {

    private TlsPriming() {
    }

    /**
     * Builds and drops a TLS context with {@code identity}'s key, as the HTTPS connector does. (Not
     * an engine: choosing its cipher suites looks for algorithms that no built-in provider has, and
     * the JDK then searches the class path for providers and checks the signed BouncyCastle jar,
     * which takes longer than everything else here.)
     */
    public static void prime(ServerIdentity identity) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity.keyStore(), identity.password().toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
    }
}

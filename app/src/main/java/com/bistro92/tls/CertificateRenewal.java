package com.bistro92.tls;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the server's certificate again while the suite serves, when this computer's addresses
 * change (DHCP moved it, a second network came up) or its end is near, and has the HTTPS connector
 * serve the new one: new connections get it, open ones keep theirs. Devices pin the root, so none
 * of them has to do anything. It looks every {@link #EVERY}, on a thread of its own.
 */
public final class CertificateRenewal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateRenewal.class);
    static final Duration EVERY = Duration.ofMinutes(2);

    /** Where a new identity goes to be served. */
    @FunctionalInterface
    public interface Serving {
        void serve(ServerIdentity identity) throws Exception;
    }

    private final IdentityStore store;
    private final Serving serving;
    private final ScheduledExecutorService timer;
    private volatile ServerIdentity current;

    private CertificateRenewal(IdentityStore store, ServerIdentity first, Serving serving) {
        this.store = store;
        this.current = first;
        this.serving = serving;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("certificate-renewal")
                .daemon().priority(Thread.MIN_PRIORITY).factory());
    }

    /** Starts looking, every {@link #EVERY}, whether {@code first} is due to be issued again. */
    public static CertificateRenewal start(IdentityStore store, ServerIdentity first, Serving serving) {
        CertificateRenewal renewal = new CertificateRenewal(store, first, serving);
        renewal.timer.scheduleWithFixedDelay(renewal::check, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return renewal;
    }

    /** The identity being served. */
    public ServerIdentity current() {
        return current;
    }

    /** Looks once: issues the certificate again and serves it, if it is due. Whether it did. */
    public synchronized boolean check() {
        try {
            Optional<ServerIdentity> renewed = store.renewed(current);
            if (renewed.isEmpty()) {
                return false;
            }
            serving.serve(renewed.get());
            current = renewed.get();
            LOG.info("Serving the server's certificate issued again, SHA-256 {}; devices pin the root {}",
                    renewed.get().certificateFingerprint(), renewed.get().fingerprint());
            return true;
        } catch (Exception e) {
            LOG.warn("Cannot issue the server's certificate again; serving the one it has: {}", e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package com.bistro92;

import com.bistro92.server.Limits;
import com.bistro92.tls.CertificateNames;
import com.bistro92.tls.IdentityStore;
import com.bistro92.tls.ServerIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * How every test starts a suite: as the warm-up starts its throwaway one ({@link Bistro92#startCheaply}),
 * with PINs hashed at the scratch cost and one TLS identity made once for the whole test JVM. A real
 * start spends a quarter of a second on each (210,000 rounds of PBKDF2, a key pair and a signature),
 * and the tests start a suite some two hundred times. A test of the certificate itself starts with
 * the data folder's own ({@link TestApp#startWithOwnCertificate}); {@code StartCostTest} checks that
 * a real start still pays the full price.
 */
public final class CheapStart {

    private CheapStart() {
    }

    /** As {@link Bistro92#start(Options, Clock)}, cheaply. */
    public static Bistro92 start(Options options, Clock clock) throws Exception {
        return start(options, clock, Bistro92.Storage.DEFAULT);
    }

    /** As {@link Bistro92#start(Options, Clock, Bistro92.Storage)}, cheaply. */
    public static Bistro92 start(Options options, Clock clock, Bistro92.Storage storage) throws Exception {
        return start(options, clock, storage, Limits.DEFAULT);
    }

    /** As {@link Bistro92#start(Options, Clock, Bistro92.Storage, Limits)}, cheaply. */
    public static Bistro92 start(Options options, Clock clock, Bistro92.Storage storage, Limits limits)
            throws Exception {
        // a test that names an H2 file system of its own (one that cuts the power) is a test of H2
        Options on = storage.fileSystem().isEmpty() ? TestDatabase.choose(options) : options;
        return Bistro92.startCheaply(on, clock, storage, limits, identity());
    }

    /** The one certificate every cheaply started suite in this JVM serves. */
    public static ServerIdentity identity() {
        return Shared.IDENTITY;
    }

    /** Made on first use, by the class loader's lock: once per JVM, whichever test thread asks first. */
    private static final class Shared {
        static final ServerIdentity IDENTITY = make();

        private static ServerIdentity make() {
            try {
                Path folder = Files.createTempDirectory("bistro92-test-identity");
                try {
                    return new IdentityStore(folder, Clock.systemDefaultZone(), new SecureRandom(),
                            CertificateNames::thisComputer).loadOrCreate();
                } finally {
                    Folders.delete(folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make the tests' TLS identity", e);
            }
        }
    }
}

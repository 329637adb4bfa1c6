package com.bistro92.tls;

import com.bistro92.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's TLS identity in the data folder's {@code tls} folder (0700):
 * <ul>
 *   <li>{@code root-ca.p12} and {@code root-ca.password}: the restaurant's root
 *       ({@link RootAuthority}), made at the first start and kept for ten years;</li>
 *   <li>{@code root-vouchers.pem}, for an install from before the root: what vouches for the root
 *       to the devices that pinned the old certificate ({@link RootAuthority#vouchedBy});</li>
 *   <li>{@code server.p12} and {@code server.password}: the server's key and its certificate,
 *       issued by that root ({@link ServerCertificate}) and issued again at a start when this
 *       computer's names or addresses changed or its end is near.</li>
 * </ul>
 * Every file is 0600. Devices pin the root, so a new server certificate changes nothing for them.
 *
 * <p>A root that cannot be read is an error, not a reason to make a new one quietly: a new root
 * would turn every paired pad and every set-up tablet away. A server certificate that cannot be
 * read is only issued again. An install from before the suite had a root gets one at its next
 * start, vouched for by its old self-signed certificate ({@link RootAuthority#vouchedBy}), so that
 * the pads and displays that pinned that certificate keep working and move their pin to the root.
 */
public final class IdentityStore {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityStore.class);
    static final String FOLDER = "tls";

    private final Path folder;
    private final Clock clock;
    private final SecureRandom random;
    private final Supplier<CertificateNames> names;

    /**
     * @param dataFolder the data folder; the identity lives in its {@code tls} folder
     * @param clock      dates new certificates and tells when one is near its end
     * @param random     makes keys, serial numbers and passwords
     * @param names      this computer's names and addresses as they are now
     */
    public IdentityStore(Path dataFolder, Clock clock, SecureRandom random, Supplier<CertificateNames> names) {
        this.folder = dataFolder.resolve(FOLDER);
        this.clock = clock;
        this.random = random;
        this.names = names;
    }

    /** The server's keystore file. */
    public Path keyStoreFile() {
        return server().keyStore();
    }

    /** The root's keystore file. */
    public Path rootKeyStoreFile() {
        return rootFile().keyStore();
    }

    private KeyFile server() {
        return KeyFile.in(folder, "server");
    }

    private KeyFile rootFile() {
        return KeyFile.in(folder, "root-ca");
    }

    /** Loads the identity, making the root at the first start and issuing the server's certificate when due. */
    public ServerIdentity loadOrCreate() throws IOException {
        PrivateFiles.folder(folder);
        KeyFile server = server();
        KeyFile.Entry selfSigned = server.exists() && !rootFile().exists() ? readSelfSigned(server) : null;
        try {
            CertificateNames current = names.get();
            RootAuthority root = root(current.hostname(), selfSigned);
            if (server.exists()) {
                try {
                    KeyFile.Entry kept = selfSigned != null ? selfSigned : server.read();
                    String why = ServerCertificate.due(kept.chain()[0], root.certificate(), current, clock.instant());
                    if (why == null) {
                        return identity(kept, root);
                    }
                    LOG.info("Issuing the server's certificate again: {}", why);
                } catch (IOException | GeneralSecurityException e) {
                    LOG.warn("Cannot read the server's certificate in {} ({}); issuing a new one from the restaurant's root",
                            folder, e.toString());
                }
            }
            ServerCertificate.Issued issued = ServerCertificate.issue(root, current, clock, random);
            KeyFile.Entry written = server.write(issued.keys().getPrivate(),
                    new X509Certificate[] {issued.certificate(), root.certificate()}, random);
            LOG.info("Issued the server's certificate for {} {} from the restaurant's root, SHA-256 {}",
                    current.dnsNames(), current.ipAddresses(), Fingerprint.of(issued.certificate()));
            return identity(written, root);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot make the server's certificate: " + e.getMessage(), e);
        }
    }

    /**
     * A new identity when {@code serving}'s certificate is due to be issued again (this computer's
     * names or addresses changed, or its end is near); empty while it holds, or for an install
     * without a root.
     */
    public java.util.Optional<ServerIdentity> renewed(ServerIdentity serving) throws IOException {
        if (serving.root() == null) {
            return java.util.Optional.empty();
        }
        String why = ServerCertificate.due(serving.certificate(), serving.root(), names.get(), clock.instant());
        if (why == null) {
            return java.util.Optional.empty();
        }
        LOG.info("The server's certificate is due while serving: {}", why);
        return java.util.Optional.of(loadOrCreate());
    }

    /**
     * The identity to serve: the server's key with its certificate, the root and the root's
     * vouchers. The keystore is made in memory, as a PKCS12 file keeps only the certificates that
     * issue one another, and the vouchers do not issue the root.
     */
    private static ServerIdentity identity(KeyFile.Entry entry, RootAuthority root) throws GeneralSecurityException,
            IOException {
        X509Certificate[] served = root.chainOf(entry.chain()[0]);
        java.security.KeyStore keyStore = java.security.KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(KeyFile.ALIAS, entry.key(), entry.password().toCharArray(), served);
        return new ServerIdentity(keyStore, entry.password(), served[0], root.certificate(), root.fingerprint());
    }

    private Path vouchersFile() {
        return folder.resolve("root-vouchers.pem");
    }

    /** The install's self-signed certificate, or null when its certificate was issued by a root. */
    private KeyFile.Entry readSelfSigned(KeyFile server) throws IOException {
        KeyFile.Entry entry;
        try {
            entry = server.read();
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("Cannot use the server's certificate in " + folder + ": " + e.getMessage()
                    + ". To make a new one, move that folder away; every pad will then have to pair again.", e);
        }
        X509Certificate own = entry.chain()[0];
        if (!own.getIssuerX500Principal().equals(own.getSubjectX500Principal())) {
            return null;
        }
        try {
            own.verify(own.getPublicKey());
            return entry;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /**
     * The root, made at the first start; for an install from before the root ({@code selfSigned}),
     * vouched for by its old certificate, so that its pads and displays keep trusting it.
     */
    private RootAuthority root(String hostname, KeyFile.Entry selfSigned) throws IOException, GeneralSecurityException {
        KeyFile file = rootFile();
        if (file.exists()) {
            try {
                KeyFile.Entry entry = file.read();
                return new RootAuthority(entry.key(), entry.chain()[0], Pem.read(vouchersFile()));
            } catch (IOException | GeneralSecurityException e) {
                throw new IOException("Cannot use the restaurant's root certificate in " + folder + ": "
                        + e.getMessage() + ". To make a new one, move that folder away; every tablet will then have"
                        + " to install the new root, and every pad and display pair again.", e);
            }
        }
        RootAuthority root = RootAuthority.create(hostname, clock, random);
        if (selfSigned != null) {
            root = root.vouchedBy(selfSigned.chain()[0], selfSigned.key(), clock, random);
            LOG.info("This install's self-signed certificate {} vouches for the restaurant's new root: its pads and"
                    + " displays move their pin to the root", Fingerprint.of(selfSigned.chain()[0]));
        }
        if (!root.vouchers().isEmpty()) {
            // first, so that a root is never on disk without what vouches for it
            Pem.write(vouchersFile(), root.vouchers());
        }
        file.write(root.key(), new X509Certificate[] {root.certificate()}, random);
        LOG.info("Made the restaurant's root certificate, SHA-256 {}", root.fingerprint());
        return root;
    }
}

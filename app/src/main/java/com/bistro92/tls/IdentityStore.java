package com.bistro92.tls;

import com.bistro92.store.PrivateFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's TLS identity in the data folder: {@code tls/server.p12}, a PKCS12 keystore,
 * and {@code tls/server.password} beside it, both 0600 in a 0700 folder. The first start makes
 * them; every later start loads the same certificate, so the fingerprint that pads pinned holds.
 *
 * <p>A keystore that cannot be read is an error, not a reason to make a new one quietly: a new
 * certificate would turn every paired pad away.
 */
public final class IdentityStore {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityStore.class);
    static final String ALIAS = "bistro92";
    static final String FOLDER = "tls";
    static final String KEYSTORE = "server.p12";
    static final String PASSWORD = "server.password";

    private final Path folder;
    private final Clock clock;
    private final SecureRandom random;
    private final Supplier<CertificateNames> names;

    /**
     * @param dataFolder the data folder; the identity lives in its {@code tls} folder
     * @param clock      dates a new certificate
     * @param random     makes the key, the serial number and the password
     * @param names      this computer's names, asked only when a certificate is made
     */
    public IdentityStore(Path dataFolder, Clock clock, SecureRandom random, Supplier<CertificateNames> names) {
        this.folder = dataFolder.resolve(FOLDER);
        this.clock = clock;
        this.random = random;
        this.names = names;
    }

    /** The keystore file. */
    public Path keyStoreFile() {
        return folder.resolve(KEYSTORE);
    }

    /** Loads the identity made at an earlier start, or makes and keeps a new one. */
    public ServerIdentity loadOrCreate() throws IOException {
        PrivateFiles.folder(folder);
        Path keyStoreFile = keyStoreFile();
        Path passwordFile = folder.resolve(PASSWORD);
        if (Files.exists(keyStoreFile)) {
            try {
                return load(keyStoreFile, passwordFile);
            } catch (IOException | GeneralSecurityException e) {
                throw new IOException("Cannot use the server's certificate in " + folder + ": " + e.getMessage()
                        + ". To make a new one, move that folder away; every pad will then have to pair again.", e);
            }
        }
        try {
            return create(keyStoreFile, passwordFile);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot make the server's certificate: " + e.getMessage(), e);
        }
    }

    private ServerIdentity load(Path keyStoreFile, Path passwordFile) throws IOException, GeneralSecurityException {
        if (!Files.exists(passwordFile)) {
            throw new GeneralSecurityException(PASSWORD + " is missing");
        }
        PrivateFiles.file(keyStoreFile);
        PrivateFiles.file(passwordFile);
        String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (var in = new ByteArrayInputStream(Files.readAllBytes(keyStoreFile))) {
            keyStore.load(in, password.toCharArray());
        }
        Certificate certificate = keyStore.getCertificate(ALIAS);
        if (!(certificate instanceof X509Certificate x509) || !keyStore.isKeyEntry(ALIAS)) {
            throw new GeneralSecurityException(KEYSTORE + " holds no key entry named " + ALIAS);
        }
        return new ServerIdentity(keyStore, password, x509, Fingerprint.of(x509));
    }

    private ServerIdentity create(Path keyStoreFile, Path passwordFile) throws IOException, GeneralSecurityException {
        CertificateNames certificateNames = names.get();
        SelfSignedCertificate.Issued issued = new SelfSignedCertificate(clock, random).issue(certificateNames);
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(ALIAS, issued.keys().getPrivate(), password.toCharArray(),
                new Certificate[] {issued.certificate()});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        keyStore.store(bytes, password.toCharArray());
        // the password first: a keystore is only ever on disk with the password that opens it
        PrivateFiles.write(passwordFile, (password + "\n").getBytes(StandardCharsets.US_ASCII));
        PrivateFiles.write(keyStoreFile, bytes.toByteArray());
        Fingerprint fingerprint = Fingerprint.of(issued.certificate());
        LOG.info("Made the server's certificate for {} {}, SHA-256 {}", certificateNames.dnsNames(),
                certificateNames.ipAddresses(), fingerprint);
        return new ServerIdentity(keyStore, password, issued.certificate(), fingerprint);
    }
}

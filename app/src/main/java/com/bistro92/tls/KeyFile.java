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
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/**
 * A private key and its certificate chain on disk: a PKCS12 keystore ({@code NAME.p12}) and the
 * password that opens it ({@code NAME.password}) beside it, both 0600. The password is written
 * first, so that a keystore is never on disk without the password that opens it; a keystore
 * written again keeps its password.
 *
 * @param keyStore     the keystore file
 * @param passwordFile the password file
 */
record KeyFile(Path keyStore, Path passwordFile) {

    static final String ALIAS = "bistro92";

    /** {@code NAME.p12} and {@code NAME.password} in {@code folder}. */
    static KeyFile in(Path folder, String name) {
        return new KeyFile(folder.resolve(name + ".p12"), folder.resolve(name + ".password"));
    }

    /** What the keystore holds, opened. */
    record Entry(KeyStore keyStore, String password, PrivateKey key, X509Certificate[] chain) {
    }

    boolean exists() {
        return Files.exists(keyStore);
    }

    /** Reads the one key entry; anything missing or unreadable is an exception. */
    Entry read() throws IOException, GeneralSecurityException {
        if (!Files.exists(passwordFile)) {
            throw new GeneralSecurityException(passwordFile.getFileName() + " is missing");
        }
        PrivateFiles.file(keyStore);
        PrivateFiles.file(passwordFile);
        String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = new ByteArrayInputStream(Files.readAllBytes(keyStore))) {
            store.load(in, password.toCharArray());
        }
        Certificate[] chain = store.getCertificateChain(ALIAS);
        if (!store.isKeyEntry(ALIAS) || chain == null || chain.length == 0
                || !(store.getKey(ALIAS, password.toCharArray()) instanceof PrivateKey key)) {
            throw new GeneralSecurityException(keyStore.getFileName() + " holds no key entry named " + ALIAS);
        }
        X509Certificate[] x509 = Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        return new Entry(store, password, key, x509);
    }

    /** Writes {@code key} with {@code chain}, the first being the key's own certificate. */
    Entry write(PrivateKey key, X509Certificate[] chain, SecureRandom random) throws IOException,
            GeneralSecurityException {
        String password = keptPassword(random);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, password.toCharArray(), chain);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password.toCharArray());
        PrivateFiles.write(passwordFile, (password + "\n").getBytes(StandardCharsets.US_ASCII));
        PrivateFiles.write(keyStore, bytes.toByteArray());
        return new Entry(store, password, key, chain.clone());
    }

    private String keptPassword(SecureRandom random) throws IOException {
        if (Files.exists(passwordFile)) {
            String kept = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}

package com.bistro92.tls;

import com.bistro92.store.PrivateFiles;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * A data folder as the suite left it before it had a restaurant root: a self-signed server
 * certificate for ten years in {@code tls/server.p12}, which its pads pinned.
 */
public final class LegacyInstall {

    private LegacyInstall() {
    }

    /** Writes the old identity into {@code dataFolder} and returns its certificate. */
    public static X509Certificate write(Path dataFolder, String hostname, Instant now) throws Exception {
        SecureRandom random = new SecureRandom();
        KeyPair keys = CertificateBuilding.newKeys(random);
        var name = CertificateBuilding.name("Bistro92 " + hostname);
        X509Certificate own = CertificateBuilding.build(name, keys.getPrivate(), name, keys.getPublic(), now,
                Duration.ofDays(3653), random, builder -> builder
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)));
        Path folder = dataFolder.resolve(IdentityStore.FOLDER);
        PrivateFiles.folder(folder);
        KeyFile.in(folder, "server").write(keys.getPrivate(), new X509Certificate[] {own}, random);
        return own;
    }
}

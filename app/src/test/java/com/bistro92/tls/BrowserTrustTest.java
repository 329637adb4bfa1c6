package com.bistro92.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanHost;
import com.bistro92.TestApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser on a device at the tables trusts the suite's HTTPS once the restaurant's root is
 * installed, and not before: Debian's Chromium, on the LAN host (a second address), with the root
 * imported into its NSS database as a tablet's user installs it, and never told to ignore
 * certificate errors.
 */
class BrowserTrustTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CERTUTIL = "/usr/bin/certutil";

    @TempDir
    Path data;
    @TempDir
    Path tablet;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium), as .ci/run installs it")
                .isExecutable();
        assertThat(Path.of(CERTUTIL)).as("certutil (apt-get install libnss3-tools), as .ci/run installs it")
                .isExecutable();
        LanHost.get(); // first, so that the server's certificate names the address the browser uses
        app = TestApp.startWithOwnCertificate(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** What the browser on the LAN host shows at {@code path} over HTTPS, as its page's text. */
    private String open(Path home, String path) throws Exception {
        String host = LanHost.get().serverAddress().getHostAddress();
        List<String> argv = new ArrayList<>(LanHost.get().command(CHROMIUM, "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + home.resolve("profile"), "--virtual-time-budget=4000",
                "--dump-dom", "https://" + host + ":" + app.app().tlsPort() + path));
        return run(home, argv);
    }

    private static String run(Path home, List<String> argv) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Did not finish within 60 s: " + argv);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theBrowserRefusesTheSuiteUntilTheRootIsInstalledThenOpensIt() throws Exception {
        Path before = Files.createDirectories(tablet.resolve("before"));
        assertThat(open(before, "/docs")).contains("ERR_CERT_AUTHORITY_INVALID").doesNotContain("Bistro92 API");

        Path after = Files.createDirectories(tablet.resolve("after"));
        Path nss = Files.createDirectories(after.resolve(".pki/nssdb"));
        Path root = after.resolve("bistro92-root.pem");
        Files.writeString(root, Pem.of(List.of(app.app().identity().root())), StandardCharsets.US_ASCII);
        run(after, List.of(CERTUTIL, "-N", "-d", "sql:" + nss, "--empty-password"));
        run(after, List.of(CERTUTIL, "-A", "-d", "sql:" + nss, "-t", "C,,", "-n", "Bistro92 root", "-i",
                root.toString()));
        assertThat(run(after, List.of(CERTUTIL, "-L", "-d", "sql:" + nss))).contains("Bistro92 root");

        assertThat(open(after, "/docs")).as("the API's page over HTTPS, trusted through the root")
                .contains("<title>Bistro92 API</title>").doesNotContain("ERR_CERT");
    }
}

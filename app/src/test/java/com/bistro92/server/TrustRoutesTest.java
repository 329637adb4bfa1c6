package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.bistro92.tls.Fingerprint;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A new tablet gets the restaurant's root over plain HTTP: the steps, the certificate and the profile. */
class TrustRoutesTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        LanHost.get();
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.app().port() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private X509Certificate root() {
        return app.app().identity().rootCertificate().orElseThrow();
    }

    @Test
    void aDeviceOnTheLanReadsTheStepsAndTheFingerprintOverPlainHttpWithNoScript() throws Exception {
        try (LanClient tablet = LanClient.http(0, app.app().port())) {
            LanClient.Reply page = tablet.request("GET", "/trust", null, null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("script-src");
            assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.text()).doesNotContain("<script").contains("iPad and iPhone", "Android", "Windows")
                    .contains(app.app().fingerprint().shortForm())
                    .contains(app.app().fingerprint().toString().substring(0, 23))
                    .contains("href=\"/trust/bistro92-root.mobileconfig\"", "href=\"/trust/bistro92-root.crt\"");
            assertThat(tablet.request("GET", "/trust/trust.css", null, null).status()).isEqualTo(200);
            // the page is how a device starts: nothing else opens to it
            assertThat(tablet.request("GET", "/api/orders", null, null).status()).isEqualTo(401);
        }
    }

    @Test
    void theCertificateIsTheRootAsADownloadAndComesBackAs304() throws Exception {
        HttpResponse<byte[]> crt = fetch("/trust/bistro92-root.crt");
        assertThat(crt.statusCode()).isEqualTo(200);
        assertThat(crt.headers().firstValue("Content-Type")).hasValue("application/x-x509-ca-cert");
        assertThat(crt.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"bistro92-root.crt\"");
        X509Certificate served = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(crt.body()));
        assertThat(served).isEqualTo(root());
        assertThat(Fingerprint.of(served)).isEqualTo(app.app().fingerprint());
        assertThat(served.getBasicConstraints()).isZero();

        String etag = crt.headers().firstValue("ETag").orElseThrow();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.app().port() + "/trust/bistro92-root.crt"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void theProfileIsAPlistThatInstallsExactlyTheRoot() throws Exception {
        HttpResponse<byte[]> profile = fetch("/trust/bistro92-root.mobileconfig");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.headers().firstValue("Content-Type")).hasValue("application/x-apple-aspen-config");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document plist = factory.newDocumentBuilder().parse(new ByteArrayInputStream(profile.body()));
        assertThat(plist.getDocumentElement().getTagName()).isEqualTo("plist");
        String text = new String(profile.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("<string>com.apple.security.root</string>", "<string>Configuration</string>");
        NodeList data = plist.getElementsByTagName("data");
        assertThat(data.getLength()).isEqualTo(1);
        byte[] der = Base64.getMimeDecoder().decode(((Element) data.item(0)).getTextContent().strip());
        assertThat(der).isEqualTo(root().getEncoded());
        // the same root gives the same profile: installing it again replaces the first
        assertThat(fetch("/trust/bistro92-root.mobileconfig").body()).isEqualTo(profile.body());
    }

    @Test
    void aComputerNameWithMarkupIsShownAsText() {
        String page = new String(TrustPage.html(app.app().fingerprint(), "<img src=x onerror=alert(1)>"),
                StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }
}

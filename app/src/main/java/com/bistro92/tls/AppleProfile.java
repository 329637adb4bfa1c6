package com.bistro92.tls;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.UUID;

/**
 * An Apple configuration profile ({@code .mobileconfig}) that installs the restaurant's root on an
 * iPad or iPhone: one {@code com.apple.security.root} payload holding the certificate. iPadOS and
 * iOS install a root only from a profile, and then trust it for websites only once the user turns it
 * on under Settings › General › About › Certificate Trust Settings. The profile is not signed
 * (the device shows it as "Not Verified"): the person setting up the tablet compares the root's
 * fingerprint with the one the suite shows. Its identifiers come from the root's fingerprint, so
 * the same root always gives the same profile, and installing it again replaces it.
 */
public final class AppleProfile {

    private AppleProfile() {
    }

    /** The profile for {@code root}, named after the computer {@code host}, as UTF-8 XML. */
    public static byte[] of(X509Certificate root, String host) throws CertificateEncodingException {
        String hex = Fingerprint.of(root).hex();
        String base64 = Base64.getMimeEncoder(52, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(root.getEncoded()).replace("\n", "\n\t\t\t");
        String name = Html.escape(host);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                	<key>PayloadContent</key>
                	<array>
                		<dict>
                			<key>PayloadCertificateFileName</key>
                			<string>bistro92-root.cer</string>
                			<key>PayloadContent</key>
                			<data>
                			%s
                			</data>
                			<key>PayloadDescription</key>
                			<string>The root certificate of Bistro92 on %s, for its table pads.</string>
                			<key>PayloadDisplayName</key>
                			<string>Bistro92 root (%s)</string>
                			<key>PayloadIdentifier</key>
                			<string>com.bistro92.root.%s.certificate</string>
                			<key>PayloadType</key>
                			<string>com.apple.security.root</string>
                			<key>PayloadUUID</key>
                			<string>%s</string>
                			<key>PayloadVersion</key>
                			<integer>1</integer>
                		</dict>
                	</array>
                	<key>PayloadDescription</key>
                	<string>Lets this device open the table pad of Bistro92 on %s over HTTPS. Compare the fingerprint %s with the one Bistro92 shows.</string>
                	<key>PayloadDisplayName</key>
                	<string>Bistro92 on %s</string>
                	<key>PayloadIdentifier</key>
                	<string>com.bistro92.root.%s</string>
                	<key>PayloadRemovalDisallowed</key>
                	<false/>
                	<key>PayloadType</key>
                	<string>Configuration</string>
                	<key>PayloadUUID</key>
                	<string>%s</string>
                	<key>PayloadVersion</key>
                	<integer>1</integer>
                </dict>
                </plist>
                """.formatted(base64, name, name, hex.substring(0, 16), uuid(hex, "certificate"), name,
                Fingerprint.of(root).shortForm(), name, hex.substring(0, 16), uuid(hex, "profile"));
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String uuid(String fingerprint, String part) {
        return UUID.nameUUIDFromBytes((fingerprint + "/" + part).getBytes(StandardCharsets.US_ASCII)).toString()
                .toUpperCase(java.util.Locale.ROOT);
    }
}

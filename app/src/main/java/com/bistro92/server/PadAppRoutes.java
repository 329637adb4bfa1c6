package com.bistro92.server;

import com.bistro92.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web pad, served to the browsers at the tables from the class path ({@code pad/} beside this
 * class), on the API's own origin: {@code GET /pad/}, the page; {@code /pad/sw.js}, its service
 * worker; {@code /pad/manifest.webmanifest}; and {@code /pad/v/{version}/{file}}, the scripts,
 * styles and icons. Those are kept for a year: their address names the release's version (a hash
 * of every file), so a new release is new addresses. The page, the worker and the manifest name
 * that version and are asked for again each time ({@code no-cache}, with an ETag); the worker is
 * also told the files' names, which it keeps.
 *
 * <p>The shell is the same for every pad and holds no data, so anyone may read it; the pad's data
 * needs its cookie. Every answer carries {@link #CONTENT_SECURITY_POLICY}.
 */
final class PadAppRoutes {

    static final String PATH = "/pad";

    /**
     * Scripts, styles, images, the manifest, the worker and requests from this server only; no
     * inline script or style; no frames, forms, plugins or {@code <base>}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String JS = "text/javascript; charset=utf-8";

    /** The versioned files and their media types. */
    static final Map<String, String> FILES = files();

    private final Map<String, byte[]> versioned = new LinkedHashMap<>();
    private final String version;
    private final StaticFile page;
    private final StaticFile worker;
    private final StaticFile manifest;

    PadAppRoutes() {
        FILES.keySet().forEach(name -> versioned.put(name, read(name)));
        version = versionOf(versioned);
        page = StaticFile.of(withVersion("index.html"));
        worker = StaticFile.of(withVersion("sw.js"));
        manifest = StaticFile.of(withVersion("manifest.webmanifest"));
    }

    void register(Router router) {
        router.get(PATH, Access.ANYONE, ex -> page.answer(ex, "text/html; charset=utf-8", CONTENT_SECURITY_POLICY))
                .get(PATH + "/sw.js", Access.ANYONE, ex -> worker.answer(ex, JS, CONTENT_SECURITY_POLICY))
                .get(PATH + "/manifest.webmanifest", Access.ANYONE,
                        ex -> manifest.answer(ex, "application/manifest+json", CONTENT_SECURITY_POLICY))
                .get(PATH + "/v/{version}/{file}", Access.ANYONE, this::file);
    }

    private void file(Exchange ex) {
        String asked = ex.textParam(PathParam.PAD_VERSION);
        String name = ex.textParam(PathParam.PAD_FILE);
        byte[] body = versioned.get(name);
        if (body == null || !asked.equals(version)) {
            throw Problem.notFound("The web pad has no " + name + " in version " + asked + "; reload the page");
        }
        ex.immutable(body, FILES.get(name), CONTENT_SECURITY_POLICY);
    }

    private byte[] withVersion(String name) {
        return new String(read(name), StandardCharsets.UTF_8).replace("{{version}}", version)
                .replace("{{files}}", String.join(",", FILES.keySet())).getBytes(StandardCharsets.UTF_8);
    }

    private static String versionOf(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, body) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(body);
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PadAppRoutes.class.getResourceAsStream("pad/" + name)) {
            if (in == null) {
                throw new IOException("pad/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the web pad's " + name, e);
        }
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String module : new String[]{"main.js", "api.js", "dom.js", "feed.js", "i18n.js", "messages.js",
                "money.js", "outbox.js", "keys.js", "screens.js", "state.js"}) {
            files.put(module, JS);
        }
        files.put("pad.css", "text/css; charset=utf-8");
        files.put("icon.svg", "image/svg+xml");
        files.put("icon-192.png", "image/png");
        files.put("icon-512.png", "image/png");
        return java.util.Collections.unmodifiableMap(files);
    }
}

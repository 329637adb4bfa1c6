package com.bistro92.server;

import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API described, for anyone who can reach the server: {@code GET /openapi.json} (OpenAPI 3.1,
 * written as {@code openapi.yaml} beside this class), and {@code GET /docs}, Swagger UI showing it.
 * They describe the API and act on nothing, so the access guard lets every caller read them.
 *
 * <p>Swagger UI's files come from its WebJar, inside our own jar: the page asks nothing of the
 * internet. The WebJar's page and start-up script are not served: ours name {@code /openapi.json}
 * and run from a file, so the page's {@link #CONTENT_SECURITY_POLICY} needs no inline script. Each
 * file is read from the jar the first time it is asked for and kept (the description is converted
 * from YAML to JSON then, not at start-up, which it would slow), and answered with an ETag, so a
 * browser that has it gets 304.
 */
final class DocsRoutes {

    static final String DESCRIPTION_PATH = "/openapi.json";
    static final String PAGE_PATH = "/docs";

    /**
     * The page's policy: scripts, styles and requests to this server only, images from it or inline
     * ({@code data:}, the icons in Swagger UI's stylesheet), nothing else. Swagger UI sets its styles
     * through the DOM (which a policy does not govern) and loads its stylesheet as a file, so styles
     * need no {@code 'unsafe-inline'}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final String OURS = "docs/";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String JS = "text/javascript; charset=utf-8";

    /** What {@code /docs/{file}} serves: the file's media type, and whether it is ours or the WebJar's. */
    private record Asset(String mediaType, boolean ours) {
    }

    private static final Map<String, Asset> ASSETS = Map.of(
            "swagger-ui-bundle.js", new Asset(JS, false),
            "swagger-ui.css", new Asset("text/css; charset=utf-8", false),
            "index.css", new Asset("text/css; charset=utf-8", false),
            "favicon-32x32.png", new Asset("image/png", false),
            "swagger-initializer.js", new Asset(JS, true));

    private final ObjectMapper json;
    private final Map<String, StaticFile> loaded = new ConcurrentHashMap<>();

    DocsRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(Router router) {
        router.get(DESCRIPTION_PATH, Access.ANYONE, this::description)
                .get(PAGE_PATH, Access.ANYONE, this::page)
                .get(PAGE_PATH + "/{file}", Access.ANYONE, this::asset);
    }

    private void description(Exchange ex) {
        StaticFile description = loaded.computeIfAbsent(DESCRIPTION_PATH, p -> describe());
        answer(ex, description, "application/json");
    }

    private void page(Exchange ex) {
        answer(ex, loaded.computeIfAbsent(PAGE_PATH, p -> read(OURS + "index.html")), "text/html; charset=utf-8");
    }

    private void asset(Exchange ex) {
        String name = ex.textParam(PathParam.DOCS_FILE);
        Asset asset = ASSETS.get(name);
        if (asset == null) {
            throw Problem.notFound("There is no " + name + " in the API's documentation");
        }
        answer(ex, loaded.computeIfAbsent(name, n -> read((asset.ours() ? OURS : WEBJAR + webJarVersion() + "/") + n)),
                asset.mediaType());
    }

    private static void answer(Exchange ex, StaticFile file, String mediaType) {
        file.answer(ex, mediaType, CONTENT_SECURITY_POLICY);
    }

    /** The description, read from YAML and written as JSON; a broken one fails its first request and the tests. */
    private StaticFile describe() {
        try (InputStream in = resource("openapi.yaml")) {
            return StaticFile.of(json.writeValueAsBytes(new YAMLMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API's description", e);
        }
    }

    private static StaticFile read(String name) {
        try (InputStream in = resource(name)) {
            return StaticFile.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** The WebJar's version, which names its folder; from its Maven properties, so an upgrade needs no code. */
    private static String webJarVersion() {
        try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Swagger UI's version", e);
        }
    }

    /** A resource beside this class, or (for a name with a folder) from the class path's root. */
    private static InputStream resource(String name) throws IOException {
        InputStream in = name.startsWith("META-INF/")
                ? DocsRoutes.class.getClassLoader().getResourceAsStream(name)
                : DocsRoutes.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }
}

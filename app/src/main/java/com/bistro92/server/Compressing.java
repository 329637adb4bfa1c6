package com.bistro92.server;

import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Handler;

/**
 * HTTP compression, Jetty's own ({@link CompressionHandler}, gzip): an answer is compressed when
 * the client asks ({@code Accept-Encoding: gzip}) and it is JSON or text of at least
 * {@value #MIN_BYTES} bytes, such as {@code GET /api/orders}, the menu, {@code /metrics}; a body
 * sent with {@code Content-Encoding: gzip} is inflated as the router reads it.
 *
 * <p>The router's limit ({@link Exchange#MAX_BODY_BYTES}) counts the inflated bytes, a buffer at
 * a time: a small body that inflates to gigabytes (a zip bomb) is refused with 413 as soon as it
 * passes the limit, and never held whole.
 *
 * <p>Answers under {@value #MIN_BYTES} bytes (a placed order's 201, a problem) are sent as they
 * are: they fit one TCP segment either way, and compressing them would cost the order path CPU
 * for no packet saved.
 */
final class Compressing {

    /** About one Ethernet segment's payload: below it, compression saves no packet. */
    static final int MIN_BYTES = 1400;

    private Compressing() {
    }

    /** {@code handler}, answering compressed when asked, and reading compressed bodies. */
    static CompressionHandler around(Handler handler) {
        GzipCompression gzip = new GzipCompression();
        gzip.setMinCompressSize(MIN_BYTES);
        CompressionHandler compression = new CompressionHandler(handler);
        compression.putCompression(gzip);
        compression.putConfiguration("/*", CompressionConfig.builder()
                .compressIncludeMethod("GET")
                .compressIncludeMimeType("application/json")
                .compressIncludeMimeType("application/problem+json")
                .compressIncludeMimeType("text/plain")
                // Jetty drops only the charset before matching: the metrics' type keeps its version
                .compressIncludeMimeType("text/plain; version=0.0.4")
                .decompressIncludeMethod("POST")
                .decompressIncludeMethod("PUT")
                .build());
        return compression;
    }
}

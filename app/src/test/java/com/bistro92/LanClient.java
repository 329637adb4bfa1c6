package com.bistro92;

import com.bistro92.tls.Fingerprint;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One connection from a device on the {@link LanHost} to the server, over plain HTTP or over HTTPS
 * with the server's certificate pinned as a pad pins it. It speaks HTTP/1.1 by hand, so that a test
 * can send a whole request and read the answer, send half a request and stall, or see the server
 * close the connection unanswered.
 */
public final class LanClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One TLS context per pinned certificate, so that a device resumes its TLS sessions as a browser does. */
    private static final Map<Fingerprint, SSLContext> CONTEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Socket socket;
    private final String host;

    private LanClient(Socket socket, String host) {
        this.socket = socket;
        this.host = host;
    }

    /** A plain HTTP connection from device {@code device} of the LAN host to {@code port}. */
    public static LanClient http(int device, int port) throws IOException {
        LanHost lan = LanHost.get();
        return new LanClient(lan.connect(device, port), lan.serverAddress().getHostAddress() + ":" + port);
    }

    /**
     * An HTTPS connection from device {@code device} to {@code port}, trusting only the certificate
     * with fingerprint {@code pinned}; the handshake is done before it returns.
     */
    public static LanClient https(int device, int port, Fingerprint pinned) throws IOException {
        LanHost lan = LanHost.get();
        Socket plain = lan.connect(device, port);
        try {
            SSLSocket tls = (SSLSocket) CONTEXTS.computeIfAbsent(pinned, p -> new Pinned(p).context()).getSocketFactory().createSocket(plain,
                    lan.serverAddress().getHostAddress(), port, true);
            tls.setSoTimeout(15_000);
            tls.startHandshake();
            return new LanClient(tls, lan.serverAddress().getHostAddress() + ":" + port);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** An answer: status, headers (names in lower case) and body. */
    public record Reply(int status, Map<String, String> headers, String text) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public JsonNode body() {
            try {
                String type = header("content-type");
                // a page or a script (the API's documentation) has no JSON body to read
                return text.isEmpty() || type != null && !type.contains("json") ? null : JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("The answer is not JSON: " + text, e);
            }
        }
    }

    /** The {@code Host} this client names: the server's LAN address and port. */
    public String host() {
        return host;
    }

    /** Writes {@code text} as it is. */
    public LanClient send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /**
     * Sends one request on this connection, which stays open (HTTP/1.1 keep-alive), and reads the
     * answer. {@code token} (or null) goes as {@code Authorization: Bearer}; {@code json} (or null)
     * as the body.
     */
    public Reply request(String method, String path, String token, String json) throws IOException {
        return request(method, path, token, json, List.of());
    }

    /** As {@link #request(String, String, String, String)}, with extra header lines ("Name: value"). */
    /** Sends {@code body} as {@code contentType} (a browser's form post, say), with {@code headers}. */
    public Reply post(String path, String contentType, String body, List<String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nContent-Type: ").append(contentType).append("\r\nContent-Length: ").append(bytes.length)
                .append("\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("\r\n");
        send(head.toString());
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return read();
    }

    public Reply request(String method, String path, String token, String json, List<String> headers)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        send(head.toString());
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
        return read();
    }

    /** Reads one whole answer, or fails if the server closed the connection without one. */
    public Reply read() throws IOException {
        String head = head();
        if (head.isEmpty()) {
            throw new SocketException("The server closed the connection without an answer");
        }
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        InputStream in = socket.getInputStream();
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** The status of the next answer, or -1 when the server closed the connection without one. */
    public int status() throws IOException {
        String head = head();
        return head.isEmpty() ? -1 : Integer.parseInt(head.split(" ", 3)[1]);
    }

    /** Whether the server has closed the connection: a read ends the stream (or is reset). */
    public boolean closedByServer() {
        try {
            return socket.getInputStream().read() == -1;
        } catch (IOException e) {
            return true;
        }
    }

    private String head() throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) != -1) {
                head.append((char) c);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    return head.toString();
                }
            }
        } catch (SocketException e) {
            return head.toString();
        }
        return head.toString();
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (n == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

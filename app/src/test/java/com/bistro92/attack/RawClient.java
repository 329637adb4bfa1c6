package com.bistro92.attack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A program on this computer speaking raw HTTP, as an attacker would: able to send part of a
 * request, stall, or never read the answer. (A device on the Wi-Fi is a {@code LanClient}.)
 */
final class RawClient implements AutoCloseable {

    private final Socket socket;

    private RawClient(Socket socket) {
        this.socket = socket;
    }

    /** Connects to the server on {@code port} of this computer; {@code receiveBuffer} 0 keeps the default. */
    static RawClient connect(int port, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(15_000);
        return new RawClient(socket);
    }

    RawClient send(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return this;
    }

    /** The status code of the answer, or -1 when the server closed the connection without one. */
    int status() throws IOException {
        String head = head();
        if (head.isEmpty()) {
            return -1;
        }
        return Integer.parseInt(head.split(" ", 3)[1]);
    }

    /** The answer's status line and headers, or "" when the server closed the connection first. */
    String head() throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int c;
        try {
            while ((c = in.read()) != -1) {
                head.append((char) c);
                if (head.toString().endsWith("\r\n\r\n")) {
                    return head.toString();
                }
            }
        } catch (java.net.SocketException e) {
            return head.toString();
        }
        return head.toString();
    }

    /** The rest of what the server sends until it closes (at most {@code max} bytes). */
    String rest(int max) throws IOException {
        byte[] bytes = socket.getInputStream().readNBytes(max);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the server closed the connection: a read returns end of stream (or a reset). */
    boolean closedByServer() {
        try {
            return socket.getInputStream().read() == -1;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package com.bistro92.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

/**
 * A network thermal printer for the tests: a socket server on a port of its own that reads ESC/POS
 * as a printer does and keeps what it printed, row by row with each row's type (large, inverse,
 * bold) and each cut. It answers the paper status request, and can be switched off (the port
 * refuses), out of paper, made to accept and never read, or to drop the connection halfway.
 */
public final class FakePrinter implements AutoCloseable {

    /** One printed row and how it was set. */
    public record Row(String text, boolean large, boolean inverse, boolean bold) {
    }

    /** One slip: the rows up to a cut. */
    public record Slip(List<Row> rows) {

        public String text() {
            StringBuilder out = new StringBuilder();
            rows.forEach(r -> out.append(r.text()).append('\n'));
            return out.toString();
        }

        boolean has(String text, boolean large, boolean inverse) {
            return rows.stream().anyMatch(r -> r.text().strip().equals(text) && r.large() == large
                    && r.inverse() == inverse);
        }
    }

    enum Mode { PRINTS, PAPER_OUT, NEVER_READS, DROPS_HALFWAY }

    private static final Charset CP858 = Charset.forName("IBM00858");

    private final int port;
    private volatile ServerSocket server;
    private volatile Mode mode = Mode.PRINTS;
    private final List<Slip> slips = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile int connections;
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    /** A printer that is on, on a free port. */
    public FakePrinter() throws IOException {
        this(0);
        on();
    }

    private FakePrinter(int port) {
        this.port = port;
    }

    /** A printer that is off: its port (free now) refuses until {@link #on()}. */
    static FakePrinter off() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        return new FakePrinter(free);
    }

    public int port() {
        return server != null ? server.getLocalPort() : port;
    }

    void mode(Mode next) {
        mode = next;
    }

    int connections() {
        return connections;
    }

    synchronized void on() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server = socket;
        Thread.ofVirtual().name("fake-printer").start(() -> accept(socket));
    }

    /** Switched off: the port refuses, and open connections drop. */
    public synchronized void offNow() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket s : open) {
            s.close();
        }
    }

    public List<Slip> slips() {
        return List.copyOf(slips);
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections++;
                open.add(client);
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (mode == Mode.NEVER_READS) {
                // holds the connection, reads nothing and answers nothing, until the printer is switched off
                released.await();
                return;
            }
            new Reader(client.getInputStream(), client.getOutputStream()).read();
        } catch (IOException e) {
            // the client hung up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
        }
    }

    /** Reads ESC/POS: text, the type commands escpos-coffee writes, line feeds, cuts and the status request. */
    private final class Reader {
        private final InputStream in;
        private final OutputStream out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final List<Row> rows = new ArrayList<>();
        private boolean large;
        private boolean inverse;
        private boolean bold;
        private int bytes;

        Reader(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        void read() throws IOException {
            for (int b; (b = next()) >= 0; ) {
                switch (b) {
                    case 0x10 -> status();
                    case 0x1B -> escape();
                    case 0x1D -> group();
                    case 0x0A -> newline();
                    default -> line.write(b);
                }
            }
        }

        private int next() throws IOException {
            int b = in.read();
            if (b >= 0 && ++bytes > 200 && mode == Mode.DROPS_HALFWAY) {
                throw new IOException("dropped halfway");
            }
            return b;
        }

        private int arg() throws IOException {
            int b = next();
            if (b < 0) {
                throw new IOException("cut off in a command");
            }
            return b;
        }

        private void status() throws IOException {
            if (arg() != 0x04) {
                return;
            }
            arg();
            out.write(mode == Mode.PAPER_OUT ? 0x72 : 0x12);
            out.flush();
        }

        private void escape() throws IOException {
            int command = arg();
            switch (command) {
                case '@' -> {
                    large = false;
                    inverse = false;
                    bold = false;
                }
                case 'E' -> bold = arg() != 0;
                case 'd' -> {
                    for (int n = arg(); n > 0; n--) {
                        newline();
                    }
                }
                case 'J', 't', 'a', '-', 'M', '3', 'G', 'V', 'r' -> arg();
                case '2' -> { }
                case '!' -> {
                    int mode = arg();
                    bold = (mode & 0x08) != 0;
                }
                default -> { }
            }
        }

        private void group() throws IOException {
            int command = arg();
            switch (command) {
                case '!' -> large = arg() != 0;
                case 'B' -> inverse = arg() != 0;
                case 'V' -> {
                    int m = arg();
                    if (m >= 65) {
                        arg();
                    }
                    cut();
                }
                case 'L' -> {
                    arg();
                    arg();
                }
                default -> { }
            }
        }

        private void newline() {
            String text = line.toString(CP858);
            line.reset();
            if (!text.isEmpty() || !rows.isEmpty()) {
                rows.add(new Row(text, large, inverse, bold));
            }
        }

        private void cut() {
            while (!rows.isEmpty() && rows.getLast().text().isBlank()) {
                rows.removeLast();
            }
            slips.add(new Slip(List.copyOf(rows)));
            rows.clear();
        }
    }

    /** Draws a slip as the paper shows it: large rows twice the size, inverse rows white on black. */
    static void draw(Slip slip, int columns, Path png) throws IOException {
        int charWidth = 11;
        int lineHeight = 22;
        int width = columns * charWidth + 40;
        int height = 40 + slip.rows().stream().mapToInt(r -> r.large() ? 2 * lineHeight : lineHeight).sum() + 40;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xFB, 0xFA, 0xF5));
        g.fillRect(0, 0, width, height);
        int y = 30;
        for (Row row : slip.rows()) {
            int h = row.large() ? 2 * lineHeight : lineHeight;
            Font font = new Font(Font.MONOSPACED, row.bold() || row.large() ? Font.BOLD : Font.PLAIN,
                    row.large() ? 36 : 18);
            g.setFont(font);
            if (row.inverse()) {
                g.setColor(Color.BLACK);
                g.fillRect(20, y - 2, width - 40, h);
                g.setColor(Color.WHITE);
            } else {
                g.setColor(new Color(0x22, 0x22, 0x22));
            }
            g.drawString(row.text(), 20, y + h - (row.large() ? 10 : 5));
            y += h;
        }
        g.setColor(new Color(0xBB, 0xBB, 0xBB));
        for (int x = 0; x < width; x += 12) {
            g.drawLine(x, height - 8, x + 6, height - 2);
            g.drawLine(x + 6, height - 2, x + 12, height - 8);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    @Override
    public void close() throws IOException {
        released.countDown();
        offNow();
    }
}

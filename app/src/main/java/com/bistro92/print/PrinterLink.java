package com.bistro92.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One conversation with a network printer on its raw port: connect, ask for its paper status, send
 * a slip, and ask again, so that the printer has said it has the slip before it counts as printed.
 * Every step has a deadline: a printer that is off, that accepts and never reads, or that drops the
 * connection halfway is {@link PrinterState#OFFLINE} within {@link #DEADLINE}, and the slip is kept.
 *
 * <p>The status request is ESC/POS's real-time "transmit paper sensor status" ({@code DLE EOT 4}):
 * escpos-coffee writes commands but reads nothing back, so these three bytes are the one command
 * written here. Bits 5 and 6 of the answer say the paper is out; bits 2 and 3 that it is nearly out.
 */
final class PrinterLink {

    static final Duration CONNECT = Duration.ofSeconds(2);
    static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final byte[] PAPER_STATUS = {0x10, 0x04, 0x04};
    private static final int PAPER_OUT = 0x60;
    private static final int PAPER_LOW = 0x0C;

    private final ScheduledExecutorService watchdog;

    PrinterLink(ScheduledExecutorService watchdog) {
        this.watchdog = watchdog;
    }

    /**
     * Sends {@code slip} to the printer at {@code host:port}, unless it says its paper is out.
     *
     * @return what the printer said: {@link PrinterState#READY} or {@link PrinterState#PAPER_LOW} when it
     * has the slip; {@link PrinterState#PAPER_OUT} or {@link PrinterState#OFFLINE} when it does not
     */
    PrinterState send(String host, int port, byte[] slip) {
        return talk(host, port, slip);
    }

    /** Asks the printer for its paper status only. */
    PrinterState ask(String host, int port) {
        return talk(host, port, null);
    }

    private PrinterState talk(String host, int port, byte[] slip) {
        try (Socket socket = new Socket()) {
            // the whole conversation has one deadline: a write into a printer that never reads blocks, and
            // closing the socket is what ends it
            ScheduledFuture<?> deadline = watchdog.schedule(() -> close(socket), DEADLINE.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                socket.connect(new InetSocketAddress(host, port), (int) CONNECT.toMillis());
                socket.setSoTimeout((int) DEADLINE.toMillis());
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                PrinterState before = paper(out, in);
                if (slip == null || before == PrinterState.PAPER_OUT) {
                    return before;
                }
                out.write(slip);
                out.flush();
                return paper(out, in);
            } finally {
                deadline.cancel(false);
            }
        } catch (SocketTimeoutException e) {
            return PrinterState.OFFLINE;
        } catch (IOException | RuntimeException e) {
            return PrinterState.OFFLINE;
        }
    }

    private static PrinterState paper(OutputStream out, InputStream in) throws IOException {
        out.write(PAPER_STATUS);
        out.flush();
        int answer = in.read();
        if (answer < 0) {
            return PrinterState.OFFLINE;
        }
        return (answer & PAPER_OUT) != 0 ? PrinterState.PAPER_OUT
                : (answer & PAPER_LOW) != 0 ? PrinterState.PAPER_LOW : PrinterState.READY;
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }
}

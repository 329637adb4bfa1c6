package com.bistro92.print;

import com.bistro92.journal.LogEntry;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One printer's consumer of the event log, on a virtual thread of its own: it reads the log after
 * the last event it printed, a page at a time (never holding a connection while it prints), prints
 * what each event is for it, and moves its place in the log on through the writer only once the
 * printer has said it has the slip. So a printer that was off prints what it missed when it is back,
 * and nothing twice. While it is offline or out of paper it tries again, 1 s, then 2, 4 and at most
 * 8 s apart; after its setup's {@code fallbackAfterS} its slips go to its fallback printer, marked for it.
 * Idle, it asks the printer for its paper status every {@link #IDLE_CHECK}, so the screens show a
 * printer that was switched off before a ticket is lost on it.
 */
final class PrintWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PrintWorker.class);
    static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final int PAGE = 100;
    /** Events skipped before the place in the log is written anyway, without a slip. */
    private static final int SKIPS_BEFORE_SAVING = 500;

    private final Printers printers;
    private final Semaphore wake = new Semaphore(0);
    private final java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
    private volatile Printer printer;
    private volatile boolean stopped;
    /** The place in the log the database has for this printer, and the place read up to. */
    private long saved;
    private long cursor;
    private Instant downSince;

    PrintWorker(Printers printers, Printer printer) {
        this.printers = printers;
        this.printer = printer;
        this.saved = printer.printedSeq();
        this.cursor = printer.printedSeq();
    }

    Printer printer() {
        return printer;
    }

    /** A new setup, from the next event on. */
    void reconfigure(Printer next) {
        Printer now = printer;
        printer = new Printer(next.id(), next.setup(), now.state(), now.printedSeq());
        wake.release();
    }

    /** Something was logged: look at the log again. */
    void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    void stop() {
        stopped = true;
        stopping.countDown();
        wake.release();
    }

    @Override
    public void run() {
        Thread.currentThread().setName("printer-" + printer.id());
        state(printers.ask(printer.setup().host(), printer.setup().port()));
        while (!stopped) {
            try {
                if (!pass()) {
                    idle();
                }
            } catch (RuntimeException e) {
                LOG.warn("Printer {} could not follow the log; trying again", printer.name(), e);
                pause(Duration.ofSeconds(2));
            }
        }
    }

    /** Prints what the next page of the log has for it; false when the log has nothing new. */
    private boolean pass() {
        List<LogEntry> page = printers.log(cursor, PAGE);
        if (page.isEmpty()) {
            return false;
        }
        for (LogEntry entry : page) {
            if (stopped) {
                return true;
            }
            Optional<SlipPlan.Slip> slip = printers.plan().of(printer, entry);
            // with two suite nodes on one database, the node that claims a slip prints it; the other goes on
            if (slip.isPresent() && printers.claim(printer.id(), entry.seq())) {
                int printedOn = print(slip.get());
                if (printedOn < 0) {
                    return true;
                }
                printers.printed(new PrinterEvent.Slip(printer.id(), entry.seq(), printedOn, slip.get().what()));
                saved = entry.seq();
                printer = printer.printedThrough(saved);
            }
            cursor = entry.seq();
        }
        if (cursor - saved >= SKIPS_BEFORE_SAVING) {
            printers.skipped(printer.id(), cursor);
            saved = cursor;
            printer = printer.printedThrough(saved);
        }
        return true;
    }

    /** Prints the slip on the printer, or on its fallback; the id of the one that printed it, or -1 when stopped. */
    private int print(SlipPlan.Slip slip) {
        Duration wait = Duration.ofSeconds(1);
        while (!stopped) {
            Printer own = printer;
            PrinterState said = printers.send(own.setup().host(), own.setup().port(), bytes(slip, own.setup().paperMm(),
                    null));
            state(said);
            if (said.prints()) {
                return own.id();
            }
            Printer fallback = fallback(own);
            if (fallback != null) {
                PrinterState other = printers.send(fallback.setup().host(), fallback.setup().port(),
                        bytes(slip, fallback.setup().paperMm(), own.name()));
                if (other.prints()) {
                    LOG.info("{} is {}: {} printed on {}", own.name(), said.words(), slip.what(), fallback.name());
                    return fallback.id();
                }
            }
            // new orders do not hurry a retry: the printer is asked again only after the wait
            retryAfter(wait);
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(8)) > 0 ? Duration.ofSeconds(8)
                    : wait.multipliedBy(2);
        }
        return -1;
    }

    /** The fallback to print on now: once this printer has been down long enough, if it has one that prints. */
    private Printer fallback(Printer own) {
        if (own.setup().fallbackId() == null || downSince == null
                || Duration.between(downSince, printers.now()).compareTo(Duration.ofSeconds(own.setup().fallbackAfterS())) < 0) {
            return null;
        }
        Printer fallback = printers.printer(own.setup().fallbackId()).orElse(null);
        return fallback != null && fallback.state() != PrinterState.OFFLINE
                && fallback.state() != PrinterState.PAPER_OUT ? fallback : null;
    }

    private void idle() {
        boolean woken = pause(printer.state().prints() ? IDLE_CHECK : Duration.ofSeconds(5));
        if (!woken && !stopped) {
            state(printers.ask(printer.setup().host(), printer.setup().port()));
        }
    }

    /** Notes what the printer said; a change is logged, so every screen shows it. */
    private void state(PrinterState said) {
        if (said.prints()) {
            downSince = null;
        } else if (downSince == null) {
            downSince = printers.now();
        }
        Printer now = printer;
        if (now.state() != said) {
            printer = now.withState(said);
            printers.stateChanged(now.id(), now.name(), said);
        }
    }

    private static byte[] bytes(SlipPlan.Slip slip, int paperMm, String forPrinter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Ticket ticket : slip.tickets()) {
            Ticket t = forPrinter == null ? ticket : withHeading(ticket, forPrinter);
            out.writeBytes(EscPosBytes.of(t, paperMm));
        }
        return out.toByteArray();
    }

    private static Ticket withHeading(Ticket ticket, String forPrinter) {
        List<Ticket.Row> rows = new java.util.ArrayList<>();
        rows.add(new Ticket.Row("FOR " + forPrinter.toUpperCase(java.util.Locale.ROOT) + " (NOT PRINTING)", "",
                Ticket.Look.LARGE_INVERSE));
        rows.addAll(ticket.rows());
        return new Ticket(rows);
    }

    private void retryAfter(Duration time) {
        try {
            stopping.await(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /** Waits up to {@code time}, or until woken; true when woken. */
    private boolean pause(Duration time) {
        try {
            boolean woken = wake.tryAcquire(time.toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
            return woken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return true;
        }
    }
}

package com.bistro92.reportview;

import com.bistro92.journal.Event;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.money.Money;
import com.bistro92.order.OrderEvent;
import com.bistro92.report.ZReport;
import com.bistro92.report.ZReportCsv;
import com.bistro92.report.ZReportPdf;
import com.bistro92.report.ZReports;
import com.bistro92.table.TableEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-of-day report screen's state: the day chosen, its report, and whether one is being
 * computed or saved. The report is computed off the FX thread; while the screen is shown, events
 * of the chosen day (an order placed that day changing, a party seated that day, or anything at
 * all when the day is today, such as a payment) bring a fresh report, at most one per
 * {@link #SETTLE} however many events arrive.
 */
public final class ZReportModel implements AutoCloseable {

    /** How long a burst of events may go on before the report is computed again. */
    static final Duration SETTLE = Duration.ofMillis(600);

    private static final Logger LOG = LoggerFactory.getLogger(ZReportModel.class);

    private final ZReports reports;
    private final EventStream events;
    private final Money money;
    private final Executor fx;
    private final Executor background;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ZReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile LocalDate shown;
    private volatile boolean active = true;
    private volatile boolean stale;
    private volatile boolean closed;
    private long asked;
    private AutoCloseable subscription;

    public ZReportModel(ZReports reports, EventStream events, Money money, Executor fx, Executor background) {
        this.reports = reports;
        this.events = events;
        this.money = money;
        this.fx = fx;
        this.background = background;
        day.addListener((obs, was, now) -> {
            shown = now;
            load();
        });
    }

    /** Shows today's report and follows the event stream. */
    public void start() {
        subscription = events.subscribe(this::heard);
        day.set(reports.today());
    }

    /** The day shown; set it to show another. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<ZReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Whether a report is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Whether a PDF or CSV file is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** What happened last, for the status line: a file saved, or why not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Money money() {
        return money;
    }

    /** Today in the restaurant's time zone. */
    public LocalDate today() {
        return reports.today();
    }

    /**
     * Whether the screen is shown. While it is not, events only mark the report stale; showing it
     * again computes a fresh one if anything happened meanwhile.
     */
    public void active(boolean shownNow) {
        active = shownNow;
        if (shownNow && stale) {
            settleThenLoad();
        }
    }

    /** Whether a change was heard while the screen was hidden, and is not yet in the report. */
    boolean stale() {
        return stale;
    }

    /** Whether a fresh report is due once the current burst of events settles. */
    boolean due() {
        return pending.get();
    }

    /** Computes the chosen day's report again, off the FX thread. */
    public void load() {
        LocalDate wanted = day.get();
        if (wanted == null || closed) {
            return;
        }
        stale = false;
        long ticket = ++asked;
        computing.set(true);
        CompletableFuture.supplyAsync(() -> reports.of(wanted), background).whenCompleteAsync((result, failure) -> {
            if (ticket != asked) {
                return;
            }
            computing.set(false);
            if (failure != null) {
                LOG.error("Cannot compute the end-of-day report of {}", wanted, failure);
                notice.set("The report could not be computed; try again");
            } else {
                report.set(result);
            }
        }, fx);
    }

    /** On the writer's thread: note that the report may have changed, and return at once. */
    private void heard(Event event) {
        LocalDate viewed = shown;
        if (viewed == null || !concerns(event, viewed)) {
            return;
        }
        if (!active) {
            stale = true;
            return;
        }
        settleThenLoad();
    }

    private void settleThenLoad() {
        if (pending.compareAndSet(false, true)) {
            Executor later = CompletableFuture.delayedExecutor(SETTLE.toMillis(), TimeUnit.MILLISECONDS, fx);
            later.execute(() -> {
                pending.set(false);
                load();
            });
        }
    }

    /** Whether {@code event} can change the report of {@code viewed}. */
    private boolean concerns(Event event, LocalDate viewed) {
        return switch (event) {
            case OrderEvent e -> on(e.order().createdAt(), viewed);
            case TableEvent.Seated e -> on(e.session().openedAt(), viewed);
            case LoggedEvent other -> viewed.equals(reports.today());
            default -> false;
        };
    }

    private boolean on(Instant at, LocalDate viewed) {
        return at.atZone(reports.zone()).toLocalDate().equals(viewed);
    }

    /** Saves the report shown as a PDF, off the FX thread. */
    public CompletableFuture<Path> savePdf(Path file) {
        return save(file, "PDF", out -> ZReportPdf.write(report.get(), money, Locale.getDefault(Locale.Category.FORMAT),
                out));
    }

    /** Saves the report shown as a CSV file, off the FX thread. */
    public CompletableFuture<Path> saveCsv(Path file) {
        return save(file, "CSV", out -> ZReportCsv.write(report.get(), money.currency(), out));
    }

    /** A file name for the report of the day shown, e.g. "z-report-2026-11-27.pdf". */
    public String fileName(String extension) {
        return "z-report-" + day.get() + "." + extension;
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private CompletableFuture<Path> save(Path file, String kind, Writing writing) {
        if (report.get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No report to save yet"));
        }
        saving.set(true);
        notice.set("Saving the " + kind + "…");
        return CompletableFuture.supplyAsync(() -> {
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(part)) {
                    writing.to(out);
                }
                return Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException left) {
                    e.addSuppressed(left);
                }
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((saved, failure) -> {
            saving.set(false);
            if (failure == null) {
                notice.set(kind + " saved to " + saved);
            } else {
                LOG.error("Cannot save the end-of-day report to {}", file, failure);
                notice.set("The " + kind + " could not be saved to " + file + "; is the folder writable?");
            }
        }, fx);
    }

    /** Stops following; a load already due when the screen closes does not run. */
    @Override
    public void close() throws Exception {
        closed = true;
        if (subscription != null) {
            subscription.close();
        }
    }
}

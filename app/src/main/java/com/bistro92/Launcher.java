package com.bistro92;

import com.bistro92.displayclient.DisplayMode;
import com.bistro92.orderstream.LocalOrderStream;
import com.bistro92.readyboard.ReadyBoardWindow;
import com.bistro92.ui.DesktopApp;
import com.bistro92.warmup.Warmup;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The plain main class (it must not extend JavaFX's Application when JavaFX is on the classpath). */
public final class Launcher {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (Options.BadFlags e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.verifyLog()) {
            System.exit(VerifyLog.run(options, System.out, System.err));
            return;
        }
        if (options.migrate()) {
            System.exit(MigrateTo.run(options, System.out, System.err));
            return;
        }
        if (options.display() != null) {
            runDisplay(options);
            return;
        }
        boolean desktopWindow = !options.headless() && !options.readyBoard();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        // a restore replaces the running suite with one on the restored data
        AtomicReference<Bistro92> running = new AtomicReference<>();
        AtomicReference<Warmup> warmup = new AtomicReference<>();
        AtomicReference<ReadyBoardWindow> board = new AtomicReference<>();
        // the window first: JavaFX starts at once, and the window (the sign-in, saying the data is
        // opening) shows while the database and the server start beside it
        Runnable exit = () -> Thread.ofPlatform().name("window-closed").start(() -> System.exit(0));
        DesktopApp desktop = !desktopWindow ? null
                : DesktopApp.beforeTheSuite(options.data(), options.kitchen(), Clock.systemDefaultZone(),
                        backup -> restore(running, backup)).stations(options.stations());
        if (desktop != null) {
            desktop.show(DesktopApp.startJavaFx(), exit);
            desktop.shown().thenRun(() -> LOG.info("The window is up, {} ms after launch", sinceLaunch().toMillis()));
            desktop.drawn().thenRun(() -> LOG.info("Sign-in ready with the suite's screens, {} ms after launch",
                    sinceLaunch().toMillis()));
        }
        // in place before the suite starts: a stop meanwhile (SIGTERM, or the window closed while the
        // data opens) waits for the start to end, so that a first start's migration is not cut halfway
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("Shutting down");
            stopping.set(true);
            awaitStart(started);
            stopQuietly(warmup.get());
            closeQuietly(desktop);
            closeQuietly(board.get());
            synchronized (running) {
                if (running.get() != null) {
                    running.get().close();
                }
            }
            stopped.countDown();
        }));
        Bistro92 app;
        try {
            app = Bistro92.start(options, Clock.systemDefaultZone());
        } catch (Exception e) {
            LOG.error("Bistro92 could not start: {}", rootMessage(e), e);
            started.countDown();
            System.exit(1);
            return;
        }
        synchronized (running) {
            running.set(app);
        }
        started.countDown();
        if (stopping.get()) {
            stopped.await();
            return;
        }
        if (desktop != null) {
            desktop.attach(parts(app));
        }
        if (options.readyBoard()) {
            board.set(new ReadyBoardWindow(new LocalOrderStream(app.orders(), app.events(), Thread.ofVirtual()::start)));
        }
        // the warm-up begins once the sign-in is ready with the suite's screens, and runs behind it
        if (options.warmUp()) {
            warmup.set(warmUp(app, desktop != null ? desktop.drawn() : CompletableFuture.completedFuture(null),
                    Warmup.Budget.DEFAULT, Path.of(System.getProperty("java.io.tmpdir")), done -> { }));
        }
        LOG.info("Bistro92 is running on port {} with data in {}.", app.port(),
                options.database() == null ? options.data() : options.database());
        if (board.get() != null) {
            board.get().show(exit);
        }
        stopped.await();
    }

    /** Waits for the suite's start to end (a minute at most), so that a stop never cuts it off halfway. */
    private static void awaitStart(CountDownLatch started) {
        try {
            if (!started.await(1, TimeUnit.MINUTES)) {
                LOG.warn("Still starting after a minute; stopping all the same");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The warm-up of {@code app}'s order path, which begins once {@code after} completes: the
     * desktop's window drawn, or at once without one.
     */
    static Warmup warmUp(Bistro92 app, CompletionStage<?> after, Warmup.Budget budget, Path under,
                         Consumer<Warmup.Done> whenDone) {
        return Warmup.start(app.identity(), app.events(), Clock.systemDefaultZone(), budget, under, after, whenDone);
    }

    /** A display of the main PC: no database and no server here, only its window. */
    private static void runDisplay(Options options) throws InterruptedException {
        DisplayMode display = new DisplayMode(options.display(), options.data(), options.readyBoard(),
                Clock.systemDefaultZone()).stations(options.stations()).pairCode(options.pairCode());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            display.close();
            stopped.countDown();
        }));
        LOG.info("Bistro92 display of {}, pairing kept in {}", options.display(), options.data());
        display.show(() -> Thread.ofPlatform().name("window-closed").start(() -> System.exit(0)));
        stopped.await();
    }

    /** What the desktop needs of a running suite. */
    public static DesktopApp.Parts parts(Bistro92 app) {
        return new DesktopApp.Parts(app.orders(), app.events(), app.tableOverview(), app.pairing(), app.sessions(),
                app.logVerifier(), app.staff(), app.port(), app.tlsPort(), app.fingerprint(), app.settings(),
                app.backups(), app.menu(), app.menuChanges(), app.money(), app.bills(), app.dashboard(),
                app.history(), app.reports(), app.displays(), new DesktopApp.DataPlace(
                        app.database().server(), com.bistro92.tls.CertificateNames.computerName(),
                        app.journal()::databaseReachable), app.printers(), app.stock(), app.integrations());
    }

    private static DesktopApp.Restarted restore(AtomicReference<Bistro92> running, Path backup) throws Exception {
        synchronized (running) {
            try {
                Restore.Restored restored = Restore.run(running.get(), backup, step -> LOG.info("Restore: {}", step));
                running.set(restored.app());
                return new DesktopApp.Restarted(parts(restored.app()), restored.replaced(), null);
            } catch (Restore.RestoreFailed e) {
                running.set(e.app());
                return new DesktopApp.Restarted(parts(e.app()), null, e);
            }
        }
    }

    private static void closeQuietly(AutoCloseable window) {
        if (window == null) {
            return;
        }
        try {
            window.close();
        } catch (Exception e) {
            LOG.warn("The window did not close cleanly", e);
        }
    }

    private static void stopQuietly(Warmup warmup) {
        if (warmup == null) {
            return;
        }
        try {
            warmup.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration sinceLaunch() {
        return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, Instant.now()))
                .orElse(Duration.ZERO);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

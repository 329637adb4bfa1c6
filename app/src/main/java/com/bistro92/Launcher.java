package com.bistro92;

import com.bistro92.ui.DesktopApp;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
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
            System.exit(VerifyLog.run(options.data(), System.out, System.err));
            return;
        }
        Bistro92 app;
        try {
            app = Bistro92.start(options, Clock.systemDefaultZone());
        } catch (Exception e) {
            LOG.error("Bistro92 could not start: {}", rootMessage(e), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        DesktopApp desktop = options.headless() ? null
                : new DesktopApp(new DesktopApp.Parts(app.orders(), app.events(), app.tableOverview(), app.pairing(),
                        app.sessions(), app.logVerifier(), app.port(), app.tlsPort(), app.fingerprint(), app.menu(),
                        app.menuChanges(), app.money()), options.data(),
                        options.kitchen(),
                        Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("Shutting down");
            closeQuietly(desktop);
            app.close();
            stopped.countDown();
        }));
        LOG.info("Bistro92 is running on port {} with data in {}.", app.port(), options.data());
        if (desktop != null) {
            desktop.show(() -> Thread.ofPlatform().name("window-closed").start(() -> System.exit(0)));
        }
        stopped.await();
    }

    private static void closeQuietly(DesktopApp desktop) {
        if (desktop == null) {
            return;
        }
        try {
            desktop.close();
        } catch (Exception e) {
            LOG.warn("The window did not close cleanly", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

package com.bistro92;

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
        Bistro92 app;
        try {
            app = Bistro92.start(options, Clock.systemDefaultZone());
        } catch (Exception e) {
            LOG.error("Bistro92 could not start: {}", rootMessage(e), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("Shutting down");
            app.close();
            stopped.countDown();
        }));
        if (!options.headless()) {
            LOG.info("The desktop window is not part of this build yet; running the order server only.");
        }
        LOG.info("Bistro92 is running on port {} with data in {}. Stop it with Ctrl+C.", app.port(), options.data());
        stopped.await();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

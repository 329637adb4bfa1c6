package com.bistro92.pad.client;

import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops Jetty clients; a failure to stop is logged once and does not hide what the caller was doing. */
public final class Stopping {

    private static final Logger LOG = LoggerFactory.getLogger(Stopping.class);

    private Stopping() {
    }

    /** Stops {@code component}; {@code what} names it in the log. */
    public static void stop(LifeCycle component, String what) {
        try {
            component.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while stopping {}", what);
        } catch (Exception e) {
            LOG.warn("could not stop {}", what, e);
        }
    }
}

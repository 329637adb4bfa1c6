package com.bistro92.pad.rush;

import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops Jetty clients at the end of a run; a failure to stop is logged once and does not hide the run's result. */
final class Stopping {

    private static final Logger LOG = LoggerFactory.getLogger(Stopping.class);

    private Stopping() {
    }

    static void stop(LifeCycle component, String what) {
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

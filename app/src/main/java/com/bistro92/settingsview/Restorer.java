package com.bistro92.settingsview;

import java.nio.file.Path;

/**
 * Restores a backup over the running suite and reconnects the desktop to the restored one. Blocks
 * until done; the caller runs it off the FX thread. A refused file throws a 422 problem and changes nothing.
 */
@FunctionalInterface
public interface Restorer {

    /** Restores {@code backup}; returns the folder the replaced data was moved to. */
    Path restore(Path backup) throws Exception;
}

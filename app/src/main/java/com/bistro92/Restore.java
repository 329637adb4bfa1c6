package com.bistro92;

import com.bistro92.backup.BackupContents;
import com.bistro92.backup.SetAside;
import com.bistro92.problem.Problem;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup over the running suite, without the user restarting the app.
 *
 * <p>The file is checked first, and its database copied out and migrated beside the data; a bad
 * file is refused with nothing changed. Then the server is paused (every request is answered 503
 * with {@code Retry-After}), the journal is drained and the database closed, the current database
 * and journal files are moved to {@code replaced-<time>/} in the data folder and the backup's
 * database put in their place; the journal starts again empty, since its groups belong to the
 * replaced database. Last the old instance's server is stopped and a new instance started on the
 * same ports, the same way: recovery (nothing to replay), migrations, the journal, the features
 * and Jetty. Pads reconnect to it; the desktop rebuilds its screens on it. If the new instance
 * cannot start, the replaced data is put back and started again.
 */
public final class Restore {

    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);

    /** A step of the restore, for a progress display. */
    public enum Step {
        CHECKING, PAUSED, SWAPPED, STARTING, DONE
    }

    /** The new instance, and where the replaced data went. */
    public record Restored(Bistro92 app, Path replaced, BackupContents contents) {
    }

    private Restore() {
    }

    /**
     * Restores {@code backup} over {@code running}, which is closed: use the returned instance from
     * then on. A refused file throws a 422 {@link Problem} and leaves {@code running} as it was.
     *
     * @param steps told of each step, on the calling thread, while it happens
     */
    public static Restored run(Bistro92 running, Path backup, Consumer<Step> steps) throws Exception {
        steps.accept(Step.CHECKING);
        BackupContents contents = running.backups().check(backup);
        Bistro92.Started how = running.started();
        Path data = how.options().data();
        Options again = how.options().onPorts(running.port(), running.tlsPort());
        try {
            running.pause();
        } catch (InterruptedException e) {
            running.resume();
            contents.discard();
            throw e;
        }
        steps.accept(Step.PAUSED);
        running.closeData();
        Path aside;
        try {
            aside = SetAside.swap(data, contents, how.clock().instant(), how.clock().getZone());
        } catch (Exception e) {
            contents.discard();
            running.close();
            LOG.error("The data could not be swapped; going on with the data as it was", e);
            throw new RestoreFailed(Bistro92.startAgain(again, how), e);
        }
        LOG.info("Restoring {}: the replaced data is in {}", backup, aside);
        steps.accept(Step.SWAPPED);
        running.close();
        steps.accept(Step.STARTING);
        try {
            Bistro92 restored = Bistro92.startAgain(again, how);
            steps.accept(Step.DONE);
            return new Restored(restored, aside, contents);
        } catch (Exception e) {
            LOG.error("The restored data would not start; putting the replaced data back", e);
            SetAside.undo(data, aside);
            throw new RestoreFailed(Bistro92.startAgain(again, how), e);
        }
    }

    /** The restored data would not start; the replaced data is back and running as {@link #app()}. */
    public static final class RestoreFailed extends Exception {
        private final transient Bistro92 app;

        RestoreFailed(Bistro92 app, Throwable cause) {
            super("The backup was restored but would not start; the data as it was is back", cause);
            this.app = app;
        }

        public Bistro92 app() {
            return app;
        }
    }
}

package com.bistro92.backup;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;

import com.bistro92.settings.Settings;
import com.bistro92.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the whole database into one zip file in the backup folder, while orders keep flowing.
 *
 * <p>H2's {@code BACKUP TO} is an online backup: it first has H2 store every committed change in
 * its file, then copies the file with space reuse held off, so the copy is the database as of that
 * moment, transactionally consistent. The journal commits a group only after its redo is on the
 * disk and answers its callers only after the commit, so every change acknowledged before a backup
 * begins is committed, and is in the backup; the journal's own files are not needed, and a restore
 * empties them. The backup is written under a temporary name, checked by opening it, then renamed:
 * a file with a backup's name is always complete. It holds PIN hashes and pad tokens, so it is
 * readable by this user only, like the data folder.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** One step of a backup: what it is doing and how far along it is, 0 to 1, or -1 when unknown. */
    public record Progress(String step, double done) {
    }

    /** A finished backup. */
    public record Done(Path file, Instant at, long bytes, long orders, List<Path> pruned) {
    }

    private final DSLContext db;
    private final Supplier<Settings> settings;
    private final Path data;
    private final Clock clock;
    private final BackupFiles files;
    private final BackupCheck check;
    private final ReentrantLock running = new ReentrantLock();
    private final String onServer;
    private final List<Consumer<Done>> listeners = new CopyOnWriteArrayList<>();

    /** Backups of the H2 database in {@code data}. */
    public Backups(DSLContext db, Supplier<Settings> settings, Path data, Clock clock) {
        this(db, settings, data, clock, null);
    }

    /**
     * @param onServer the address of the database server the data is kept on (PostgreSQL), whose
     *                 backups are the server's own; null for the H2 database in {@code data}
     */
    public Backups(DSLContext db, Supplier<Settings> settings, Path data, Clock clock, String onServer) {
        this.onServer = onServer;
        this.db = db;
        this.settings = settings;
        this.data = data;
        this.clock = clock;
        this.files = new BackupFiles(clock.getZone());
        this.check = new BackupCheck(data, files);
    }

    /**
     * Backs the database up now, into the backup folder, then deletes the oldest backups beyond the
     * number to keep. Blocks for as long as it takes: call it off the FX thread. One at a time.
     */
    public Done backupNow(Consumer<Progress> progress) throws IOException {
        refuseOnServer();
        running.lock();
        try {
            Settings s = settings.get();
            Path folder = s.backupFolderIn(data);
            Files.createDirectories(folder);
            Instant at = clock.instant();
            Path target = folder.resolve(files.name(at));
            Path part = folder.resolve(target.getFileName() + ".part");
            progress.accept(new Progress("Writing the backup", -1));
            Files.deleteIfExists(part);
            db.execute("BACKUP TO '" + part.toAbsolutePath().toString().replace("'", "''") + "'");
            PrivateFiles.file(part);
            progress.accept(new Progress("Checking the backup", 0.6));
            BackupContents contents = check.inspect(part);
            contents.discard();
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.accept(new Progress("Removing old backups", 0.9));
            List<Path> pruned = files.prune(folder, s.backupKeep());
            Done done = new Done(target, at, Files.size(target), contents.orders(), pruned);
            LOG.info("Backup written to {} ({} KB, {} orders){}", target, done.bytes() / 1024, done.orders(),
                    pruned.isEmpty() ? "" : "; removed " + pruned.size() + " older backup(s)");
            progress.accept(new Progress("Backup done", 1));
            listeners.forEach(l -> l.accept(done));
            return done;
        } finally {
            running.unlock();
        }
    }

    /** Checks a backup file for a restore; see {@link BackupCheck}. */
    public BackupContents check(Path file) {
        refuseOnServerUnchecked();
        return check.inspect(file);
    }

    /** Checks a backup file and counts the current orders a restore of it would drop. */
    public RestorePreview preview(Path file) {
        refuseOnServerUnchecked();
        BackupContents contents = check.inspect(file);
        contents.discard();
        int lost = db.fetchCount(CUSTOMER_ORDER, CUSTOMER_ORDER.ID.gt(contents.lastOrderId()));
        Instant lastAt = db.select(DSL.max(CUSTOMER_ORDER.CREATED_AT)).from(CUSTOMER_ORDER).fetchOne(0, Instant.class);
        return new RestorePreview(contents, lastAt, lost);
    }

    /** Whether the data is on a database server, which the suite's own backups do not cover. */
    public boolean onServer() {
        return onServer != null;
    }

    /** What to say when asked for a backup of data kept on a database server: how it is backed up there. */
    public String serverBackupAdvice() {
        return "The data is kept in PostgreSQL (" + onServer + "): back it up with PostgreSQL's own tools,"
                + " pg_dump or the server's base backups, as docs/postgresql.md shows";
    }

    private void refuseOnServer() throws IOException {
        if (onServer != null) {
            throw new IOException(serverBackupAdvice());
        }
    }

    private void refuseOnServerUnchecked() {
        if (onServer != null) {
            throw new IllegalStateException(serverBackupAdvice());
        }
    }

    /** When the newest backup in the backup folder was taken. */
    public Optional<Instant> last() {
        try {
            return files.newest(settings.get().backupFolderIn(data));
        } catch (IOException e) {
            LOG.warn("Cannot list the backup folder: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The folder backups go to now. */
    public Path folder() {
        return settings.get().backupFolderIn(data);
    }

    /** Runs {@code listener} after each backup, on the thread that made it. */
    public AutoCloseable onDone(Consumer<Done> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}

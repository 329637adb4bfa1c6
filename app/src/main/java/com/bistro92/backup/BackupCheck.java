package com.bistro92.backup;

import com.bistro92.problem.Problem;
import com.bistro92.store.Database;
import com.bistro92.store.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a backup file before anything is changed: it must be a zip holding one H2 database that
 * is Bistro92's (it has the schema history and the journal's marker), made with this version's
 * schema or an older one. The database is copied out of the zip into a folder of its own in the
 * data folder and migrated there; the original file and the running data are never touched.
 * Anything wrong is a 422 {@link Problem} saying what.
 */
public final class BackupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCheck.class);
    private static final String REFUSED = "This file cannot be restored";

    private final Path data;
    private final BackupFiles files;

    public BackupCheck(Path data, BackupFiles files) {
        this.data = data;
        this.files = files;
    }

    /** Checks {@code file} and prepares its database; the caller restores or {@link BackupContents#discard}s it. */
    public BackupContents inspect(Path file) {
        if (!Files.isRegularFile(file)) {
            throw refused("There is no file " + file);
        }
        Path folder;
        try {
            folder = Files.createTempDirectory(data, ".restore-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make a folder for the restore in " + data, e);
        }
        Path db = folder.resolve(Database.fileName());
        BackupContents contents = new BackupContents(file, null, null, 0, null, 0, db);
        try {
            extract(file, db);
            return read(file, db);
        } catch (RuntimeException e) {
            contents.discard();
            throw e;
        }
    }

    private static void extract(Path file, Path db) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> databases = entries(zip).stream()
                    .filter(e -> !e.isDirectory() && e.getName().endsWith(".mv.db")).toList();
            if (databases.size() != 1) {
                throw refused(file.getFileName() + " is a zip file but does not hold one Bistro92 database");
            }
            try (InputStream in = zip.getInputStream(databases.getFirst())) {
                Files.copy(in, db, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw refused(file.getFileName() + " is not a complete backup (" + e.getMessage() + ")");
        }
    }

    private static List<? extends ZipEntry> entries(ZipFile zip) {
        Enumeration<? extends ZipEntry> all = zip.entries();
        return java.util.Collections.list(all);
    }

    private BackupContents read(Path file, Path db) {
        String url = "jdbc:h2:" + db.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "")
                + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            if (!hasTable(c, "FLYWAY_SCHEMA_HISTORY") || !hasTable(c, "APP_META") || !hasTable(c, "CUSTOMER_ORDER")) {
                throw refused(file.getFileName() + " holds a database, but not Bistro92's");
            }
            Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations(Migrations.H2.locations()).load();
            MigrationInfo[] all = flyway.info().all();
            String version = Arrays.stream(all).filter(i -> i.getState().isApplied() && i.getVersion() != null)
                    .reduce((a, b) -> b).map(i -> i.getVersion().getVersion()).orElse("none");
            if (Arrays.stream(all).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                    || i.getState() == MigrationState.FUTURE_FAILED)) {
                throw refused(file.getFileName() + " was made by a newer Bistro92 (schema version " + version
                        + "); update Bistro92 before restoring it");
            }
            flyway.migrate();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(id), MAX(created_at) FROM customer_order")) {
                rs.next();
                OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
                Instant taken = files.takenAt(file).orElse(Files.getLastModifiedTime(file).toInstant());
                return new BackupContents(file, taken, version, rs.getLong(1), last == null ? null : last.toInstant(),
                        rs.getLong(2), db);
            }
        } catch (Problem p) {
            throw p;
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Backup {} refused: {}", file, e.toString());
            throw refused(file.getFileName() + " cannot be opened as a Bistro92 database (" + firstLine(e) + ")");
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' AND UPPER(table_name) = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static Problem refused(String detail) {
        return new Problem(422, REFUSED, detail);
    }
}

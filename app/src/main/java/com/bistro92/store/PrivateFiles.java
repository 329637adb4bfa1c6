package com.bistro92.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only this user may read: the data folder (0700), the database and the
 * secrets beside it (0600). On a file system without POSIX permissions (Windows) the user's
 * profile folder already keeps other users out, and these calls change nothing.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder if needed and makes it 0700. */
    public static void folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, FOLDER);
    }

    /** Makes an existing file 0600; a missing file is left alone. */
    public static void file(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
    }

    /**
     * Writes {@code content} to {@code file} so that it is never readable by others, not even for
     * a moment: a 0600 temporary file beside it, then an atomic move.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = posix()
                ? Files.createTempFile(folder, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(folder, ".secret", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.bistro92.staff.FirstPin;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The data folder and the secrets in it are the user's alone, and the first PIN never reaches the log. */
class SecretsAtRestTest {

    @TempDir
    Path temp;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void theFirstPinGoesToAPrivateFileAndNeverToTheLog() throws Exception {
        Path data = temp.resolve("data");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try (TestApp app = TestApp.start(data)) {
            assertThat(app.app().port()).isPositive();
        } finally {
            root.detachAppender(log);
        }
        String pin = new FirstPin(data).read().orElseThrow();
        assertThat(pin).matches("\\d{6}");
        Pattern thePin = Pattern.compile("(?<!\\d)" + pin + "(?!\\d)");
        List<String> lines = log.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList();
        assertThat(lines).as("what was logged").isNotEmpty().noneMatch(line -> thePin.matcher(line).find());
        assertThat(lines).anyMatch(line -> line.contains(data.resolve(FirstPin.FILE_NAME).toAbsolutePath().toString()));
        assertThat(Files.readString(data.resolve(FirstPin.FILE_NAME))).contains("changed at the first login");
    }

    @Test
    void theDataFolderIs0700AndTheDatabaseJournalAndPinAre0600() throws Exception {
        assumeTrue(posix(), "POSIX permissions");
        Path data = temp.resolve("data");
        // a folder others could read, as an older version left it
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (TestApp app = TestApp.start(data)) {
            assertThat(perms(data)).isEqualTo("rwx------");
            for (String file : List.of("bistro92.mv.db", "bistro92.journal.0", "bistro92.journal.1",
                    FirstPin.FILE_NAME)) {
                assertThat(data.resolve(file)).exists();
                assertThat(perms(data.resolve(file))).as(file).isEqualTo("rw-------");
            }
        }
    }

    private static String perms(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

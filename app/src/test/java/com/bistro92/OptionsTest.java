package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.menu.Stations;
import com.bistro92.store.PostgresAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsToTheWindowOnPort8092AndHttpsOn8093() {
        Options o = Options.parse(List.of());
        assertThat(o.headless()).isFalse();
        assertThat(o.port()).isEqualTo(8092);
        assertThat(o.tlsPort()).isEqualTo(8093);
        assertThat(o.data().toString()).containsIgnoringCase("bistro92");
    }

    @Test
    void readsEveryFlagInBothForms() {
        Options o = Options.parse(List.of("--headless", "--port", "9000", "--tls-port", "9001", "--data", "/srv/b92"));
        assertThat(o).isEqualTo(new Options(true, false, 9000, 9001, Path.of("/srv/b92")));
        assertThat(Options.parse(List.of("--kitchen")).kitchen()).isTrue();
        assertThat(Options.parse(List.of("--port=0", "--data=x")).port()).isZero();
        assertThat(Options.parse(List.of("--tls-port=0")).tlsPort()).isZero();
    }

    @Test
    void refusesNonsenseWithAClearMessage() {
        assertThatThrownBy(() -> Options.parse(List.of("--port", "http"))).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> Options.parse(List.of("--port", "70000"))).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> Options.parse(List.of("--tls-port", "https"))).hasMessageContaining("--tls-port must be a number");
        assertThatThrownBy(() -> Options.parse(List.of("--tls-port"))).hasMessageContaining("--tls-port needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--port", "9000", "--tls-port", "9000"))).hasMessageContaining("must differ");
        assertThatThrownBy(() -> Options.parse(List.of("--data"))).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--fast"))).hasMessageContaining("Unknown flag: --fast");
        assertThatThrownBy(() -> Options.parse(List.of("--kitchen", "--headless"))).hasMessageContaining("cannot go with");
    }

    @Test
    void stationsChooseWhatTheKitchenViewShows() {
        assertThat(Options.parse(List.of("--kitchen", "--stations", "GRILL,FRY")).stations())
                .isEqualTo(Stations.of(List.of("GRILL", "FRY")));
        assertThat(Options.parse(List.of("--stations=expo")).stations()).isEqualTo(Stations.EXPO);
        assertThat(Options.parse(List.of()).stations()).as("not given: the choice remembered on the PC").isNull();
        assertThat(Options.parse(List.of("--stations", "BAR")).onPorts(1, 2).stations())
                .isEqualTo(Stations.of(List.of("BAR")));
        assertThatThrownBy(() -> Options.parse(List.of("--stations", "EXPO,BAR"))).hasMessageContaining("--stations:");
        assertThatThrownBy(() -> Options.parse(List.of("--stations"))).hasMessageContaining("--stations needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--headless", "--stations", "BAR")))
                .hasMessageContaining("needs the window");
    }

    @Test
    void aDisplayMayBeGivenItsPairingCode() {
        Options o = Options.parse(List.of("--display", "http://127.0.0.1:8092", "--pair-code", "123 456-789012"));
        assertThat(o.pairCode()).isEqualTo("123456789012");
        assertThat(Options.parse(List.of("--display", "http://127.0.0.1:8092")).pairCode()).isNull();
        assertThatThrownBy(() -> Options.parse(List.of("--pair-code", "123456789012")))
                .hasMessageContaining("goes with --display");
        assertThatThrownBy(() -> Options.parse(List.of("--display", "http://127.0.0.1:8092", "--pair-code", "123456")))
                .hasMessageContaining("twelve digits");
    }

    @Test
    void demoHistoryTakesADayCountUpToTenYears() {
        assertThat(Options.parse(List.of("--demo-history", "365")).demoHistory()).isEqualTo(365);
        assertThat(Options.parse(List.of("--demo-history=60")).demoHistory()).isEqualTo(60);
        assertThat(Options.parse(List.of()).demoHistory()).isZero();
        assertThatThrownBy(() -> Options.parse(List.of("--demo-history", "0"))).hasMessageContaining("between 1 and 3650");
        assertThatThrownBy(() -> Options.parse(List.of("--demo-history", "year"))).hasMessageContaining("number of days");
        assertThatThrownBy(() -> Options.parse(List.of("--verify-log", "--demo-history", "5")))
                .hasMessageContaining("--verify-log only checks");
    }

    @Test
    void aPostgresDatabaseIsNamedByAddressAndItsPasswordComesFromAFile(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Options plain = Options.parse(List.of("--database", "postgresql://bistro92@db.local/bistro92", "--data",
                folder.toString()));
        assertThat(plain.database()).isEqualTo(new PostgresAddress("db.local", 5432, "bistro92", "bistro92", null));
        assertThat(plain.database().jdbcUrl()).startsWith("jdbc:postgresql://db.local:5432/bistro92?");

        Path file = folder.resolve("secret");
        java.nio.file.Files.writeString(file, "s3cret\n");
        Options named = Options.parse(List.of("--database=postgresql://b@10.0.0.5:6543/floor2",
                "--database-password-file", file.toString(), "--data", folder.toString()));
        assertThat(named.database()).isEqualTo(new PostgresAddress("10.0.0.5", 6543, "floor2", "b", "s3cret"));
        assertThat(named.database().toString()).as("what the log shows").doesNotContain("s3cret");

        java.nio.file.Files.writeString(folder.resolve(Options.PASSWORD_FILE), "from-the-folder");
        assertThat(Options.parse(List.of("--database", "postgresql://b@h/d", "--data", folder.toString()))
                .database().password()).isEqualTo("from-the-folder");
        assertThat(Options.parse(List.of("--database", "postgresql://b@h/d", "--data", folder.toString()))
                .onPorts(1, 2).database()).as("a restore starts again on the same database").isNotNull();
    }

    @Test
    void aDatabaseAddressThatCannotWorkIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> Options.parse(List.of("--database", "postgresql://b:pw@h/d")))
                .hasMessageContaining("--database-password-file");
        assertThatThrownBy(() -> Options.parse(List.of("--database", "mysql://b@h/d")))
                .hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> Options.parse(List.of("--database", "postgresql://h/d")))
                .hasMessageContaining("which user");
        assertThatThrownBy(() -> Options.parse(List.of("--database", "postgresql://b@h")))
                .hasMessageContaining("Name the database");
        assertThatThrownBy(() -> Options.parse(List.of("--database-password-file", "x")))
                .hasMessageContaining("goes with --database");
        assertThatThrownBy(() -> Options.parse(List.of("--database", "postgresql://b@h/d",
                "--database-password-file", "/no/such/file"))).hasMessageContaining("Cannot read");
        assertThatThrownBy(() -> Options.parse(List.of("--display", "http://10.0.0.1:8092", "--database",
                "postgresql://b@h/d"))).hasMessageContaining("no database of its own");
        assertThatThrownBy(() -> Options.parse(List.of("--migrate-to", "postgresql://b@h/d", "--headless")))
                .hasMessageContaining("--migrate-to copies the data and exits");
        assertThatThrownBy(() -> Options.parse(List.of("--migrate-to", "postgresql://b@h/d", "--database",
                "postgresql://b@h/e"))).hasMessageContaining("--migrate-to copies the data and exits");
    }

    @Test
    void migrateToNamesTheDatabaseTheDataFolderIsCopiedInto() {
        Options o = Options.parse(List.of("--migrate-to", "postgresql://b@h:5433/d", "--data", "/srv/b92"));
        assertThat(o.migrate()).isTrue();
        assertThat(o.database()).isEqualTo(new PostgresAddress("h", 5433, "d", "b", null));
        assertThat(o.data()).isEqualTo(Path.of("/srv/b92"));
        assertThat(Options.parse(List.of("--database", "postgresql://b@h/d")).migrate()).isFalse();
    }
}

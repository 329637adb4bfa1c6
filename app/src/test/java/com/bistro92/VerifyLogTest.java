package com.bistro92;

import static com.bistro92.db.Tables.ORDER_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bistro92 --verify-log}: one line and an exit code, without a server or a window. */
class VerifyLogTest {

    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {
    }

    /** Verifies the data the tests' suites kept for {@code folder} (in it, or in its PostgreSQL database). */
    private Run verify(Path folder) {
        return verify(TestDatabase.choose(new Options(true, false, 0, 0, folder, true)));
    }

    private Run verify(Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyLog.run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).strip(),
                err.toString(StandardCharsets.UTF_8).strip());
    }

    private void placeOrders(int orders) throws Exception {
        try (TestApp app = TestApp.start(data)) {
            for (int i = 0; i < orders; i++) {
                app.app().orders().place(new NewOrder("Table 4", List.of(new NewOrder.Line("Espresso", 1, "")), "",
                        OrderSource.SEED, null)).join();
            }
        }
    }

    @Test
    void anIntactLogPrintsItsLengthAndExitsZero() throws Exception {
        placeOrders(3);
        assertThat(verify(data)).isEqualTo(new Run(0, "Event log intact: 3 events, last #3", ""));
    }

    @Test
    void aRowEditedThroughPlainSqlIsNamedAndExitsOne() throws Exception {
        placeOrders(4);
        try (TestApp app = TestApp.start(data)) {
            app.app().database().dsl().update(ORDER_EVENT)
                    .set(ORDER_EVENT.PAYLOAD, ORDER_EVENT.PAYLOAD.replace("Espresso", "Ristretto"))
                    .where(ORDER_EVENT.SEQ.eq(2L)).execute();
        }
        Run run = verify(data);
        assertThat(run.exit()).isOne();
        assertThat(run.out()).isEqualTo("Event log broken at #2: its content or its hash was changed");
    }

    @Test
    void aFolderWithoutADatabaseCannotBeCheckedAndCreatesNothing() {
        Path empty = data.resolve("nothing-here");
        Run run = verify(new Options(true, false, 0, 0, empty, true));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("No Bistro92 database in");
        assertThat(empty).doesNotExist();
    }

    @Test
    void theFlagGoesWithDataAlone() {
        Options o = Options.parse(List.of("--verify-log", "--data", data.toString()));
        assertThat(o.verifyLog()).isTrue();
        assertThat(o.data()).isEqualTo(data);
        assertThat(Options.parse(List.of()).verifyLog()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse(List.of("--verify-log", "--headless")))
                .hasMessageContaining("--verify-log");
    }
}

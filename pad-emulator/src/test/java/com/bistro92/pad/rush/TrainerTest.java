package com.bistro92.pad.rush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.order.Order;
import com.bistro92.order.OrderFilter;
import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.Transport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainerTest {

    @TempDir
    Path data;

    /** Parses as the command line does: picocli first, then the trainer's own checks. */
    private static Trainer.Plan plan(String... args) {
        TrainerCommand command = new TrainerCommand(System.out);
        new CommandLine(command).parseArgs(args);
        return command.plan();
    }

    @Test
    void defaultsAreAGentleTenMinutesOverTwelveTables() {
        Trainer.Plan plan = plan();
        assertThat(plan.perMinute()).isEqualTo(6);
        assertThat(plan.length()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.tables()).isEqualTo(12);
    }

    @Test
    void nonsenseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> plan("--per-minute", "0")).hasMessageContaining("between 1 and 600");
        assertThatThrownBy(() -> plan("--tables", "lots")).hasMessageContaining("'lots' is not an int");
        assertThatThrownBy(() -> plan("--speed", "9")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> plan("--minutes", "2", "--seconds", "5")).hasMessageContaining("not both");
        assertThatThrownBy(() -> plan("--server", "ftp://x")).hasMessageContaining("http:// or https://");
    }

    @Test
    void theServerAndALengthInSecondsAreTaken() {
        Trainer.Plan plan = plan("--server", "http://127.0.0.1:18092/", "--seconds", "5");
        assertThat(plan.url()).hasToString("http://127.0.0.1:18092");
        assertThat(plan.length()).isEqualTo(Duration.ofSeconds(5));
        assertThat(plan("--url", "http://127.0.0.1:18093").url()).hasToString("http://127.0.0.1:18093");
    }

    @Test
    void itSendsRealOrdersOnScheduleToTheChosenTables() throws Exception {
        try (Bistro92 app = CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
             Transport transport = Transport.start()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            TrainerCommand command = new TrainerCommand(System.out);
            new CommandLine(command).parseArgs("--server", "http://127.0.0.1:" + app.port(), "--per-minute", "600",
                    "--seconds", "2", "--tables", "3", "--items", "Espresso,Iced Tea");
            int code = new Trainer(transport.http(), Json.newMapper(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8)).send(command.plan());
            assertThat(code).isZero();
            List<Order> orders = new ArrayList<>();
            orders.addAll(app.orders().page(OrderFilter.ALL, null, 100_000));
            assertThat(orders).hasSize(20);
            assertThat(orders).extracting(Order::table).containsOnly("Table 1", "Table 2", "Table 3");
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("done, 20 sent, 0 failed");
        }
    }
}

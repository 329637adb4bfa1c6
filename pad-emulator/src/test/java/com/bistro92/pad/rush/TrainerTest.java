package com.bistro92.pad.rush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.order.Order;
import com.bistro92.order.OrderFilter;
import com.bistro92.pad.Json;
import com.bistro92.pad.Transport;
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

class TrainerTest {

    @TempDir
    Path data;

    @Test
    void defaultsAreAGentleTenMinutesOverTwelveTables() {
        Trainer.Plan plan = Trainer.parse(List.of());
        assertThat(plan.perMinute()).isEqualTo(6);
        assertThat(plan.length()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.tables()).isEqualTo(12);
    }

    @Test
    void nonsenseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Trainer.parse(List.of("--per-minute", "0"))).hasMessageContaining("between 1 and 600");
        assertThatThrownBy(() -> Trainer.parse(List.of("--tables", "lots"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Trainer.parse(List.of("--speed", "9"))).hasMessageContaining("unknown option");
    }

    @Test
    void itSendsRealOrdersOnScheduleToTheChosenTables() throws Exception {
        try (Bistro92 app = Bistro92.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
             Transport transport = Transport.start()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int code = Trainer.run(List.of("--url", "http://127.0.0.1:" + app.port(), "--per-minute", "600",
                    "--seconds", "2", "--tables", "3", "--items", "Espresso,Iced Tea"),
                    new PrintStream(printed, true, StandardCharsets.UTF_8), transport.http(), Json.newMapper());
            assertThat(code).isZero();
            List<Order> orders = new ArrayList<>();
            orders.addAll(app.orders().page(OrderFilter.ALL, null, 100_000));
            assertThat(orders).hasSize(20);
            assertThat(orders).extracting(Order::table).containsOnly("Table 1", "Table 2", "Table 3");
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("done, 20 sent, 0 failed");
        }
    }
}

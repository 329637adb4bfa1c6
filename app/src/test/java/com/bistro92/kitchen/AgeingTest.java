package com.bistro92.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgeingTest {

    @Test
    void ticketsAreFreshThenWarningAtFiveMinutesThenLateAtTen() {
        Ageing a = Ageing.DEFAULT;
        assertThat(a.of(Duration.ZERO)).isEqualTo(Ageing.Age.FRESH);
        assertThat(a.of(Duration.ofSeconds(299))).isEqualTo(Ageing.Age.FRESH);
        assertThat(a.of(Duration.ofMinutes(5))).isEqualTo(Ageing.Age.WARNING);
        assertThat(a.of(Duration.ofSeconds(599))).isEqualTo(Ageing.Age.WARNING);
        assertThat(a.of(Duration.ofMinutes(10))).isEqualTo(Ageing.Age.LATE);
    }

    @Test
    void thresholdsAreConfigurableButMustBeInOrder() {
        Ageing quick = new Ageing(Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(quick.of(Duration.ofMinutes(2))).isEqualTo(Ageing.Age.WARNING);
        assertThatThrownBy(() -> new Ageing(Duration.ofMinutes(8), Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTimerReadsMinutesAndSeconds() {
        assertThat(Ageing.clock(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(Ageing.clock(Duration.ofSeconds(247))).isEqualTo("4:07");
        assertThat(Ageing.clock(Duration.ofSeconds(3735))).isEqualTo("1:02:15");
        assertThat(Ageing.clock(Duration.ofSeconds(-3))).isEqualTo("0:00");
    }
}

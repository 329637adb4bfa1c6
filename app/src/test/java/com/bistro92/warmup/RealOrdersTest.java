package com.bistro92.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When the warm-up gives way: real orders faster than its rate, within the last second. */
class RealOrdersTest {

    private long now;
    private final RealOrders real = new RealOrders(4, () -> now);

    private void after(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aTrickleAtTheRateNeverMakesItBusy() {
        for (int i = 0; i < 40; i++) {
            real.hear();
            assertThat(real.busy()).as("order %d", i).isFalse();
            after(250);
        }
        assertThat(real.heard()).isEqualTo(40);
    }

    @Test
    void oneOrderMoreThanTheRateWithinASecondMakesItBusyUntilTheSecondHasPassed() {
        for (int i = 0; i < 4; i++) {
            real.hear();
            after(100);
        }
        assertThat(real.busy()).isFalse();
        real.hear();
        assertThat(real.busy()).isTrue();
        // the first of the five came 400 ms before the fifth: busy for 600 ms more
        after(599);
        assertThat(real.busy()).isTrue();
        after(1);
        assertThat(real.busy()).isFalse();
    }

    @Test
    void aRushKeepsItBusyAndItCalmsDownASecondAfterTheRushEnds() {
        for (int i = 0; i < 500; i++) {
            real.hear();
            after(2);
            assertThat(real.busy()).isEqualTo(i >= 4);
        }
        // the fifth-last order came 8 ms before the last
        after(980);
        assertThat(real.busy()).isTrue();
        after(10);
        assertThat(real.busy()).isFalse();
        after(1_000);
        real.hear();
        assertThat(real.busy()).as("one order after the rush").isFalse();
    }
}

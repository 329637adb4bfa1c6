package com.bistro92.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.order.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The incremental all-day counts always equal a full recount, whatever the changes. */
class AllDayTallyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void equalsAFullRecountAfterEveryRandomChange(long seed) {
        RandomTickets made = new RandomTickets(seed);
        AllDayTally tally = new AllDayTally();
        Map<Long, Order> open = new HashMap<>();
        long nextId = 1;
        for (int step = 0; step < 2_000; step++) {
            List<Long> ids = new ArrayList<>(open.keySet());
            int what = made.nextInt(10);
            if (ids.isEmpty() || what < 4) {
                Order added = made.newTicket(nextId++);
                tally.replace(null, added);
                open.put(added.id(), added);
            } else if (what < 8) {
                Order before = open.get(ids.get(made.nextInt(ids.size())));
                Order after = made.changed(before);
                tally.replace(before, after);
                open.put(after.id(), after);
            } else {
                Order gone = open.remove(ids.get(made.nextInt(ids.size())));
                tally.replace(gone, null);
            }
            assertThat(tally.lines()).as("seed %d, step %d", seed, step).isEqualTo(AllDay.of(open.values()));
        }
        open.values().forEach(o -> tally.replace(o, null));
        assertThat(tally.lines()).as("nothing pending once every ticket has left").isEmpty();
    }
}

package com.bistro92.waittime;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.demo.DemoKitchen;
import com.bistro92.order.ReadyEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wait-time model on the demo history's kitchen (no database): right on days it did not learn
 * from, slower when the rail is full, and silent with too little history. The figures of
 * docs/performance.md come from {@link WaitTimeBench}, over several seeds; here one seed, whose
 * days are always the same, so the bounds hold or fail the same way on every machine.
 */
class WaitModelTest {

    @Test
    void onDaysItDidNotLearnFromHalfTheFoodTicketsAreReadyWithinTwoMinutesOfTheEstimate() {
        WaitAccuracy food = WaitAccuracy.measure(1, WaitAccuracy.Which.FOOD);
        assertThat(food.tickets()).isGreaterThan(300);
        assertThat(food.shown()).as("an estimate for every ticket of dishes with history").isEqualTo(1.0);
        assertThat(food.within2()).as("the aim: half within ±2 min").isGreaterThanOrEqualTo(0.5);
        assertThat(food.maeMin()).isLessThan(2.0);
        assertThat(food.inRange()).as("the range holds four tickets in five").isBetween(0.7, 0.95);
    }

    @Test
    void aFullRailMakesTheSameTicketSlowerAndADishWithTooLittleHistoryGivesNoEstimate() {
        List<TicketTime> learn = new ArrayList<>();
        DemoKitchen.days(java.time.LocalDate.of(2026, 11, 30), 28, 7, java.time.ZoneId.of("UTC")).forEach(learn::addAll);
        WaitModel model = WaitModel.learn(learn, DemoKitchen.prepSeconds());
        // the Classic Burger (item 6, the grill) with a side of fries
        List<TicketTime.Line> burger = List.of(new TicketTime.Line(6, "GRILL"), new TicketTime.Line(11, "FRY"));
        ReadyEstimate quiet = model.estimate(burger, 0).orElseThrow();
        ReadyEstimate busy = model.estimate(burger, 12).orElseThrow();
        assertThat(busy.middleS()).as("twelve tickets ahead").isGreaterThan(quiet.middleS() + 60);
        assertThat(quiet.middleS()).as("a burger takes minutes, not seconds or hours").isBetween(6 * 60, 16 * 60);

        assertThat(model.estimate(List.of(new TicketTime.Line(999, "GRILL")), 0)).as("a new dish").isEmpty();
        WaitModel young = WaitModel.learn(learn.subList(0, 3), DemoKitchen.prepSeconds());
        assertThat(young.estimate(burger, 0)).as("three tickets of history").isEmpty();
        assertThat(WaitModel.learn(List.of(), Map.of()).estimate(burger, 0)).isEmpty();
    }
}

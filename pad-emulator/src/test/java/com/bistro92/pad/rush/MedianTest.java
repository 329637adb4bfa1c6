package com.bistro92.pad.rush;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedianTest {

    @Test
    void anOddCountTakesTheMiddleValue() {
        assertEquals(5.0, Median.of(9, 1, 5));
    }

    @Test
    void anEvenCountAveragesTheMiddleTwo() {
        assertEquals(3.5, Median.of(4, 1, 3, 10));
    }

    @Test
    void unmeasuredValuesAreLeftOut() {
        assertEquals(2.0, Median.of(Double.NaN, 2, Double.NaN));
        assertTrue(Double.isNaN(Median.of()));
        assertTrue(Double.isNaN(Median.of(Double.NaN)));
    }

    @Test
    void figuresAreMedianedByNameAcrossRuns() {
        List<RunSummary> runs = List.of(
                run(new Figure("p50", 10, "ms"), new Figure("ok", 500, "")),
                run(new Figure("p50", 30, "ms"), new Figure("ok", 498, "")),
                run(new Figure("p50", 20, "ms"), new Figure("ok", 500, "")));

        List<Figure> medians = Median.across(runs);

        assertEquals(List.of(new Figure("p50", 20, "ms"), new Figure("ok", 500, "")), medians);
    }

    @Test
    void aFailedRunWithoutFiguresDoesNotCount() {
        List<RunSummary> runs = List.of(
                run(new Figure("p50", 10, "ms")),
                RunSummary.failed(Mode.BURST, "", "", "refused"),
                run(new Figure("p50", 14, "ms")));

        assertEquals(List.of(new Figure("p50", 12, "ms")), Median.across(runs));
    }

    private static RunSummary run(Figure... figures) {
        return new RunSummary(Mode.BURST, "load", "POST sent -> 201", List.of(figures), List.of(), true);
    }
}

package com.bistro92.pad.rush;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Medians of figures across repeated runs. */
final class Median {

    private Median() {
    }

    /** The median of the values that are not NaN (mean of the middle two for an even count); NaN if none. */
    static double of(double... values) {
        double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (known.length == 0) {
            return Double.NaN;
        }
        int middle = known.length / 2;
        return known.length % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
    }

    /** One figure per name, in first-seen order, holding the median of that figure over all runs. */
    static List<Figure> across(List<RunSummary> runs) {
        Map<String, List<Figure>> byName = new LinkedHashMap<>();
        for (RunSummary run : runs) {
            for (Figure figure : run.figures()) {
                byName.computeIfAbsent(figure.name(), name -> new ArrayList<>()).add(figure);
            }
        }
        List<Figure> medians = new ArrayList<>();
        for (List<Figure> figures : byName.values()) {
            double median = of(figures.stream().mapToDouble(Figure::value).toArray());
            medians.add(new Figure(figures.getFirst().name(), median, figures.getFirst().unit()));
        }
        return medians;
    }
}

package com.bistro92.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Splits and tax: the shares always add up to the amount, to the cent. */
class SplitTest {

    private static BigDecimal sum(List<BigDecimal> shares) {
        return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> money(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void anEvenSplitGivesTheOddCentsToTheFirstGuests() {
        assertThat(Split.evenly(new BigDecimal("100.00"), 3)).isEqualTo(money("33.34", "33.33", "33.33"));
        assertThat(Split.evenly(new BigDecimal("0.05"), 4)).isEqualTo(money("0.02", "0.01", "0.01", "0.01"));
        assertThat(Split.evenly(new BigDecimal("10.00"), 1)).isEqualTo(money("10.00"));
        assertThatThrownBy(() -> Split.evenly(BigDecimal.TEN, 0)).isInstanceOf(Problem.class);
    }

    @Test
    void aSplitByItemFollowsWhatEachGuestHadAndAddsUp() {
        // 12.00 and 6.00 of items, with 10% tax on top: 19.80 in all
        assertThat(Split.proportionally(new BigDecimal("19.80"), money("12.00", "6.00")))
                .isEqualTo(money("13.20", "6.60"));
        List<BigDecimal> thirds = Split.proportionally(new BigDecimal("10.00"), money("1", "1", "1"));
        assertThat(sum(thirds)).isEqualByComparingTo("10.00");
        assertThat(Split.proportionally(new BigDecimal("5.00"), money("0", "3.50"))).isEqualTo(money("0.00", "5.00"));
    }

    @Test
    void aSplitByAmountLeavesTheRestAsTheLastShareAndRefusesTooMuch() {
        assertThat(Split.byAmounts(new BigDecimal("50.00"), money("20", "12.5")))
                .isEqualTo(money("20.00", "12.50", "17.50"));
        assertThat(Split.byAmounts(new BigDecimal("50.00"), money("30", "20"))).isEqualTo(money("30.00", "20.00"));
        assertThatThrownBy(() -> Split.byAmounts(new BigDecimal("50.00"), money("30", "20.01")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors().getFirst().message())
                        .contains("50.01"));
        assertThatThrownBy(() -> Split.byAmounts(BigDecimal.TEN, money("1.005"))).isInstanceOf(Problem.class);
    }

    @Test
    void noSplitEverLosesOrMakesUpACent() {
        Random random = new Random(92);
        for (int run = 0; run < 5_000; run++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
            int guests = 1 + random.nextInt(12);
            assertThat(sum(Split.evenly(amount, guests))).isEqualByComparingTo(amount);
            List<BigDecimal> weights = new ArrayList<>();
            for (int g = 0; g < guests; g++) {
                weights.add(BigDecimal.valueOf(random.nextInt(10_000), 2));
            }
            weights.set(0, weights.getFirst().add(BigDecimal.ONE));
            List<BigDecimal> shares = Split.proportionally(amount, weights);
            assertThat(sum(shares)).isEqualByComparingTo(amount);
            assertThat(shares).allSatisfy(s -> assertThat(s.scale()).isEqualTo(2));
        }
    }

    @Test
    void taxIsWorkedOutOnceOnTheSubtotal() {
        Tax included = new Tax(new BigDecimal("10"), true);
        assertThat(included.on(new BigDecimal("110.00")))
                .isEqualTo(new Tax.Amounts(new BigDecimal("110.00"), new BigDecimal("10.00"), new BigDecimal("110.00")));
        Tax added = new Tax(new BigDecimal("8.875"), false);
        Tax.Amounts a = added.on(new BigDecimal("19.99"));
        assertThat(a.tax()).isEqualByComparingTo("1.77");
        assertThat(a.total()).isEqualByComparingTo("21.76");
        assertThat(Tax.NONE.on(new BigDecimal("7.50")).total()).isEqualByComparingTo("7.50");
    }
}

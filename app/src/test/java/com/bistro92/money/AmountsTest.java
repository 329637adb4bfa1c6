package com.bistro92.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one check of money from outside: in whole cents, within its range and its column, whatever the exponent. */
class AmountsTest {

    private static String problem(String value) {
        return Amounts.problem(new BigDecimal(value), Amounts.CENT, Amounts.COLUMN_MAX);
    }

    @Test
    void amountsInWholeCentsWithinTheColumnAreAccepted() {
        for (String ok : List.of("0.01", "12.5", "12.50", "12.500000", "9999999999.99", "1e2", "1.0E+3", "2000e-3")) {
            assertThat(problem(ok)).as(ok).isNull();
        }
    }

    @Test
    void amountsPastTheColumnOrFinerThanACentOrBelowTheMinimumAreRefused() {
        for (String bad : List.of("10000000000", "9999999999.991", "1e20", "1e400", "1e1000000", "-1e1000000",
                "1e-1000000", "1.001", "0.005", "0", "-0.00", "-1", "1" + "0".repeat(500),
                "0." + "0".repeat(500) + "1")) {
            assertThat(problem(bad)).as(bad).isEqualTo("must be from 0.01 to 9999999999.99, in whole cents");
        }
        assertThat(Amounts.problem(null, BigDecimal.ZERO, Amounts.COLUMN_MAX)).isNotNull();
    }

    @Test
    void decimalsAreCountedWithoutTrailingZerosAndWithoutArithmeticOnTheExponent() {
        assertThat(Amounts.atMostDecimals(new BigDecimal("1.500"), 1)).isTrue();
        assertThat(Amounts.atMostDecimals(new BigDecimal("1.05"), 1)).isFalse();
        assertThat(Amounts.atMostDecimals(new BigDecimal("0E-1000000"), 2)).isTrue();
        assertThat(Amounts.atMostDecimals(new BigDecimal("1E-1000000"), 2)).isFalse();
        assertThat(Amounts.atMostDecimals(new BigDecimal("1000E-5"), 2)).isTrue();
        assertThat(Amounts.atMostDecimals(new BigDecimal("1E+1000000"), 0)).isTrue();
    }

    @Test
    void onlyPlainDecimalsAreReadFromText() {
        assertThat(Amounts.parse(" 12,50 ")).isEqualByComparingTo("12.50");
        assertThat(Amounts.parse("-3")).isEqualByComparingTo("-3");
        for (String bad : List.of("1e9", "1E+400", "NaN", "Infinity", "1,000.00", "12.", ".5", "", "1" + "0".repeat(12),
                "0.1234567890")) {
            assertThat(Amounts.parse(bad)).as(bad).isNull();
        }
        assertThat(Amounts.parse(null)).isNull();
    }
}

package com.bistro92.bill;

import com.bistro92.money.Amounts;
import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ways to split an amount between guests. Every split works in whole cents and gives out the cents
 * that do not divide evenly one at a time, largest remainder first, so the shares always add up to
 * the amount exactly: no cent is lost or made up.
 */
public final class Split {

    /** The most guests a bill is split between. */
    public static final int MAX_GUESTS = 99;

    private Split() {
    }

    /** {@code amount} in {@code guests} equal shares, the first ones a cent more where it does not divide. */
    public static List<BigDecimal> evenly(BigDecimal amount, int guests) {
        if (guests < 1 || guests > MAX_GUESTS) {
            throw refused("guests", "Split between 1 and " + MAX_GUESTS + " guests");
        }
        return proportionally(amount, IntStream.range(0, guests).mapToObj(i -> BigDecimal.ONE).toList());
    }

    /**
     * {@code amount} in shares proportional to {@code weights} (each ≥ 0, not all 0): how a bill
     * with tax is split by item, each guest's items being their weight.
     */
    public static List<BigDecimal> proportionally(BigDecimal amount, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.isEmpty() || sum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw refused("weights", "Give every guest something to pay");
        }
        BigInteger cents = amount.movePointRight(2).toBigIntegerExact();
        List<BigInteger> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exact = new BigDecimal(cents).multiply(w).divide(sum, 12, java.math.RoundingMode.DOWN);
            BigInteger whole = exact.toBigInteger();
            shares.add(whole);
            remainders.add(exact.subtract(new BigDecimal(whole)));
            given = given.add(whole);
        }
        int left = cents.subtract(given).intValueExact();
        List<Integer> order = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            shares.set(i, shares.get(i).add(BigInteger.ONE));
        }
        return shares.stream().map(c -> new BigDecimal(c, 2)).toList();
    }

    /**
     * Guests who each name what they pay, in exact cents; what is left of {@code amount}, if
     * anything, is one last share.
     */
    public static List<BigDecimal> byAmounts(BigDecimal amount, List<BigDecimal> named) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal a : named) {
            if (Amounts.problem(a, Amounts.CENT, Amounts.COLUMN_MAX) != null) {
                throw refused("amounts", "Each amount must be more than 0, in whole cents");
            }
            sum = sum.add(a);
        }
        if (sum.compareTo(amount) > 0) {
            throw refused("amounts", "The amounts come to " + sum.setScale(2) + ", more than the "
                    + amount.setScale(2) + " to pay");
        }
        List<BigDecimal> shares = new ArrayList<>(named.stream().map(a -> a.setScale(2)).toList());
        BigDecimal rest = amount.subtract(sum);
        if (rest.signum() > 0) {
            shares.add(rest.setScale(2));
        }
        return List.copyOf(shares);
    }

    private static Problem refused(String field, String message) {
        return Problem.unprocessable("Cannot split the bill", List.of(new Problem.FieldError(field, message)));
    }
}

package com.bistro92.demo;

import com.bistro92.bill.Payment;
import com.bistro92.bill.Split;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How a made-up party settles its bill for {@link HistoryDay}: in full, as the suite takes it.
 * Most pay once, some split the bill evenly ({@link Split#evenly}, to the cent); each share by card
 * (usually with a tip, rounded up as a card reader offers it), in cash (notes handed over, change
 * given, sometimes "keep the change") or now and then by voucher. The payments add up to the bill
 * exactly, so the bill's money rule ({@code 0 ≤ payments − refunds ≤ total}) holds with nothing left
 * to pay, and the last payment closes the table, as {@link com.bistro92.bill.Bills} does.
 */
final class HistoryBill {

    /** One payment: what it takes off the bill, the tip on top, and the cash handed over (null but for cash). */
    record Pay(Payment.Method method, BigDecimal amount, BigDecimal tip, BigDecimal tendered, Instant at) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** Notes a guest hands over, smallest first. */
    private static final int[] NOTES = {5, 10, 20, 50, 100};

    private final RandomGenerator random;

    HistoryBill(RandomGenerator random) {
        this.random = random;
    }

    /** The payments of a bill of {@code total} (more than zero) asked for at {@code asked}, in the order taken. */
    List<Pay> settle(BigDecimal total, int guests, Instant asked) {
        List<BigDecimal> shares = List.of(total);
        if (guests >= 2 && random.nextDouble() < 0.18) {
            int ways = guests > 3 && random.nextDouble() < 0.5 ? 2 : guests;
            shares = Split.evenly(total, ways);
        }
        List<Pay> pays = new ArrayList<>(shares.size());
        Instant at = asked.plusSeconds(60 + random.nextInt(180));
        for (BigDecimal share : shares) {
            pays.add(pay(share, at));
            at = at.plusSeconds(20 + random.nextInt(70));
        }
        return pays;
    }

    private Pay pay(BigDecimal amount, Instant at) {
        double u = random.nextDouble();
        if (u < 0.30) {
            return cash(amount, at);
        }
        if (u < 0.97) {
            return card(amount, at);
        }
        return new Pay(Payment.Method.OTHER, amount, ZERO, null, at);
    }

    /** Most card payers tip: 5 to 12 percent, the total then rounded up to the euro. */
    private Pay card(BigDecimal amount, Instant at) {
        BigDecimal tip = ZERO;
        if (random.nextDouble() < 0.78) {
            BigDecimal withTip = amount.multiply(BigDecimal.valueOf(1.05 + 0.07 * random.nextDouble()));
            tip = withTip.setScale(0, RoundingMode.CEILING).subtract(amount).setScale(2);
        }
        return new Pay(Payment.Method.CARD, amount, tip, null, at);
    }

    /** Notes handed over; about half round up and leave the rest as a tip, the others take their change. */
    private Pay cash(BigDecimal amount, Instant at) {
        BigDecimal tip = ZERO;
        if (random.nextDouble() < 0.5) {
            int step = amount.compareTo(BigDecimal.valueOf(40)) > 0 ? 5 : 1;
            BigDecimal rounded = roundUp(amount.multiply(BigDecimal.valueOf(1.03 + 0.07 * random.nextDouble())), step);
            tip = rounded.subtract(amount).setScale(2);
        }
        BigDecimal owed = amount.add(tip);
        int note = NOTES[random.nextInt(NOTES.length)];
        BigDecimal tendered = roundUp(owed, note);
        if (random.nextDouble() < 0.15) {
            tendered = owed;
        }
        return new Pay(Payment.Method.CASH, amount, tip, tendered.setScale(2), at);
    }

    private static BigDecimal roundUp(BigDecimal amount, int step) {
        BigDecimal s = BigDecimal.valueOf(step);
        return amount.divide(s, 0, RoundingMode.CEILING).multiply(s).setScale(2);
    }
}

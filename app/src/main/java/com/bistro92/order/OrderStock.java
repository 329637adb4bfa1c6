package com.bistro92.order;

import com.bistro92.journal.Tx;
import java.util.List;

/**
 * The counts on hand an order takes from, inside the order's own command: an order the stock cannot
 * cover is refused (a {@link com.bistro92.problem.Problem} 422 saying what is short) and writes nothing.
 */
public interface OrderStock {

    /** Takes what {@code items} need from the counts, or refuses the order. */
    void take(Tx tx, List<OrderItem> items);
}

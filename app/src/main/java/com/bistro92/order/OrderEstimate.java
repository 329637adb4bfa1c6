package com.bistro92.order;

import java.util.List;
import java.util.Optional;

/**
 * How long a new order will take, from the live kitchen and its history, told to its guests; none
 * when the history is too short to say.
 */
public interface OrderEstimate {

    Optional<ReadyEstimate> estimate(List<OrderItem> items);
}

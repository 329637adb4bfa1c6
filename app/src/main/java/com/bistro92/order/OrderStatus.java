package com.bistro92.order;

import java.util.Set;

/**
 * Where an order is in its life: PLACED → RECEIVED → PREPARING → READY → DELIVERED,
 * or CANCELLED at any point before DELIVERED.
 */
public enum OrderStatus {
    PLACED, RECEIVED, PREPARING, READY, DELIVERED, CANCELLED;

    /** Statuses in which an order still needs the kitchen or the floor. */
    public static final Set<OrderStatus> OPEN = Set.of(PLACED, RECEIVED, PREPARING, READY);

    /** Whether the lifecycle allows going from this status straight to {@code next}. */
    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PLACED -> next == RECEIVED || next == CANCELLED;
            case RECEIVED -> next == PREPARING || next == CANCELLED;
            case PREPARING -> next == READY || next == CANCELLED;
            case READY -> next == DELIVERED || next == CANCELLED;
            case DELIVERED, CANCELLED -> false;
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

package com.bistro92.order;

import java.util.Set;

/**
 * Where an order is in its life: PLACED → RECEIVED → PREPARING → READY → DELIVERED,
 * or CANCELLED at any point before DELIVERED. The kitchen may also step one status back
 * (READY → PREPARING to recall a ticket, PREPARING → RECEIVED to undo a bump).
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
            case PREPARING -> next == READY || next == RECEIVED || next == CANCELLED;
            case READY -> next == DELIVERED || next == PREPARING || next == CANCELLED;
            case DELIVERED, CANCELLED -> false;
        };
    }

    /** Statuses whose tickets are on the kitchen's queue. */
    public static final Set<OrderStatus> KITCHEN = Set.of(PLACED, RECEIVED, PREPARING);

    /** The kitchen's next step from here, or null when the kitchen is done with it. */
    public OrderStatus kitchenNext() {
        return switch (this) {
            case PLACED -> RECEIVED;
            case RECEIVED -> PREPARING;
            case PREPARING -> READY;
            default -> null;
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

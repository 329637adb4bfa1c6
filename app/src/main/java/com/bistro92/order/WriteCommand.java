package com.bistro92.order;

/** The changes that go through the order writer, one transaction per group of them. */
sealed interface WriteCommand {

    record Place(NewOrder order) implements WriteCommand {
    }

    /** @param expectedVersion the version the client saw, or null to skip the check */
    record ChangeStatus(long orderId, OrderStatus to, Integer expectedVersion) implements WriteCommand {
    }
}

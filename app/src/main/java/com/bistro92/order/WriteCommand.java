package com.bistro92.order;

/** The changes that go through the order writer, one transaction per group of them. */
sealed interface WriteCommand {

    record Place(NewOrder order) implements WriteCommand {
    }

    /** @param expectedVersion the version the client saw, or null to skip the check */
    record ChangeStatus(long orderId, OrderStatus to, Integer expectedVersion) implements WriteCommand {
    }

    /** @param padId the pad that asked, or null when staff raised it */
    record RequestService(int tableId, Integer padId, ServiceCall.Kind kind) implements WriteCommand {
    }

    record AcknowledgeService(long callId) implements WriteCommand {
    }

    /** 86 a menu item (available false) or bring it back. */
    record SetAvailability(int menuItemId, boolean available) implements WriteCommand {
    }
}

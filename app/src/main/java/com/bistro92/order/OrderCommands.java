package com.bistro92.order;

import com.bistro92.journal.Command;
import com.bistro92.journal.Tx;
import java.util.Optional;

/** The order feature's commands, applied by the journal's writer. */
final class OrderCommands {

    private OrderCommands() {
    }

    record PlaceOrder(NewOrder order, OrderChanges changes) implements Command<Placement> {
        @Override
        public Placement apply(Tx tx) {
            return changes.place(tx, order);
        }
    }

    /** @param expectedVersion the version the client saw, or null to skip that check */
    record ChangeStatus(long orderId, OrderStatus to, Integer expectedVersion, Integer by, OrderChanges changes)
            implements Command<Order> {
        @Override
        public Order apply(Tx tx) {
            return changes.changeStatus(tx, orderId, to, expectedVersion, by);
        }
    }

    /** A void or a comp, with the manager's approval when its maker needs one. */
    record Adjust(Adjustment adjustment, Integer expectedVersion, OrderChanges changes) implements Command<Order> {
        @Override
        public Order apply(Tx tx) {
            return changes.adjust(tx, adjustment, expectedVersion);
        }
    }

    /** Lines done or undone, held or fired, or the order marked urgent or not. */
    record ChangeTicket(TicketChange change, Integer expectedVersion, TicketChanges changes) implements Command<Order> {
        @Override
        public Order apply(Tx tx) {
            return changes.apply(tx, change, expectedVersion);
        }
    }

    /** A kitchen screen showed the ticket. */
    record ReceiveOrder(long orderId, Integer by, OrderChanges changes) implements Command<Optional<Order>> {
        @Override
        public Optional<Order> apply(Tx tx) {
            return changes.receive(tx, orderId, by);
        }
    }

    /** @param padId the pad that asked, or null when staff raised it */
    record RequestService(int tableId, Integer padId, ServiceCall.Kind kind, ServiceCalls calls)
            implements Command<ServiceCall.Outcome> {
        @Override
        public ServiceCall.Outcome apply(Tx tx) {
            return calls.ask(tx, tableId, padId, kind);
        }
    }

    record AcknowledgeService(long callId, Integer by, ServiceCalls calls) implements Command<ServiceCall.Outcome> {
        @Override
        public ServiceCall.Outcome apply(Tx tx) {
            return calls.acknowledge(tx, callId, by);
        }
    }
}

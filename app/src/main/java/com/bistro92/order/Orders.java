package com.bistro92.order;

import com.bistro92.journal.Journal;
import com.bistro92.journal.LogEntry;
import com.bistro92.menu.MenuLookup;
import com.bistro92.order.OrderCommands.AcknowledgeService;
import com.bistro92.order.OrderCommands.Adjust;
import com.bistro92.order.OrderCommands.ChangeStatus;
import com.bistro92.order.OrderCommands.ChangeTicket;
import com.bistro92.order.OrderCommands.PlaceOrder;
import com.bistro92.order.OrderCommands.ReceiveOrder;
import com.bistro92.order.OrderCommands.RequestService;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableSessions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;

/**
 * The order feature's entry point: places orders, moves them along their lifecycle, takes calls
 * for service, and reads them back. Every change is a command on the {@link Journal}; its event
 * reaches the one stream once the change is durable.
 */
public final class Orders {

    private final Journal journal;
    private final OrderChanges changes;
    private final TicketChanges tickets;
    private final ServiceCalls calls;
    private final OrderQueries queries;
    private final DSLContext reads;
    private final Clock clock;

    /**
     * @param stock     the counts on hand each order takes from
     * @param estimates how long each new order will take, told to its guests
     */
    public Orders(Journal journal, DSLContext reads, TableDirectory tables, TableSessions sessions, MenuLookup menu,
                  ObjectMapper json, Clock clock, OrderStock stock, OrderEstimate estimates) {
        OrderRows rows = new OrderRows(json);
        this.journal = journal;
        this.reads = reads;
        this.clock = clock;
        this.changes = new OrderChanges(menu, tables, sessions, rows, json, stock, estimates);
        this.tickets = new TicketChanges(changes, json);
        this.calls = new ServiceCalls(json);
        this.queries = new OrderQueries(reads, rows);
        OrderEventsRead.register(journal.otherNodes(), json, reads, tables);
    }

    /**
     * Places an order. The future completes once the order is durably stored, or fails with a
     * {@link com.bistro92.problem.Problem} that says why it was refused; a refused order writes nothing.
     */
    public CompletableFuture<Placement> place(NewOrder order) {
        try {
            order.validate();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new PlaceOrder(order, changes));
    }

    /**
     * Moves an order to {@code to}. Fails with 409 if the move is not allowed or the order is no
     * longer at {@code expectedVersion} (null skips that check), 404 if there is no such order.
     */
    public CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, Integer expectedVersion) {
        return changeStatus(orderId, to, expectedVersion, null);
    }

    /** As above, made by the member of staff {@code by} (their id goes into the event). */
    public CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, Integer expectedVersion, Integer by) {
        return journal.submit(new ChangeStatus(orderId, to, expectedVersion, by, changes));
    }

    /**
     * Voids an order or comps one of its lines. A member who may not void alone (a server) needs
     * {@code approvedBy}, a manager who entered their PIN on the spot; both are recorded.
     *
     * @param expectedVersion the version the asker saw, or null to skip that check
     * @return the order after the change; the future fails with a {@link com.bistro92.problem.Problem}
     *         and nothing written when the adjustment is refused
     */
    public CompletableFuture<Order> adjust(Adjustment adjustment, Integer expectedVersion) {
        try {
            adjustment.validate();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new Adjust(adjustment, expectedVersion, changes));
    }

    /**
     * Changes the ticket short of a whole-ticket bump: the kitchen marks a line done or not, a server
     * holds lines or fires them, or marks the order urgent or not. Marking the last line done makes
     * the order READY in the same change. A rush that changes nothing (already urgent) writes nothing.
     *
     * @param expectedVersion the version the asker saw, or null to skip that check
     * @return the order after the change; the future fails with a {@link com.bistro92.problem.Problem}
     *         and nothing written when the change is refused
     */
    public CompletableFuture<Order> changeTicket(TicketChange change, Integer expectedVersion) {
        try {
            change.validate();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return journal.submit(new ChangeTicket(change, expectedVersion, tickets));
    }

    /**
     * A kitchen screen has shown the ticket: a PLACED order becomes RECEIVED. An order already past
     * PLACED is left as it is (another screen was first), and the future holds nothing.
     */
    public CompletableFuture<Optional<Order>> receive(long orderId) {
        return receive(orderId, null);
    }

    /** As above, on the screen of the member of staff {@code by}. */
    public CompletableFuture<Optional<Order>> receive(long orderId, Integer by) {
        return journal.submit(new ReceiveOrder(orderId, by, changes));
    }

    /** A guest's call for a waiter or the bill; a repeat within a minute is merged. */
    public CompletableFuture<ServiceCall.Outcome> requestService(int tableId, Integer padId, ServiceCall.Kind kind) {
        return journal.submit(new RequestService(tableId, padId, kind, calls));
    }

    /** Staff saw the call; 404 for an unknown one. */
    public CompletableFuture<ServiceCall.Outcome> acknowledgeService(long callId) {
        return acknowledgeService(callId, null);
    }

    /** As above, by the member of staff {@code by}. */
    public CompletableFuture<ServiceCall.Outcome> acknowledgeService(long callId, Integer by) {
        return journal.submit(new AcknowledgeService(callId, by, calls));
    }

    /** The order with this id, if there is one. */
    public Optional<Order> find(long id) {
        return queries.find(id);
    }

    /** The orders of one table session, oldest first: what its bill lists. */
    public List<Order> ofSession(long sessionId) {
        return queries.ofSession(sessionId);
    }

    /** Calls for service not yet acknowledged, oldest first. */
    public List<ServiceCall> openServiceCalls() {
        return ServiceCalls.unacknowledged(reads);
    }

    /**
     * One page of matching orders, newest first: the first page ({@code beforeId} null) skips the
     * filter's offset; the next starts below the last id of the one before.
     */
    public List<Order> page(OrderFilter filter, Long beforeId, int size) {
        return queries.page(filter, beforeId, size);
    }

    /**
     * The log entries after {@code afterSeq} that the party seated at {@code tableId} since
     * {@code seatedAt} may see, at most {@code limit}; what a pad replays when it reconnects.
     */
    public List<LogEntry> partyEvents(int tableId, Instant seatedAt, long afterSeq, int limit) {
        return queries.partyEvents(tableId, seatedAt, afterSeq, limit);
    }

    /** The first message of a fresh feed connection: open orders plus today's. */
    public FeedMessage.Initial initial() {
        return queries.initial(today().atStartOfDay(clock.getZone()).toInstant());
    }

    /** Today in the restaurant's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long count() {
        return queries.count();
    }
}

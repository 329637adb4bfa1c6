package com.bistro92.order;

import com.bistro92.menu.MenuLookup;
import com.bistro92.table.TableDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The order feature's entry point: places orders, changes their status, and reads them.
 * Every change goes through the single {@link OrderWriter}, and is published on
 * {@link OrderEvents} after it committed.
 */
public final class Orders implements AutoCloseable {

    private final OrderWriter writer;
    private final OrderQueries queries;
    private final OrderEvents events;
    private final Clock clock;

    /**
     * @param durable forces committed changes to the database file (see {@code Database.storeNow})
     */
    public Orders(DSLContext dsl, Runnable durable, TableDirectory tables, MenuLookup menu, ObjectMapper json,
                  OrderEvents events, Clock clock) {
        OrderRows rows = new OrderRows(json);
        this.events = events;
        this.clock = clock;
        this.queries = new OrderQueries(dsl, rows);
        this.writer = new OrderWriter(dsl, durable, tables, menu, rows, json, events, clock);
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
        return writer.submit(new WriteCommand.Place(order));
    }

    /**
     * Moves an order to {@code to}. Fails with 409 if the move is not allowed or the order is no
     * longer at {@code expectedVersion} (null skips that check), 404 if there is no such order.
     */
    public CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, Integer expectedVersion) {
        return writer.submit(new WriteCommand.ChangeStatus(orderId, to, expectedVersion));
    }

    /** The order with this id, if there is one. */
    public Optional<Order> find(long id) {
        return queries.find(id);
    }

    /** A guest's call for a waiter or the bill; a repeat within a minute is merged. */
    public CompletableFuture<ServiceCall.Outcome> requestService(int tableId, Integer padId, ServiceCall.Kind kind) {
        return writer.submit(new WriteCommand.RequestService(tableId, padId, kind));
    }

    /** Staff saw the call; 404 for an unknown one. */
    public CompletableFuture<ServiceCall.Outcome> acknowledgeService(long callId) {
        return writer.submit(new WriteCommand.AcknowledgeService(callId));
    }

    /** 86s a menu item ({@code available} false) or brings it back; pads are told at once. */
    public CompletableFuture<Boolean> setAvailability(int menuItemId, boolean available) {
        return writer.submit(new WriteCommand.SetAvailability(menuItemId, available));
    }

    /** Calls for service not yet acknowledged, oldest first. */
    public java.util.List<ServiceCall> openServiceCalls() {
        return queries.openServiceCalls();
    }

    /** Streams matching orders, newest first. */
    public void forEach(OrderFilter filter, Consumer<Order> sink) {
        queries.forEach(filter, sink);
    }

    /** The first message of a fresh feed connection: open orders plus today's. */
    public FeedMessage.Initial initial() {
        return queries.initial(today().atStartOfDay(clock.getZone()).toInstant());
    }

    /** Today in the restaurant's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Streams logged events after {@code since}, in order. */
    public void replay(long since, Consumer<LoggedEvent> sink) {
        queries.replay(since, sink);
    }

    public long lastSeq() {
        return queries.lastSeq();
    }

    public long count() {
        return queries.count();
    }

    public long commits() {
        return writer.commits();
    }

    public OrderEvents events() {
        return events;
    }

    /** Finishes queued writes and stops the writer. */
    @Override
    public void close() {
        writer.close();
    }
}

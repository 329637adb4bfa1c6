package com.bistro92.order;

import com.bistro92.menu.MenuLookup;
import com.bistro92.problem.Problem;
import com.bistro92.table.TableDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of orders: one thread that applies queued commands in groups, one
 * transaction per group (group commit). A caller's future completes only after its group's
 * commit has reached the database file, and the group's events are published right after,
 * in sequence order.
 *
 * <p>One writer means order ids and event sequence numbers follow commit order, which is
 * what lets a WebSocket client resume from a sequence number without gaps or repeats.
 */
final class OrderWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderWriter.class);
    private static final int MAX_GROUP = 256;
    private static final int QUEUE_CAPACITY = 20_000;

    private record Pending(WriteCommand command, CompletableFuture<Object> result) {
    }

    private record Outcome(Pending pending, Object value, RuntimeException failure) {
    }

    private final DSLContext dsl;
    private final Runnable durable;
    private final TableDirectory tables;
    private final MenuLookup menu;
    private final OrderRows rows;
    private final ObjectMapper json;
    private final OrderEvents events;
    private final Clock clock;
    private final Sequences ids;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private volatile boolean accepting = true;

    /**
     * @param durable forces committed work to the database file; called after each group's commit
     *                and before anyone hears of it
     */
    OrderWriter(DSLContext dsl, Runnable durable, TableDirectory tables, MenuLookup menu, OrderRows rows,
                ObjectMapper json, OrderEvents events, Clock clock) {
        this.dsl = dsl;
        this.durable = durable;
        this.tables = tables;
        this.menu = menu;
        this.rows = rows;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.ids = Sequences.load(dsl);
        this.thread = Thread.ofPlatform().name("order-writer").unstarted(this::run);
        thread.start();
    }

    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> submit(WriteCommand command) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        if (!accepting) {
            result.completeExceptionally(Problem.unavailable("The server is shutting down"));
        } else if (!queue.offer(new Pending(command, result))) {
            result.completeExceptionally(Problem.unavailable("Too many orders at once; try again in a moment"));
        }
        return (CompletableFuture<T>) result;
    }

    /** Number of transactions committed so far, for diagnostics. */
    long commits() {
        return commits.get();
    }

    private void run() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (accepting || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                execute(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("Order writer failed on a group of {}", group.size(), e);
                group.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
        queue.forEach(p -> p.result().completeExceptionally(Problem.unavailable("The server is shutting down")));
    }

    private void execute(List<Pending> group) {
        Sequences before = ids.copy();
        List<Outcome> outcomes = new ArrayList<>(group.size());
        BatchWork[] work = new BatchWork[1];
        try {
            dsl.transaction(cfg -> {
                work[0] = new BatchWork(cfg.dsl(), ids, tables, menu, rows, json,
                        clock.instant().truncatedTo(ChronoUnit.MILLIS));
                for (Pending p : group) {
                    outcomes.add(apply(work[0], p));
                }
                work[0].flush();
            });
        } catch (RuntimeException e) {
            ids.restore(before);
            if (work[0] != null) {
                work[0].createdTables().forEach(tables::forget);
            }
            if (group.size() == 1) {
                LOG.error("Order write failed: {}", group.getFirst().command(), e);
                group.getFirst().result().completeExceptionally(e);
            } else {
                LOG.warn("A group of {} failed to commit; retrying one by one", group.size(), e);
                group.forEach(p -> execute(List.of(p)));
            }
            return;
        }
        durable.run();
        commits.incrementAndGet();
        if (work[0].menuChanged()) {
            menu.reload();
        }
        work[0].events().forEach(events::publish);
        for (Outcome o : outcomes) {
            if (o.failure() != null) {
                o.pending().result().completeExceptionally(o.failure());
            } else {
                o.pending().result().complete(o.value());
            }
        }
    }

    private static Outcome apply(BatchWork work, Pending p) {
        try {
            Object value = switch (p.command()) {
                case WriteCommand.Place place -> work.place(place.order());
                case WriteCommand.ChangeStatus change -> work.changeStatus(change);
                case WriteCommand.RequestService ask -> work.requestService(ask);
                case WriteCommand.AcknowledgeService ack -> work.acknowledgeService(ack);
                case WriteCommand.SetAvailability availability -> work.setAvailability(availability);
            };
            return new Outcome(p, value, null);
        } catch (Problem refused) {
            return new Outcome(p, null, refused);
        }
    }

    /** Stops taking commands, finishes those already queued, and stops the thread. */
    @Override
    public void close() {
        accepting = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

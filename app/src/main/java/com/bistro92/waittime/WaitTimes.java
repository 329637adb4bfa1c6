package com.bistro92.waittime;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.journal.EventStream;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEstimate;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.ReadyEstimate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long a new order will take: the {@link WaitModel} learned from the last four weeks of tickets
 * (at start, then every {@link #RELEARN}, off the order path), applied to the order's dishes and the
 * food tickets in the kitchen now. The rail is kept from the one event stream: a food order placed
 * joins it, one that is ready, served or voided leaves it.
 */
public final class WaitTimes implements OrderEstimate, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WaitTimes.class);
    static final Duration RELEARN = Duration.ofMinutes(10);

    private final DSLContext reads;
    private final Clock clock;
    private final ScheduledExecutorService learning;
    /** The open food tickets, by order id, with when each was placed: the rail. */
    private final java.util.Map<Long, java.time.Instant> rail = new ConcurrentHashMap<>();
    private final AutoCloseable subscription;
    private volatile WaitModel model = WaitModel.NONE;
    /** Each menu item's station, as of the last learning. */
    private volatile java.util.Map<Integer, String> stations = java.util.Map.of();

    public WaitTimes(DSLContext reads, EventStream events, Clock clock) {
        this.reads = reads;
        this.clock = clock;
        reads.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CREATED_AT).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.STATUS.in(OrderStatus.PLACED.name(), OrderStatus.RECEIVED.name(),
                        OrderStatus.PREPARING.name()))
                .and(CUSTOMER_ORDER.CREATED_AT.ge(clock.instant().minus(Duration.ofHours(12))))
                .andExists(org.jooq.impl.DSL.selectOne().from(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                        .and(ORDER_LINE.STATION.ne(WaitHistory.DRINKS)))
                .forEach(r -> rail.put(r.value1(), r.value2()));
        this.subscription = events.subscribe(OrderEvent.class, this::heard);
        this.learning = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("wait-times")
                .factory());
        learning.scheduleWithFixedDelay(this::learn, 0, RELEARN.toSeconds(), TimeUnit.SECONDS);
    }

    private void heard(OrderEvent event) {
        Order order = event.order();
        if (order == null) {
            return;
        }
        boolean open = order.status().isOpen() && order.status() != OrderStatus.READY;
        if (open && food(order.items())) {
            rail.put(order.id(), order.createdAt());
        } else {
            rail.remove(order.id());
        }
    }

    /** Learns from the history again; a failure keeps the model before. */
    public void learn() {
        try {
            List<TicketTime> history = WaitHistory.read(reads, clock.instant());
            model = WaitModel.learn(history, WaitHistory.prepSeconds(reads));
            stations = WaitHistory.stations(reads);
            LOG.debug("Wait times learned: {}", model);
        } catch (RuntimeException e) {
            LOG.warn("Could not learn the wait times; keeping the ones before", e);
        }
    }

    @Override
    public Optional<ReadyEstimate> estimate(List<OrderItem> items) {
        List<TicketTime.Line> lines = items.stream().filter(i -> i.menuItemId() != null)
                .map(i -> new TicketTime.Line(i.menuItemId(), i.station())).toList();
        return lines.isEmpty() ? Optional.empty() : model.estimate(lines, rail.size());
    }

    /** The food tickets in the kitchen now. */
    public int rail() {
        return rail.size();
    }

    /** The food tickets in the kitchen placed before {@code before}: those past red, for a time {@code before}. */
    public int placedBefore(java.time.Instant before) {
        return (int) rail.values().stream().filter(at -> at.isBefore(before)).count();
    }

    /** The model in use. */
    public WaitModel model() {
        return model;
    }

    /**
     * What a main course would take now: of the food dishes' estimates, the one three in four are
     * quicker than (starters and sides are quicker than mains); none without history.
     */
    public Optional<Integer> typicalWaitS() {
        int[] waits = model.quietS().entrySet().stream()
                .filter(e -> !WaitHistory.DRINKS.equals(stations.getOrDefault(e.getKey(), WaitHistory.DRINKS)))
                .map(e -> model.estimate(List.of(new TicketTime.Line(e.getKey(), stations.getOrDefault(e.getKey(), ""))),
                        rail.size()))
                .flatMap(Optional::stream).mapToInt(ReadyEstimate::middleS).sorted().toArray();
        return waits.length == 0 ? Optional.empty() : Optional.of(waits[waits.length * 3 / 4]);
    }

    private static boolean food(List<OrderItem> items) {
        return items.stream().anyMatch(i -> !i.done() && !WaitHistory.DRINKS.equals(i.station()));
    }

    @Override
    public void close() throws Exception {
        subscription.close();
        learning.shutdownNow();
    }
}

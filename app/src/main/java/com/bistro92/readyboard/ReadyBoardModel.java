package com.bistro92.readyboard;

import com.bistro92.journal.EventStream;
import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the guests' "order ready" board shows: the numbers of today's orders being prepared, and
 * of those ready at the pass, newest first. Nothing else of an order leaves this class: no items,
 * no table. It loads today's orders once, then follows the one event stream (events older than
 * the load are skipped by their {@code seq}); every change is applied on the FX thread.
 */
public final class ReadyBoardModel implements AutoCloseable {

    /** The most numbers shown as ready: the oldest give way to the newest. */
    static final int READY_SHOWN = 16;

    private static final Logger LOG = LoggerFactory.getLogger(ReadyBoardModel.class);

    private final Orders orders;
    private final EventStream events;
    private final Executor fx;
    private final Executor background;
    /** Every order of today still preparing or ready, by id, with its status. */
    private final Map<Long, OrderStatus> board = new LinkedHashMap<>();
    private final ObservableList<Long> preparing = FXCollections.observableArrayList();
    private final ObservableList<Long> ready = FXCollections.observableArrayList();
    // made once: a view listens to these, and a wrapper made per call could be collected with its listener
    private final ObservableList<Long> preparingView = FXCollections.unmodifiableObservableList(preparing);
    private final ObservableList<Long> readyView = FXCollections.unmodifiableObservableList(ready);
    private final ConcurrentLinkedQueue<OrderEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private long loadedSeq = -1;
    private AutoCloseable subscription;

    /**
     * @param fx         runs a task on the FX thread ({@code Platform::runLater} in the app)
     * @param background runs the first read off the FX thread
     */
    public ReadyBoardModel(Orders orders, EventStream events, Executor fx, Executor background) {
        this.orders = orders;
        this.events = events;
        this.fx = fx;
        this.background = background;
    }

    /** Subscribes to the stream and loads today's orders. */
    public void start() {
        subscription = events.subscribe(OrderEvent.class, this::receive);
        CompletableFuture.supplyAsync(orders::initial, background).whenCompleteAsync((initial, failure) -> {
            if (failure != null) {
                LOG.error("The ready board could not read today's orders", failure);
                return;
            }
            load(initial);
        }, fx);
    }

    /** Order numbers being prepared, oldest first (FX thread). */
    public ObservableList<Long> preparing() {
        return preparingView;
    }

    /** Order numbers ready at the pass, newest first (FX thread). */
    public ObservableList<Long> ready() {
        return readyView;
    }

    private void load(FeedMessage.Initial initial) {
        board.clear();
        initial.orders().stream().sorted(Comparator.comparingLong(Order::id)).forEach(this::track);
        loadedSeq = initial.seq();
        drain();
    }

    private void receive(OrderEvent event) {
        inbox.add(event);
        if (drainScheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        if (loadedSeq < 0) {
            return;
        }
        for (OrderEvent event = inbox.poll(); event != null; event = inbox.poll()) {
            if (event.seq() > loadedSeq) {
                track(event.order());
            }
        }
        publish();
    }

    private void track(Order order) {
        OrderStatus status = order.status();
        if (OrderStatus.KITCHEN.contains(status) || status == OrderStatus.READY) {
            // a ready order moves to the end, so that the newest ready come first
            board.remove(order.id());
            board.put(order.id(), status);
        } else {
            board.remove(order.id());
        }
    }

    private void publish() {
        List<Long> nowPreparing = new ArrayList<>();
        List<Long> nowReady = new ArrayList<>();
        board.forEach((id, status) -> (status == OrderStatus.READY ? nowReady : nowPreparing).add(id));
        nowPreparing.sort(Comparator.naturalOrder());
        List<Long> newestReady = nowReady.reversed().stream().limit(READY_SHOWN).toList();
        if (!preparing.equals(nowPreparing)) {
            preparing.setAll(nowPreparing);
        }
        if (!ready.equals(newestReady)) {
            ready.setAll(newestReady);
        }
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}

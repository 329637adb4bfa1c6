package com.bistro92.readyboard;

import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.orderstream.FollowedOrders;
import com.bistro92.orderstream.OrderStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the guests' "order ready" board shows: the numbers of today's orders being prepared, and
 * of those ready at the pass, newest first. Nothing else of an order leaves this class: no items,
 * no table. It follows the same {@link OrderStream} as the kitchen: today's orders, then every
 * change, applied on the FX thread.
 */
public final class ReadyBoardModel implements AutoCloseable, FollowedOrders.Screen {

    /** The most numbers shown as ready: the oldest give way to the newest. */
    static final int READY_SHOWN = 16;

    private final FollowedOrders following;
    /** Every order of today still preparing or ready, by id, with its status. */
    private final Map<Long, OrderStatus> board = new LinkedHashMap<>();
    private final ObservableList<Long> preparing = FXCollections.observableArrayList();
    private final ObservableList<Long> ready = FXCollections.observableArrayList();
    // made once: a view listens to these, and a wrapper made per call could be collected with its listener
    private final ObservableList<Long> preparingView = FXCollections.unmodifiableObservableList(preparing);
    private final ObservableList<Long> readyView = FXCollections.unmodifiableObservableList(ready);
    private final ReadOnlyStringWrapper notLive = new ReadOnlyStringWrapper("Connecting…");

    /** @param fx runs a task on the FX thread ({@code Platform::runLater} in the app) */
    public ReadyBoardModel(OrderStream orders, Executor fx) {
        this.following = new FollowedOrders(orders, fx, this);
    }

    /** Starts following today's orders. */
    public void start() {
        following.start();
    }

    /** Order numbers being prepared, oldest first (FX thread). */
    public ObservableList<Long> preparing() {
        return preparingView;
    }

    /** Order numbers ready at the pass, newest first (FX thread). */
    public ObservableList<Long> ready() {
        return readyView;
    }

    /** Empty while live; otherwise why the board may be out of date (FX thread). */
    public ReadOnlyStringProperty notLiveProperty() {
        return notLive.getReadOnlyProperty();
    }

    @Override
    public void reset(FeedMessage.Initial initial) {
        board.clear();
        initial.orders().stream().sorted(Comparator.comparingLong(Order::id)).forEach(this::track);
    }

    @Override
    public void changed(Order order, boolean placed) {
        track(order);
    }

    @Override
    public void settled() {
        publish();
    }

    @Override
    public void notLive(String reason) {
        notLive.set(reason);
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
        following.close();
    }
}

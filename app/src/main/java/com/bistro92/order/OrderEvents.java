package com.bistro92.order;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one in-process order event stream. The order writer publishes each event after its
 * transaction commits, in sequence order, on the writer's thread; every subscriber sees
 * every event in that order.
 *
 * <p>Subscribers must return quickly and must not block: they hand the event to their own
 * queue or thread. A subscriber that throws is logged and does not disturb the others.
 */
public final class OrderEvents {

    private static final Logger LOG = LoggerFactory.getLogger(OrderEvents.class);

    private final CopyOnWriteArrayList<Consumer<? super OrderEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** Subscribes; close the returned handle to stop receiving. */
    public AutoCloseable subscribe(Consumer<? super OrderEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    void publish(OrderEvent event) {
        for (Consumer<? super OrderEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.error("Order event subscriber failed on event {}", event.seq(), e);
            }
        }
    }
}

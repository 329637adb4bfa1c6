package com.bistro92.journal;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one event stream of the suite. The journal's writer publishes every event on its own
 * thread, in commit order, after the change is durable; every screen, the WebSocket feed and
 * the pads' feeds subscribe here.
 *
 * <p>Subscribers must return quickly and never block: they hand the event to their own queue or
 * thread. A subscriber that throws is logged and does not disturb the others.
 */
public final class EventStream {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final CopyOnWriteArrayList<Consumer<? super Event>> subscribers = new CopyOnWriteArrayList<>();

    /** Subscribes to every event; close the returned handle to stop. */
    public AutoCloseable subscribe(Consumer<? super Event> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Subscribes to the events of one kind, e.g. {@code OrderEvent.class}. */
    public <E> AutoCloseable subscribe(Class<E> kind, Consumer<? super E> subscriber) {
        return subscribe(event -> {
            if (kind.isInstance(event)) {
                subscriber.accept(kind.cast(event));
            }
        });
    }

    void publish(Event event) {
        for (Consumer<? super Event> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.error("An event subscriber failed on {}", event, e);
            }
        }
    }
}

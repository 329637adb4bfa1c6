package com.bistro92.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.junit.jupiter.api.Test;

/**
 * A feed client that stops reading: Jetty's send never completes. What it may cost is bounded in
 * bytes, and a large snapshot is shared, not copied.
 */
class FeedSessionBoundsTest {

    private static final int BUDGET = 64 * 1024;

    /** A WebSocket whose sends never complete, as when the client's TCP window is full. */
    private static final class Stalled {
        final List<String> sent = new ArrayList<>();
        final AtomicInteger closedWith = new AtomicInteger();
        Callback pending;
        final Session session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "sendText", "sendPartialText" -> {
                        sent.add((String) args[0]);
                        pending = (Callback) args[args.length - 1];
                        yield null;
                    }
                    case "close" -> {
                        closedWith.set(args == null ? 1000 : (Integer) args[0]);
                        yield null;
                    }
                    case "getRemoteSocketAddress" -> null;
                    case "toString" -> "stalled";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void aStalledReaderIsDroppedOnceItsQueueHoldsItsBudget() {
        Stalled client = new Stalled();
        FeedSession feed = new FeedSession(client.session, null, BUDGET);
        feed.goLive();
        String event = "{\"type\":\"new_order\",\"pad\":\"" + "x".repeat(1_000) + "\"}";
        int offered = 0;
        while (!feed.isClosed() && offered < 10_000) {
            feed.offer(++offered, event);
            assertThat(feed.queuedBytes()).isLessThanOrEqualTo(BUDGET);
        }
        assertThat(feed.isClosed()).as("dropped").isTrue();
        assertThat(offered).as("events offered before it was dropped").isBetween(BUDGET / event.length(),
                BUDGET / event.length() + 3);
        assertThat(client.closedWith.get()).isEqualTo(StatusCode.TRY_AGAIN_LATER);
        assertThat(client.sent).as("only the first was handed to the network").hasSize(1);
    }

    @Test
    void aSnapshotLargerThanTheBudgetIsSentInFragmentsOfTheSharedString() throws Exception {
        Stalled client = new Stalled();
        FeedSession feed = new FeedSession(client.session, null, BUDGET);
        String snapshot = "{\"orders\":\"" + "y".repeat(4 * 1024 * 1024) + "\"}";
        feed.catchUp(7, snapshot);
        feed.goLive();
        assertThat(feed.isClosed()).as("a 4 MB snapshot is not a reason to drop a client").isFalse();
        assertThat(client.sent).hasSize(1);
        assertThat(client.sent.getFirst()).hasSize(FeedSession.FRAGMENT);
        // the client reads on: fragment by fragment, never more than one at a time
        while (client.pending != null) {
            Callback next = client.pending;
            client.pending = null;
            next.succeed();
        }
        assertThat(String.join("", client.sent)).isEqualTo(snapshot);
        assertThat(client.sent).allSatisfy(f -> assertThat(f.length()).isLessThanOrEqualTo(FeedSession.FRAGMENT));
    }
}

package com.bistro92.pad.rush;

import com.bistro92.pad.cli.Json;
import com.fasterxml.jackson.core.JsonFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedListenerTest {

    private final JsonFactory json = Json.newMapper().getFactory();

    private static AckIndex acked(long... ids) {
        return AckIndex.of(Arrays.stream(ids).mapToObj(id -> PlacedOrder.acknowledged(id, 0, 1)).toList());
    }

    @Test
    void aNewOrderMessageGivesTypeSeqAndOrderId() throws IOException {
        FeedEvent event = FeedEvent.parse(json,
                "{\"type\":\"new_order\",\"seq\":42,\"order\":{\"table\":\"Table 5\",\"items\":[{\"name\":\"Lemonade\","
                        + "\"quantity\":1}],\"id\":123,\"created_at\":\"2026-11-26T20:18:37.123Z\"}}");

        assertEquals(new FeedEvent(FeedEvent.NEW_ORDER, 42, 123), event);
    }

    @Test
    void fieldsAreFoundInAnyOrder() throws IOException {
        FeedEvent event = FeedEvent.parse(json,
                "{\"order\":{\"items\":[{\"name\":\"Iced Tea\"}],\"id\":5},\"seq\":3,\"type\":\"order_updated\"}");

        assertEquals(new FeedEvent(FeedEvent.ORDER_UPDATED, 3, 5), event);
    }

    @Test
    void theHeadOfACutShortInitialSnapshotIsEnough() throws IOException {
        FeedEvent event = FeedEvent.parse(json, "{\"type\":\"initial\",\"seq\":7,\"orders\":[{\"id\":1,\"tab");

        assertEquals(new FeedEvent(FeedEvent.INITIAL, 7, -1), event);
    }

    @Test
    void aMessageWithoutSeqIsMalformed() {
        assertThrows(IOException.class, () -> FeedEvent.parse(json, "{\"type\":\"new_order\",\"order\":{\"id\":1}}"));
        assertThrows(IOException.class, () -> FeedEvent.parse(json, "[1,2]"));
    }

    @Test
    void aListenerRecordsNewOrdersAndChecksSeqAcrossFragments() {
        FeedListener listener = new FeedListener(json, 100);

        listener.onWebSocketPartialText("{\"type\":\"initial\",\"seq\":5,", false);
        listener.onWebSocketPartialText("\"orders\":[]}", true);
        listener.onWebSocketPartialText("{\"type\":\"new_order\",\"seq\":6,\"order\":{\"id\":31}}", true);
        listener.onWebSocketPartialText("{\"type\":\"order_updated\",\"seq\":7,\"order\":{\"id\":31}}", true);
        listener.onWebSocketPartialText("{\"type\":\"new_order\",\"seq\":7,\"order\":{\"id\":32}}", true);
        listener.onWebSocketPartialText("{\"type\":\"new_order\",\"seq\":9,\"order\":{\"id\":32}}", true);
        listener.onWebSocketPartialText("not json", true);

        DeliveryTracker tracker = new DeliveryTracker(acked(31, 32, 33));
        long[] ids = new long[10];
        int copied = listener.copyReceipts(0, ids, new long[10]);
        tracker.absorb(ids, new long[10], copied, null);
        ListenerTally tally = listener.tally(tracker);

        assertEquals(5L, listener.initial().join());
        assertEquals(3, copied);
        assertEquals(new ListenerTally(3, 2, 1, 1, 1, 0, null), tally);
    }

    @Test
    void aHugeInitialSnapshotIsCappedInMemoryButStillRead() {
        FeedListener listener = new FeedListener(json, 100);
        String order = "{\"id\":1,\"table\":\"Table 1\",\"items\":[]},";

        listener.onWebSocketPartialText("{\"type\":\"initial\",\"seq\":900,\"orders\":[", false);
        for (int i = 0; i < 20_000; i++) {
            listener.onWebSocketPartialText(order, false);
        }
        listener.onWebSocketPartialText("{\"id\":2}]}", true);

        assertEquals(900L, listener.initial().join());
    }

    @Test
    void aFeedClosingBeforeItsInitialMessageFailsTheWait() {
        FeedListener listener = new FeedListener(json, 100);

        listener.onWebSocketClose(1011, "server error", Callback.NOOP);

        assertTrue(listener.initial().isCompletedExceptionally());
        assertEquals("1011 server error", listener.tally(new DeliveryTracker(acked(1))).closed());
    }

    @Test
    void receiptsBeyondTheCapAreCountedAsDropped() {
        ReceiptLog log = new ReceiptLog(2);

        log.add(1, 10);
        log.add(2, 20);
        log.add(3, 30);

        long[] ids = new long[5];
        long[] nanos = new long[5];
        assertEquals(2, log.copy(0, ids, nanos));
        assertEquals(1, log.dropped());
        assertEquals(20, nanos[1]);
        assertEquals(1, log.copy(1, ids, nanos));
        assertEquals(2, ids[0]);
    }
}

package com.bistro92.pad.rush;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {

    private static AckIndex acked(long... ids) {
        List<PlacedOrder> placed = new ArrayList<>();
        for (long id : ids) {
            placed.add(PlacedOrder.acknowledged(id, 1_000 * id, 1_000 * id + 500));
        }
        placed.add(PlacedOrder.failed(0, 10, 503, "HTTP 503: busy"));
        return AckIndex.of(placed);
    }

    private static ListenerTally complete(int expected) {
        return new ListenerTally(expected, expected, 0, 0, 0, 0, null);
    }

    @Test
    void everythingListedAndDeliveredPasses() {
        Verdict verdict = Verifier.verify(acked(1, 2, 3), Listing.of(new long[] {3, 2, 1, 99}),
                List.of(complete(3)));

        assertTrue(verdict.pass());
        assertEquals("verify: PASS (3 acknowledged, 3 listed, 0 missing, 0 duplicated; listeners 1/1 complete)",
                verdict.line());
    }

    @Test
    void anAcknowledgedOrderMissingFromTheListFails() {
        Verdict verdict = Verifier.verify(acked(1, 2, 3), Listing.of(new long[] {3, 1}), List.of());

        assertFalse(verdict.pass());
        assertEquals(2, verdict.listed());
        assertEquals(1, verdict.missing());
        assertTrue(verdict.line().startsWith("verify: FAIL (3 acknowledged, 2 listed, 1 missing, 0 duplicated; no listeners"));
    }

    @Test
    void anOrderListedTwiceFails() {
        Verdict verdict = Verifier.verify(acked(1, 2), Listing.of(new long[] {2, 1, 2}), List.of());

        assertFalse(verdict.pass());
        assertEquals(1, verdict.duplicated());
        assertEquals(0, verdict.missing());
    }

    @Test
    void ordersOfOtherClientsInTheListDoNotMatter() {
        Verdict verdict = Verifier.verify(acked(5), Listing.of(new long[] {7, 7, 6, 5}), List.of());

        assertTrue(verdict.pass());
    }

    @Test
    void theSameIdAcknowledgedTwiceFails() {
        AckIndex acks = AckIndex.of(List.of(
                PlacedOrder.acknowledged(4, 1, 2),
                PlacedOrder.acknowledged(4, 3, 4)));

        Verdict verdict = Verifier.verify(acks, Listing.of(new long[] {4}), List.of());

        assertEquals(1, acks.size());
        assertFalse(verdict.pass());
        assertTrue(verdict.line().contains("1 ids acknowledged more than once"));
    }

    @Test
    void aRunWithNothingAcknowledgedFails() {
        Verdict verdict = Verifier.verify(acked(), Listing.of(new long[0]), List.of());

        assertFalse(verdict.pass());
        assertTrue(verdict.line().contains("nothing was acknowledged"));
    }

    @Test
    void aFailedListingFails() {
        Verdict verdict = Verifier.verify(acked(1), Listing.failed("GET /api/orders answered HTTP 500"), List.of());

        assertFalse(verdict.pass());
        assertTrue(verdict.line().contains("orders could not be listed: GET /api/orders answered HTTP 500"));
    }

    @Test
    void trackersFindMissingDuplicateAndForeignReceipts() {
        AckIndex acks = acked(10, 11, 12, 13);
        DeliveryTracker tracker = new DeliveryTracker(acks);

        tracker.absorb(new long[] {11, 10, 99, 11, 13}, new long[5], 5, null);

        assertEquals(3, tracker.received());
        assertEquals(1, tracker.missing());
        assertEquals(1, tracker.duplicates());
        assertEquals(1, tracker.foreign());
    }

    @Test
    void anIncompleteListenerFailsAndIsDescribed() {
        AckIndex acks = acked(1, 2, 3);
        DeliveryTracker whole = new DeliveryTracker(acks);
        whole.absorb(new long[] {1, 2, 3}, new long[3], 3, null);
        DeliveryTracker partial = new DeliveryTracker(acks);
        partial.absorb(new long[] {1, 1}, new long[2], 2, null);
        List<ListenerTally> tallies = List.of(
                new ListenerTally(whole.expected(), whole.received(), whole.duplicates(), 0, 0, 0, null),
                new ListenerTally(partial.expected(), partial.received(), partial.duplicates(), 1, 0, 0, "1006 gone"));

        Verdict verdict = Verifier.verify(acks, Listing.of(new long[] {1, 2, 3}), tallies);

        assertFalse(verdict.pass());
        assertEquals(1, verdict.listenersComplete());
        assertTrue(verdict.line().contains(
                "listeners 1/2 complete: 2 missed, 1 received twice, 1 seq not increasing, a feed closed early: 1006 gone"),
                verdict.line());
    }

    @Test
    void deliveryLatencyRunsFromSendToReceiptEvenWhenTheFeedBeatTheAnswer() {
        AckIndex acks = AckIndex.of(List.of(PlacedOrder.acknowledged(7, 1_000_000, 90_000_000)));
        DeliveryTracker tracker = new DeliveryTracker(acks);
        LatencyStats latency = new LatencyStats();

        tracker.absorb(new long[] {7}, new long[] {6_000_000}, 1, latency);

        assertEquals(1, latency.count());
        assertEquals(5.0, latency.maxMs(), 1e-9);
    }
}

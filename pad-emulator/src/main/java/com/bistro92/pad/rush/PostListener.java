package com.bistro92.pad.rush;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** Turns the response to one {@code POST /api/order} into a {@link PlacedOrder}, time-stamped on arrival. */
final class PostListener extends BufferingResponseListener {

    private static final int MAX_BODY = 256 * 1024;

    private final long sentNanos;
    private final ObjectMapper mapper;
    private final CompletableFuture<PlacedOrder> result;

    PostListener(long sentNanos, ObjectMapper mapper, CompletableFuture<PlacedOrder> result) {
        super(MAX_BODY);
        this.sentNanos = sentNanos;
        this.mapper = mapper;
        this.result = result;
    }

    @Override
    public void onComplete(Result outcome) {
        long ackNanos = System.nanoTime();
        result.complete(placed(outcome, ackNanos));
    }

    private PlacedOrder placed(Result outcome, long ackNanos) {
        Response response = outcome.getResponse();
        int status = response == null ? PlacedOrder.NO_RESPONSE : response.getStatus();
        if (outcome.isFailed()) {
            String why = SeedClient.describe(outcome.getFailure());
            String failure = status == PlacedOrder.NO_RESPONSE ? "no response (" + why + ")" : why;
            return PlacedOrder.failed(sentNanos, ackNanos, status, failure);
        }
        if (status != 201) {
            return PlacedOrder.failed(sentNanos, ackNanos, status, "HTTP " + status + ": " + getContentAsString());
        }
        try {
            SeedOrder order = mapper.readValue(getContent(), SeedOrder.class);
            if (order == null || order.id() <= 0) {
                return PlacedOrder.failed(sentNanos, ackNanos, status, "201 without an order id");
            }
            return PlacedOrder.acknowledged(order.id(), sentNanos, ackNanos);
        } catch (IOException e) {
            return PlacedOrder.failed(sentNanos, ackNanos, status, "201 with unreadable JSON: " + e.getMessage());
        }
    }
}

package com.bistro92.server;

import com.bistro92.order.Order;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.Orders;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * Writes {@code GET /api/orders} as one JSON array, a page at a time: read and encode a page on
 * one of the {@link Reads} threads (one short query; the connection goes back to the pool), write
 * it without blocking, and read the next only once the client has taken it. A client that stops
 * reading holds one page of memory and no thread or database connection; the connection's idle
 * timeout then ends it.
 */
final class PagedOrders extends IteratingCallback {

    static final int PAGE = 200;

    private final Orders orders;
    private final Reads reads;
    private final OrderFilter filter;
    private final ObjectMapper json;
    private final Response response;
    private final Callback done;
    /** Answers a failure before the first page as the problem it maps to ({@link Exchange#fail}). */
    private final java.util.function.Consumer<Throwable> fail;
    private int left;
    private Long beforeId;
    private boolean first = true;
    private boolean last;

    PagedOrders(Orders orders, Reads reads, OrderFilter filter, ObjectMapper json, Response response, Callback done,
                java.util.function.Consumer<Throwable> fail, int most) {
        this.fail = fail;
        this.orders = orders;
        this.reads = reads;
        this.filter = filter;
        this.json = json;
        this.response = response;
        this.done = done;
        this.left = filter.limit() == null ? most : Math.min(filter.limit(), most);
    }

    @Override
    protected Action process() {
        if (last) {
            return Action.SUCCEEDED;
        }
        reads.read(this::nextPage).whenComplete((bytes, failure) -> {
            if (failure != null) {
                failed(failure);
            } else {
                response.write(last, ByteBuffer.wrap(bytes), this);
            }
        });
        return Action.SCHEDULED;
    }

    private byte[] nextPage() throws IOException {
        List<Order> page = left <= 0 ? List.of() : orders.page(filter, beforeId, Math.min(PAGE, left));
        left -= page.size();
        last = page.size() < PAGE || left <= 0;
        if (!page.isEmpty()) {
            beforeId = page.getLast().id();
        }
        return encode(page);
    }

    private byte[] encode(List<Order> page) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(page.size() * 512 + 2);
        try (JsonGenerator out = json.getFactory().createGenerator(bytes)) {
            out.writeRaw(first ? "[" : "");
            for (int i = 0; i < page.size(); i++) {
                if (!first || i > 0) {
                    out.writeRaw(',');
                }
                json.writeValue(out, page.get(i));
            }
            if (last) {
                out.writeRaw(']');
            }
        }
        first = false;
        return bytes.toByteArray();
    }

    @Override
    protected void onCompleteSuccess() {
        done.succeeded();
    }

    /** A failure before anything was sent is a problem answer (a lost database: 503); after, the connection ends. */
    @Override
    protected void onCompleteFailure(Throwable cause) {
        fail.accept(cause);
    }
}

package com.bistro92.server;

import com.bistro92.stock.StockDraft;
import com.bistro92.stock.Stock;

/**
 * Counts on hand: {@code GET /api/v1/stock} lists them and {@code PUT /api/v1/stock/{id}} with
 * {@code {"on_hand": 12}} sets one (staff, or an inventory system with its integration token);
 * {@code POST /api/v1/stock} keeps a count for some items and {@code DELETE /api/v1/stock/{id}}
 * stops keeping it (staff).
 */
final class StockRoutes {

    record CountBody(Integer onHand) {
    }

    private final Stock stock;

    StockRoutes(Stock stock) {
        this.stock = stock;
    }

    void register(Router router) {
        router.get("/api/v1/stock", Access.INVENTORY, ex -> ex.json(200, stock.levels()))
                .post("/api/v1/stock", Access.STAFF, this::create)
                .put("/api/v1/stock/{id}", Access.INVENTORY, this::set)
                .delete("/api/v1/stock/{id}", Access.STAFF, this::remove);
    }

    private void create(Exchange ex) {
        ex.whenDone(stock.create(ex.body(StockDraft.class), null), level -> ex.json(201, level));
    }

    private void set(Exchange ex) {
        CountBody body = ex.body(CountBody.class);
        ex.whenDone(stock.set(ex.intParam(PathParam.STOCK), body.onHand(), null), level -> ex.json(200, level));
    }

    private void remove(Exchange ex) {
        ex.whenDone(stock.remove(ex.intParam(PathParam.STOCK), null), level -> ex.json(200, level));
    }
}

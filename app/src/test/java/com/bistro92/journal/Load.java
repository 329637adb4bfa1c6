package com.bistro92.journal;

import com.bistro92.Bistro92;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderSource;
import com.bistro92.order.ServiceCall;
import com.bistro92.table.PadIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

/**
 * One client of the power-cut test: it owns a few tables and changes them in a random mix (orders
 * and their statuses, seating, pads, calls) until told to stop, writing down in the {@link Ledger}
 * each change the server acknowledged. Owning its tables keeps the ledger's order of changes true.
 */
final class Load implements Runnable {

    private final Bistro92 app;
    private final Ledger ledger;
    private final List<Integer> tables;
    private final Random random;
    private final BooleanSupplier stop;
    private final List<Order> mine = new ArrayList<>();

    Load(Bistro92 app, Ledger ledger, List<Integer> tables, long seed, BooleanSupplier stop) {
        this.app = app;
        this.ledger = ledger;
        this.tables = tables;
        this.random = new Random(seed);
        this.stop = stop;
    }

    @Override
    public void run() {
        while (!stop.getAsBoolean()) {
            try {
                step();
            } catch (CompletionException refused) {
                // not acknowledged: it may or may not have been kept, and the ledger says nothing of it
                continue;
            }
        }
    }

    private void step() {
        int table = tables.get(random.nextInt(tables.size()));
        int roll = random.nextInt(100);
        if (roll < 45 || mine.isEmpty()) {
            int quantity = 1 + random.nextInt(9);
            String label = random.nextInt(10) == 0 ? "Patio " + random.nextInt(1000) : "Table " + table;
            Order order = app.orders().place(new NewOrder(label, List.of(new NewOrder.Line("Espresso", quantity, "")),
                    "", OrderSource.SEED, null)).join().order();
            ledger.orders.put(order.id(), new Ledger.AckedOrder(quantity, 1));
            mine.add(order);
        } else if (roll < 75) {
            Order order = mine.get(random.nextInt(mine.size()));
            var next = order.status().kitchenNext();
            if (next != null) {
                Order moved = app.orders().changeStatus(order.id(), next, order.version()).join();
                ledger.orders.put(moved.id(), new Ledger.AckedOrder(ledger.orders.get(moved.id()).quantity(),
                        moved.version()));
                mine.set(mine.indexOf(order), moved);
            }
        } else if (roll < 87) {
            Ledger.AckedSession now = ledger.sessions.get(table);
            if (now == null || now.closed()) {
                long id = app.sessions().seat(table, 1 + random.nextInt(6)).join().id();
                ledger.sessions.put(table, new Ledger.AckedSession(id, false));
            } else {
                app.sessions().close(table).join();
                ledger.sessions.put(table, new Ledger.AckedSession(now.id(), true));
            }
        } else if (roll < 94) {
            String code = app.pairing().newCode(table).join().code();
            PadIdentity pad = app.pairing().pair(code, "Pad " + table).join().pad();
            ledger.pads.put(pad.padId(), false);
            if (random.nextBoolean()) {
                app.pairing().revoke(pad.padId()).join();
                ledger.pads.put(pad.padId(), true);
            }
        } else {
            ServiceCall.Outcome outcome = app.orders().requestService(table, null, ServiceCall.Kind.WAITER).join();
            ledger.calls.put(outcome.call().id(), outcome.call().timesAsked());
        }
    }
}

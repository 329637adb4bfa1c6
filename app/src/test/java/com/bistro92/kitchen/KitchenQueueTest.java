package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.bistro92.orderstream.OrderStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's queue kept in order one change at a time, fed directly as the order stream would feed
 * it: it must always equal a full sort of the open tickets, and its all-day counts a full recount.
 */
class KitchenQueueTest {

    /** A stream that is never started: the test calls the model's side itself. */
    private static final class Silent implements OrderStream {
        @Override
        public AutoCloseable follow(Listener listener) {
            return () -> { };
        }

        @Override
        public CompletableFuture<Void> receive(long orderId, Integer by) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, int expectedVersion, Integer by) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<Order> changeTicket(TicketChange change, int expectedVersion) {
            return new CompletableFuture<>();
        }
    }

    private final KitchenModel model = new KitchenModel(new Silent(), Clock.systemUTC(), Runnable::run);

    private static List<Order> fullSort(Map<Long, Order> open) {
        List<Order> sorted = new ArrayList<>(open.values());
        sorted.sort(KitchenQueue.QUEUE);
        return sorted;
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void theQueueAndTheAllDayCountsEqualAFullSortAndRecountAfterRandomChanges(long seed) {
        changeAtRandom(seed, Stations.ALL);
    }

    /**
     * The same on a station display, whose stations change half-way: it shows only the tickets with
     * lines to cook at its stations, and counts only their lines.
     */
    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void aStationDisplaysQueueAndCountsEqualAFilteredSortAndRecount(long seed) {
        model.stations(Stations.parse("GRILL,FRY"));
        changeAtRandom(seed, Stations.parse("GRILL,FRY"));
    }

    private void changeAtRandom(long seed, Stations first) {
        Stations shown = first;
        RandomTickets made = new RandomTickets(seed);
        Map<Long, Order> open = new HashMap<>();
        for (long id = 1; id <= 50; id++) {
            open.put(id, made.newTicket(id));
        }
        model.reset(new FeedMessage.Initial(0, List.copyOf(open.values())));
        model.settled();
        long nextId = 51;
        for (int batch = 0; batch < 300; batch++) {
            for (int n = made.nextInt(4); n >= 0; n--) {
                List<Long> ids = new ArrayList<>(open.keySet());
                int what = made.nextInt(10);
                if (ids.isEmpty() || what < 4) {
                    Order added = made.newTicket(nextId++);
                    open.put(added.id(), added);
                    model.changed(added, true);
                } else if (what < 8) {
                    Order after = made.changed(open.get(ids.get(made.nextInt(ids.size()))));
                    open.put(after.id(), after);
                    model.changed(after, false);
                } else {
                    Order gone = open.remove(ids.get(made.nextInt(ids.size())));
                    model.changed(RandomTickets.ready(gone), false);
                }
            }
            if (batch == 150 && !shown.all()) {
                shown = Stations.parse("BAR");
                model.stations(shown);
            }
            model.settled();
            Stations on = shown;
            List<Order> expected = fullSort(open).stream().filter(o -> new StationTicket(o, on).onScreen()).toList();
            assertThat(model.tickets()).as("seed %d, batch %d", seed, batch).isEqualTo(expected);
            assertThat(model.allDay()).as("seed %d, batch %d", seed, batch).isEqualTo(AllDay.of(expected, on));
        }
    }

    @Test
    void aNewTicketIsOneInsertionNotANewList() {
        RandomTickets made = new RandomTickets(1);
        List<Order> initial = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            initial.add(made.newTicket(id));
        }
        model.reset(new FeedMessage.Initial(0, initial));
        model.settled();
        List<String> heard = new ArrayList<>();
        model.tickets().addListener((ListChangeListener<Order>) c -> {
            while (c.next()) {
                heard.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                        + (c.wasRemoved() ? c.getRemovedSize() : c.getAddedSize()));
            }
        });
        Order added = made.newTicket(201);
        model.changed(added, true);
        model.changed(RandomTickets.ready(initial.get(5)), false);
        model.settled();
        assertThat(heard).containsExactly("added 1", "removed 1");
        assertThat(model.tickets()).hasSize(200).contains(added).doesNotContain(initial.get(5));
    }
}

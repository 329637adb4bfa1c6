package com.bistro92.tableview;

import com.bistro92.journal.Event;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.ServiceCall;
import com.bistro92.order.ServiceEvent;
import com.bistro92.table.PadPresence;
import com.bistro92.table.TableEvent;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableOverview.CallRow;
import com.bistro92.table.TableOverview.PadRow;
import com.bistro92.table.TableOverview.TableRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The floor as the Tables & Pads screen shows it, kept up to date from the event stream alone:
 * it starts from one snapshot and applies each event after it. Plain Java, touched by one thread.
 */
final class FloorState {

    private final Map<Integer, TableRow> tables = new LinkedHashMap<>();

    FloorState(TableOverview.Floor floor) {
        floor.tables().forEach(t -> tables.put(t.id(), t));
    }

    List<TableRow> tables() {
        return List.copyOf(tables.values());
    }

    /** Applies one event; returns whether anything on the floor changed. */
    boolean apply(Event event) {
        return switch (event) {
            case OrderEvent.Placed placed -> change(placed.order().tableId(), placed.order().table(),
                    t -> withOrders(t, t.openOrders() + (placed.order().status().isOpen() ? 1 : 0)));
            case OrderEvent changed when changed.closesOrder() ->
                    change(changed.order().tableId(), changed.order().table(),
                            t -> withOrders(t, Math.max(0, t.openOrders() - 1)));
            case ServiceEvent.Requested asked -> change(asked.call().tableId(), asked.call().table(),
                    t -> withCall(t, asked.call()));
            case ServiceEvent.Acknowledged done -> change(done.call().tableId(), done.call().table(),
                    t -> withoutCall(t, done.call().id()));
            case TableEvent.Seated seated -> change(seated.session().tableId(), seated.session().table(),
                    t -> seat(t, seated.session().guests(), seated.session().openedAt()));
            case TableEvent.Closed closed -> change(closed.session().tableId(), closed.session().table(),
                    t -> seat(t, null, null));
            case TableEvent.PadPaired paired -> change(paired.pad().tableId(), paired.pad().table(),
                    t -> withPads(t, add(t.pads(), new PadRow(paired.pad().padId(), paired.pad().name(), paired.at(),
                            false))));
            case TableEvent.PadRevoked revoked -> change(revoked.pad().tableId(), revoked.pad().table(),
                    t -> withPads(t, t.pads().stream().filter(p -> p.id() != revoked.pad().padId()).toList()));
            case PadPresence presence -> tables.containsKey(presence.tableId())
                    && change(presence.tableId(), null, t -> withPads(t, t.pads().stream()
                            .map(p -> p.id() == presence.padId()
                                    ? new PadRow(p.id(), p.name(), presence.lastSeenAt(), presence.online()) : p)
                            .toList()));
            default -> false;
        };
    }

    private boolean change(int tableId, String label, UnaryOperator<TableRow> how) {
        TableRow before = tables.get(tableId);
        boolean isNew = before == null;
        if (isNew) {
            if (label == null) {
                return false;
            }
            // a table made by an order whose label matched none
            before = new TableRow(tableId, label, TableOverview.NO_SECTION, true, null, null, List.of(), 0, List.of());
        }
        TableRow after = how.apply(before);
        tables.put(tableId, after);
        return isNew || !after.equals(before);
    }

    private static TableRow withOrders(TableRow t, int open) {
        return new TableRow(t.id(), t.label(), t.section(), t.adHoc(), t.guests(), t.seatedAt(), t.pads(), open,
                t.calls());
    }

    private static TableRow seat(TableRow t, Integer guests, Instant at) {
        return new TableRow(t.id(), t.label(), t.section(), t.adHoc(), guests, at, t.pads(), t.openOrders(),
                t.calls());
    }

    private static TableRow withPads(TableRow t, List<PadRow> pads) {
        return new TableRow(t.id(), t.label(), t.section(), t.adHoc(), t.guests(), t.seatedAt(), pads,
                t.openOrders(), t.calls());
    }

    private static TableRow withCall(TableRow t, ServiceCall call) {
        List<CallRow> calls = new ArrayList<>(t.calls().stream().filter(c -> c.id() != call.id()).toList());
        calls.add(new CallRow(call.id(), call.kind().name(), call.lastAskedAt(), call.timesAsked()));
        calls.sort(Comparator.comparingLong(CallRow::id));
        return withCalls(t, calls);
    }

    private static TableRow withoutCall(TableRow t, long callId) {
        return withCalls(t, t.calls().stream().filter(c -> c.id() != callId).toList());
    }

    private static TableRow withCalls(TableRow t, List<CallRow> calls) {
        return new TableRow(t.id(), t.label(), t.section(), t.adHoc(), t.guests(), t.seatedAt(), t.pads(),
                t.openOrders(), calls);
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}

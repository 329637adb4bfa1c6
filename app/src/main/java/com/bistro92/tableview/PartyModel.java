package com.bistro92.tableview;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Bills;
import com.bistro92.bill.Payment;
import com.bistro92.bill.PaymentRecorded;
import com.bistro92.bill.PaymentRequest;
import com.bistro92.bill.Receipt;
import com.bistro92.bill.ReceiptPdf;
import com.bistro92.bill.RefundRecorded;
import com.bistro92.bill.RefundRequest;
import com.bistro92.journal.EventStream;
import com.bistro92.money.Money;
import com.bistro92.order.Adjustment;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.print.Printers;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Permission;
import com.bistro92.staff.Staff;
import com.bistro92.table.TableEvent;
import com.bistro92.table.TableOverview.TableRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One table's orders, for its orders panel: the seated party's (or, at a table nobody seated, the
 * orders still open today), read once off the FX thread and then kept up to date from the event
 * stream. Voids, comps and refunds go through here: a member who may not make them alone (a server)
 * must have a manager enter their PIN on the spot, and both are recorded with the change. Rushes,
 * holds and fires go through {@link #tickets()}.
 */
public final class PartyModel implements AutoCloseable {

    /** At most this many orders are shown for one party. */
    static final int MAX_ORDERS = 200;

    /** What the panel needs from the rest of the suite. */
    public record Services(Orders orders, Bills bills, Staff staff, EventStream events, Money money, Clock clock,
                           Printers printers) {
    }

    private final TableRow table;
    private final Services services;
    private final Executor fx;
    private final Executor background;
    private final Supplier<Integer> who;
    private final Predicate<Permission> may;
    private final Map<Long, Order> byId = new HashMap<>();
    private final ObservableList<Order> orders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Bill> bill = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean billWanted = new AtomicBoolean();
    private final TicketCommands tickets;
    private final Approvals approvals;
    private AutoCloseable subscription;

    PartyModel(TableRow table, Services services, Executor fx, Executor background, Supplier<Integer> who,
               Predicate<Permission> may) {
        this.table = table;
        this.services = services;
        this.fx = fx;
        this.background = background;
        this.who = who;
        this.may = may;
        this.tickets = new TicketCommands(services.orders(), who, may, fx, background, message::set, this::merge);
        this.approvals = new Approvals(services.staff(), services.clock());
    }

    /** Listens for the table's order events first, then reads its orders, so that nothing falls between. */
    void start() {
        subscription = services.events().subscribe(event -> {
            if (event instanceof OrderEvent order && order.order().tableId() == table.id()) {
                fx.execute(() -> merge(List.of(order.order())));
                readBill();
            } else if (event instanceof PaymentRecorded paid && paid.table() == table.id()) {
                readBill();
            } else if (event instanceof RefundRecorded refunded && refunded.table() == table.id()) {
                readBill();
            } else if (event instanceof TableEvent.Closed closed && closed.session().tableId() == table.id()) {
                readBill();
            }
        });
        readBill();
        OrderFilter filter = new OrderFilter(table.seated() ? Set.of() : OrderStatus.OPEN, table.label(), since(),
                null, MAX_ORDERS, 0);
        CompletableFuture.supplyAsync(() -> services.orders().page(filter, null, MAX_ORDERS), background)
                .whenCompleteAsync((read, failure) -> {
                    if (failure != null) {
                        message.set("Cannot read the orders: " + failure.getMessage());
                    } else {
                        merge(read);
                    }
                }, fx);
    }

    /** Reads the bill again off the FX thread; requests that arrive meanwhile are folded into one read. */
    private void readBill() {
        if (!table.seated() || !billWanted.compareAndSet(false, true)) {
            return;
        }
        Bill known = bill.get();
        CompletableFuture.runAsync(() -> { }, background).thenApply(v -> {
            billWanted.set(false);
            return (known == null ? services.bills().bill(table.id())
                    : services.bills().ofSession(known.sessionId())).orElse(null);
        }).whenCompleteAsync((read, failure) -> {
            if (failure != null) {
                message.set("Cannot read the bill: " + failure.getMessage());
            } else {
                bill.set(read);
            }
        }, fx);
    }

    /** The party's bill, kept up to date, also once it is paid and the table closed; null when nobody sits there. */
    public ReadOnlyObjectProperty<Bill> billProperty() {
        return bill.getReadOnlyProperty();
    }

    /**
     * Takes a payment towards the bill; the one that settles it closes the table, and its pads say
     * "Thank you". Fails with a {@link Problem} and nothing written when it is refused.
     */
    public CompletableFuture<Bills.Paid> pay(Payment.Method method, BigDecimal amount, BigDecimal tip,
                                             BigDecimal tendered) {
        return services.bills().pay(new PaymentRequest(table.id(), method, amount, tip, tendered, who.get()))
                .whenCompleteAsync((paid, failure) -> {
                    if (failure == null) {
                        message.set(paid.closed() ? "Paid in full: " + table.label() + " is closed"
                                : services.money().format(paid.payment().amount()) + " taken by "
                                + paid.payment().method().name().toLowerCase(java.util.Locale.ROOT)
                                + (paid.payment().change().signum() > 0 ? "; change "
                                + services.money().format(paid.payment().change()) : "") + "; "
                                + services.money().format(paid.balance()) + " left to pay");
                    }
                }, fx);
    }

    /** Prints the bill on the restaurant's receipt printer; the message says whether it was sent. */
    public CompletableFuture<?> printOnReceiptPrinter() {
        Bill bill = this.bill.get();
        if (bill == null) {
            return CompletableFuture.completedFuture(null);
        }
        return services.printers().receipt(bill.sessionId(), null, who.get()).whenCompleteAsync((r, failure) ->
                message.set(failure == null ? "Receipt sent to the printer"
                        : Failure.say(failure, "The receipt was not printed")), fx);
    }

    /** Prints an order's ticket again, marked REPRINT, on its stations' printers. */
    public CompletableFuture<?> reprint(Order order) {
        return services.printers().reprint(order.id(), null, who.get()).whenCompleteAsync((r, failure) ->
                message.set(failure == null ? "Order " + order.id() + " sent to " + r.size()
                        + (r.size() == 1 ? " printer" : " printers") + " again"
                        : Failure.say(failure, "Not printed")), fx);
    }

    /** Whether any printer prints receipts: the Bill panel then offers it. */
    public boolean hasReceiptPrinter() {
        return services.printers().printers().stream().anyMatch(p -> p.setup().receipts());
    }

    /** Whether the restaurant has a kitchen printer: each order then offers a reprint. */
    public boolean hasTicketPrinter() {
        return services.printers().printers().stream().anyMatch(p -> !p.setup().stations().isEmpty());
    }

    /** Writes the receipt as a PDF off the FX thread, and says where. */
    public CompletableFuture<Void> saveReceipt(Receipt receipt, java.nio.file.Path file) {
        return CompletableFuture.runAsync(() -> {
            try {
                new ReceiptPdf().write(receipt, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((v, failure) -> message.set(failure == null
                ? "Receipt saved to " + file.getFileName() : "Cannot save the receipt: " + failure.getMessage()), fx);
    }

    private Instant since() {
        return table.seated() ? table.seatedAt()
                : LocalDate.now(services.clock()).atStartOfDay(services.clock().getZone()).toInstant();
    }

    private void merge(List<Order> changed) {
        Instant since = since();
        for (Order order : changed) {
            Order known = byId.get(order.id());
            if (!order.createdAt().isBefore(since) && (known == null || known.version() < order.version())) {
                byId.put(order.id(), order);
            }
        }
        orders.setAll(byId.values().stream().sorted(Comparator.comparingLong(Order::id)).toList());
    }

    public TableRow table() {
        return table;
    }

    /** The party's orders, oldest first; voided ones stay, marked. */
    public ObservableList<Order> orders() {
        return orders;
    }

    /** What the party owes for these orders: voided orders and comped lines left out. */
    public BigDecimal due() {
        return orders.stream().filter(o -> o.status() != OrderStatus.CANCELLED).map(Order::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Money money() {
        return services.money();
    }

    /** Rush an order, hold and fire its lines, for a member who may. */
    TicketCommands tickets() {
        return tickets;
    }

    /** Whether a void or comp from here needs a manager's PIN: the member signed in may not void alone. */
    public boolean needsManager() {
        return !may.test(Permission.VOID);
    }

    /**
     * Voids {@code order} (line null) or comps its line {@code line} (from 1). With
     * {@link #needsManager()}, {@code managerPin} must be an active manager's; a wrong one fails with
     * 403, and five in a row pause overrides for a minute (429). One that would leave the bill
     * overpaid fails with {@link com.bistro92.bill.Overpaid}: refund first ({@link #refund}).
     */
    public CompletableFuture<Order> adjust(Order order, Integer line, String reason, String managerPin) {
        return approvals.approve(needsManager(), managerPin).thenCompose(approver -> done(services.orders().adjust(
                new Adjustment(order.id(), line, reason, who.get(), approver.id()), null), approver.name()));
    }

    /** Whether a refund from here needs a manager's PIN: the member signed in may not refund alone. */
    public boolean needsManagerToRefund() {
        return !may.test(Permission.REFUND);
    }

    /** A void or comp that waits for a refund: made once the refund is given, with the same approval. */
    public record Then(Order order, Integer line, String reason) {
    }

    /**
     * Gives {@code amount} back from the bill on screen (also once it is paid and the table closed),
     * in {@code method}, and then, if {@code then} is not null, makes the void or comp that waited for
     * it. A manager's PIN is asked when the member may not refund (or void) alone; one approval covers
     * both. Fails with a {@link Problem} and nothing written when the refund is refused; a void
     * refused after its refund is said in {@link #messageProperty()}.
     */
    public CompletableFuture<Bills.Refunded> refund(Payment.Method method, BigDecimal amount, String reason,
                                                    String managerPin, Then then) {
        Bill shown = bill.get();
        if (shown == null) {
            return CompletableFuture.failedFuture(Problem.conflict("No bill", "There is no bill to refund"));
        }
        boolean pin = needsManagerToRefund() || then != null && needsManager();
        return approvals.approve(pin, managerPin).thenCompose(approver -> services.bills().refund(
                new RefundRequest(table.id(), shown.sessionId(), method, amount, reason, who.get(), approver.id()))
                .thenCompose(refunded -> {
                    String back = services.money().format(refunded.refund().amount()) + " refunded by "
                            + method.name().toLowerCase(java.util.Locale.ROOT)
                            + (approver.name() == null ? "" : ", approved by " + approver.name());
                    if (then == null) {
                        fx.execute(() -> message.set(back));
                        return CompletableFuture.completedFuture(refunded);
                    }
                    return services.orders().adjust(new Adjustment(then.order().id(), then.line(), then.reason(),
                            who.get(), approver.id()), null).handleAsync((order, failure) -> {
                                message.set(back + "; " + (failure == null ? (then.line() == null ? "order "
                                        + then.order().id() + " voided" : "comped on order " + then.order().id())
                                        : "the " + (then.line() == null ? "void" : "comp") + " was refused: "
                                        + Failure.say(failure, "that did not work; try again")));
                                return refunded;
                            }, fx);
                }));
    }

    private CompletableFuture<Order> done(CompletableFuture<Order> change, String approver) {
        return change.whenCompleteAsync((order, failure) -> {
            if (failure == null) {
                message.set((order.status() == OrderStatus.CANCELLED ? "Order " + order.id() + " voided"
                        : "Comped on order " + order.id()) + (approver == null ? "" : ", approved by " + approver));
            }
        }, fx);
    }

    /** The last thing done here, e.g. "Order 12 voided, approved by Alex". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Stops listening for the table's events. */
    @Override
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot stop listening for events", e);
            }
        }
    }
}

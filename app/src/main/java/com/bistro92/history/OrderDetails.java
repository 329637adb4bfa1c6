package com.bistro92.history;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.ORDER_ADJUSTMENT;
import static com.bistro92.db.Tables.ORDER_EVENT;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;

import com.bistro92.db.tables.records.RefundRecord;
import com.bistro92.menu.Allergen;
import com.bistro92.order.Allergy;
import com.bistro92.order.OrderItem.ChosenModifier;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads one order's detail: a handful of short queries on one connection. */
final class OrderDetails {

    private static final TypeReference<List<ChosenModifier>> MODIFIERS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Timeline timeline;

    OrderDetails(ObjectMapper json) {
        this.json = json;
        this.timeline = new Timeline(json);
    }

    Optional<OrderDetail> load(DSLContext ctx, long id) {
        Record order = ctx.select(CUSTOMER_ORDER.fields()).select(DINING_TABLE.LABEL)
                .from(CUSTOMER_ORDER).join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                .where(CUSTOMER_ORDER.ID.eq(id)).fetchOne();
        if (order == null) {
            return Optional.empty();
        }
        List<OrderDetail.Line> lines = ctx.selectFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(id))
                .orderBy(ORDER_LINE.LINE_NO)
                .fetch(l -> new OrderDetail.Line(l.getLineNo(), l.getName(), l.getQuantity(), l.getUnitPrice(),
                        modifiers(l.getModifiers()), l.getInstructions(), l.getLineTotal(), l.getComped(),
                        l.getOpenItem()));
        List<Timeline.Event> events = ctx.select(ORDER_EVENT.SEQ, ORDER_EVENT.TYPE, ORDER_EVENT.CREATED_AT,
                        ORDER_EVENT.PAYLOAD)
                .from(ORDER_EVENT).where(ORDER_EVENT.ORDER_ID.eq(id)).orderBy(ORDER_EVENT.SEQ)
                .fetch(r -> new Timeline.Event(r.value1(), r.value2(), r.value3(), r.value4()));
        List<Timeline.Adjustment> adjustments = ctx.selectFrom(ORDER_ADJUSTMENT)
                .where(ORDER_ADJUSTMENT.ORDER_ID.eq(id)).orderBy(ORDER_ADJUSTMENT.EVENT_SEQ)
                .fetch(a -> new Timeline.Adjustment(a.getKind(), a.getLineNo(), a.getReason(), a.getAmount(),
                        a.getStaffId(), a.getApprovedBy(), a.getCreatedAt(), a.getEventSeq()));
        Long session = order.get(CUSTOMER_ORDER.SESSION_ID);
        Condition paysIt = session == null ? PAYMENT.ORDER_ID.eq(id)
                : PAYMENT.ORDER_ID.eq(id).or(PAYMENT.SESSION_ID.eq(session).and(PAYMENT.ORDER_ID.isNull()));
        var payments = ctx.selectFrom(PAYMENT).where(paysIt).orderBy(PAYMENT.PAID_AT, PAYMENT.ID).fetch();
        List<RefundRecord> refunds = session == null ? List.of()
                : ctx.selectFrom(REFUND).where(REFUND.SESSION_ID.eq(session)).orderBy(REFUND.ID).fetch();

        List<Integer> mentioned = new ArrayList<>(timeline.staffIn(events));
        adjustments.forEach(a -> {
            mentioned.add(a.staffId());
            mentioned.add(a.approvedBy());
        });
        payments.forEach(p -> mentioned.add(p.getStaffId()));
        refunds.forEach(r -> {
            mentioned.add(r.getStaffId());
            mentioned.add(r.getApprovedBy());
        });
        StaffNames staff = StaffNames.of(ctx, mentioned);

        List<OrderDetail.Payment> paid = payments.map(p -> new OrderDetail.Payment(p.getPaidAt(), p.getMethod(),
                p.getAmount(), p.getTip(), staff.name(p.getStaffId()), p.getOrderId() == null));
        List<OrderDetail.Refund> given = refunds.stream().map(r -> new OrderDetail.Refund(r.getRefundedAt(),
                r.getMethod(), r.getAmount(), r.getReason(), staff.name(r.getStaffId()),
                staff.name(r.getApprovedBy()))).toList();
        String table = order.get(DINING_TABLE.LABEL);
        OrderSource source = OrderSource.valueOf(order.get(CUSTOMER_ORDER.SOURCE));
        var entries = timeline.entries(table, source, events, adjustments, paid, given, staff,
                no -> lines.stream().filter(l -> l.no() == no).map(OrderDetail.Line::name).findFirst().orElse("?"));
        return Optional.of(new OrderDetail(id, table, OrderStatus.valueOf(order.get(CUSTOMER_ORDER.STATUS)), source,
                order.get(CUSTOMER_ORDER.CREATED_AT), order.get(CUSTOMER_ORDER.NOTES), order.get(CUSTOMER_ORDER.TOTAL),
                lines, entries, paid, given, new Allergy(Allergen.parse(order.get(CUSTOMER_ORDER.ALLERGENS)),
                        order.get(CUSTOMER_ORDER.ALLERGY_NOTE)).text()));
    }

    private List<ChosenModifier> modifiers(String stored) {
        if (stored == null || stored.equals("[]")) {
            return List.of();
        }
        try {
            return json.readValue(stored, MODIFIERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored modifiers are not JSON", e);
        }
    }
}

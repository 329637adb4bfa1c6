package com.bistro92.kitchen;

import com.bistro92.order.Order;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One page of the kitchen queue: the tickets that fit on screen, in rows, oldest first. Only those
 * tickets have card nodes; a card whose ticket leaves the page is taken off the scene and kept for
 * the next ticket that comes onto it. So a new ticket costs the same with 10 or 1,000 open: at most
 * the cards of one page are walked, and only a card that changed is styled and measured again.
 */
final class TicketGrid extends Region {

    /** The narrowest a card gets; the columns that fit share the page's width between them. */
    static final double CARD_WIDTH = 290;
    static final double GAP = 14;

    /** A card placed on the page. */
    private record Placed(TicketCard card, double x, double y, double height) {
    }

    /** A ticket's measured card height, valid for that version of the ticket. */
    private record Measured(int version, double height) {
    }

    private final Supplier<TicketCard> newCard;
    private final Map<Long, TicketCard> bound = new HashMap<>();
    private final Deque<TicketCard> spare = new ArrayDeque<>();
    private final List<Placed> placed = new ArrayList<>();
    private Map<Long, Measured> heights = new HashMap<>();
    /** The width of every card now: the page's width shared by its columns. */
    private double cardWidth = CARD_WIDTH;

    TicketGrid(Supplier<TicketCard> newCard) {
        this.newCard = newCard;
        getStyleClass().add("ticket-grid");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /**
     * Fills the page with {@code tickets} from index {@code first} on, row by row, for as many as fit
     * whole (the first row always, however tall); returns how many that is.
     */
    int fill(List<Order> tickets, int first, Instant now) {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double usableWidth = getWidth() - left - snappedRightInset();
        double bottom = getHeight() - snappedBottomInset();
        int columns = Math.max(1, (int) ((usableWidth + GAP) / (CARD_WIDTH + GAP)));
        double width = Math.max(CARD_WIDTH, Math.floor((usableWidth - GAP * (columns - 1)) / columns));
        if (width != cardWidth) {
            // the heights were measured at another width
            cardWidth = width;
            heights = new HashMap<>();
        }
        Map<Long, TicketCard> wasBound = new HashMap<>(bound);
        Map<Long, Measured> measured = new HashMap<>();
        bound.clear();
        placed.clear();
        double y = top;
        int next = first;
        while (next < tickets.size()) {
            int inRow = Math.min(columns, tickets.size() - next);
            double rowHeight = 0;
            for (int c = 0; c < inRow; c++) {
                rowHeight = Math.max(rowHeight, height(tickets.get(next + c), wasBound, measured, now));
            }
            if (next > first && y + rowHeight > bottom) {
                break;
            }
            for (int c = 0; c < inRow; c++) {
                Order order = tickets.get(next + c);
                TicketCard card = card(order, next + c - first + 1, now, wasBound);
                placed.add(new Placed(card, left + c * (cardWidth + GAP), y,
                        height(order, wasBound, measured, now)));
            }
            y += rowHeight + GAP;
            next += inRow;
        }
        // off the page: every card whose ticket left it, and any measured for a row that did not fit
        Set<TicketCard> onPage = Collections.newSetFromMap(new IdentityHashMap<>());
        placed.forEach(p -> onPage.add(p.card()));
        List<TicketCard> off = new ArrayList<>(wasBound.values());
        bound.values().removeIf(card -> !onPage.contains(card) && off.add(card));
        for (TicketCard card : off) {
            getChildren().remove(card);
            spare.push(card);
        }
        heights = measured;
        requestLayout();
        return next - first;
    }

    /**
     * The card for {@code order}, showing it as number {@code position} at {@code now}: its own if it
     * has one, else a spare one or a new one, on the page.
     */
    private TicketCard card(Order order, int position, Instant now, Map<Long, TicketCard> wasBound) {
        TicketCard card = bound.get(order.id());
        if (card == null) {
            card = wasBound.remove(order.id());
        }
        if (card == null) {
            card = spare.isEmpty() ? newCard.get() : spare.pop();
        }
        card.show(order, position);
        card.age(now);
        if (card.getParent() != this) {
            getChildren().add(card);
        }
        bound.put(order.id(), card);
        return card;
    }

    /** How tall {@code order}'s card is: measured once per version of the ticket. */
    private double height(Order order, Map<Long, TicketCard> wasBound, Map<Long, Measured> measured, Instant now) {
        Measured known = measured.get(order.id());
        if (known == null) {
            known = heights.get(order.id());
        }
        if (known == null || known.version() != order.version()) {
            TicketCard card = card(order, 1, now, wasBound);
            card.applyCss();
            known = new Measured(order.version(), card.prefHeight(cardWidth));
        }
        measured.put(order.id(), known);
        return known.height();
    }

    /** Forgets every measured height, e.g. when the theme or the fonts may have changed. */
    void remeasure() {
        heights = new HashMap<>();
    }

    /** The cards on the page, in order. */
    List<TicketCard> cards() {
        return placed.stream().map(Placed::card).toList();
    }

    /** Every card made so far, on the page or spare. */
    void eachCard(Consumer<TicketCard> action) {
        bound.values().forEach(action);
        spare.forEach(action);
    }

    @Override
    protected void layoutChildren() {
        for (Placed p : placed) {
            p.card().resizeRelocate(p.x(), p.y(), cardWidth, p.height());
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return CARD_WIDTH + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}

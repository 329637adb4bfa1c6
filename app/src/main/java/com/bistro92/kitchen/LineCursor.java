package com.bistro92.kitchen;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;

/**
 * The kitchen's line cursor, for a cook without a touch screen: the arrow keys move it through the
 * lines on screen (↑ ↓ line by line, across cards; ← → to the previous or next card), and Space or
 * Enter marks its line done or not done again. It shows once an arrow key is pressed, follows its
 * ticket when the queue changes, and keeps its place when its ticket leaves.
 */
final class LineCursor {

    private final Supplier<List<TicketCard>> onPage;
    private TicketCard card;
    private long orderId = -1;
    private int lineNo;
    private int index;

    /** @param onPage the cards on this page, in the queue's order: all of them wholly on screen */
    LineCursor(Supplier<List<TicketCard>> onPage) {
        this.onPage = onPage;
    }

    /** Moves the cursor for an arrow key; false for any other key. The first arrow shows it on the first line. */
    boolean move(KeyCode key) {
        if (!key.isArrowKey()) {
            return false;
        }
        List<TicketCard> cards = cards();
        if (cards.isEmpty()) {
            return true;
        }
        int at = orderId < 0 ? -1 : position(cards);
        if (at < 0) {
            put(cards, 0, 0);
            return true;
        }
        List<Integer> lines = cards.get(at).shownLines();
        int line = Math.max(0, lines.indexOf(lineNo));
        switch (key) {
            case DOWN, KP_DOWN -> {
                if (line + 1 < lines.size()) {
                    put(cards, at, line + 1);
                } else if (at + 1 < cards.size()) {
                    put(cards, at + 1, 0);
                }
            }
            case UP, KP_UP -> {
                if (line > 0) {
                    put(cards, at, line - 1);
                } else if (at > 0) {
                    put(cards, at - 1, cards.get(at - 1).shownLines().size() - 1);
                }
            }
            case RIGHT, KP_RIGHT -> put(cards, Math.min(at + 1, cards.size() - 1), 0);
            default -> put(cards, Math.max(at - 1, 0), 0);
        }
        return true;
    }

    /** The card under the cursor, or null when it is not shown. */
    TicketCard card() {
        return orderId < 0 ? null : card;
    }

    /** The number (from 1) of the line under the cursor, when {@link #card()} is not null. */
    int lineNo() {
        return lineNo;
    }

    /**
     * After the queue changed: the cursor stays on its line; on the same place in the queue when its
     * ticket left; on the first line of its card when its line is no longer shown; hidden when the
     * queue is empty.
     */
    void refresh() {
        if (orderId < 0) {
            return;
        }
        List<TicketCard> cards = cards();
        int at = position(cards);
        if (at >= 0) {
            List<Integer> lines = cards.get(at).shownLines();
            put(cards, at, Math.max(0, lines.indexOf(lineNo)));
        } else if (!cards.isEmpty()) {
            put(cards, Math.min(index, cards.size() - 1), 0);
        } else {
            hide();
        }
    }

    private void hide() {
        if (card != null) {
            card.cursor(0);
        }
        card = null;
        orderId = -1;
    }

    private int position(List<TicketCard> cards) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).order().id() == orderId) {
                return i;
            }
        }
        return -1;
    }

    private void put(List<TicketCard> cards, int at, int line) {
        TicketCard next = cards.get(at);
        List<Integer> lines = next.shownLines();
        if (lines.isEmpty()) {
            return;
        }
        if (card != null && card != next) {
            card.cursor(0);
        }
        card = next;
        index = at;
        orderId = next.order().id();
        lineNo = lines.get(Math.min(Math.max(line, 0), lines.size() - 1));
        next.cursor(lineNo);
    }

    private List<TicketCard> cards() {
        return onPage.get().stream().filter(c -> c.order() != null).toList();
    }
}

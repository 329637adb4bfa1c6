package com.bistro92.stock;

import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.text.CleanText;
import java.util.ArrayList;
import java.util.List;

/** A count as staff set it up: its name, how many are on hand, and the items that take from it. */
public record StockDraft(String name, Integer onHand, List<Integer> itemIds) {

    public static final int MAX_ON_HAND = 1_000_000;

    public StockDraft {
        name = name == null ? "" : CleanText.nfc(name).strip();
        itemIds = itemIds == null ? List.of() : itemIds.stream().distinct().toList();
    }

    /** @throws Problem 422 naming each field that is wrong */
    void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > 60 || CleanText.problem(name, false) != null) {
            errors.add(new FieldError("name", "is required: one line of at most 60 characters"));
        }
        count(onHand, errors);
        if (itemIds.isEmpty() || itemIds.size() > 50 || itemIds.contains(null)) {
            errors.add(new FieldError("item_ids", "must name 1 to 50 menu items that take from it"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("Invalid stock", errors);
        }
    }

    /** Checks a count: a whole number from 0 to {@link #MAX_ON_HAND}. */
    static void count(Integer onHand, List<FieldError> errors) {
        if (onHand == null || onHand < 0 || onHand > MAX_ON_HAND) {
            errors.add(new FieldError("on_hand", "must be a whole number from 0 to " + MAX_ON_HAND));
        }
    }
}

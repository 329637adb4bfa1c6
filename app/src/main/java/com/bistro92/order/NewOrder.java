package com.bistro92.order;

import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.table.TableDirectory;
import com.bistro92.text.CleanText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request to place an order, already parsed but not yet checked against the menu.
 *
 * @param table          the table's label as the client sent it
 * @param idempotencyKey optional; the same key sent again by the same caller returns the first order
 * @param padId          the pad placing it, or null; a pad orders only while its table is seated
 * @param keyScope       whose keys {@code idempotencyKey} is among ({@link #padKeys}, {@link #STAFF_KEYS}, ...):
 *                       a key is unique per caller, so another caller's key is never a conflict
 * @param allergy        the guest's allergy, {@link Allergy#NONE} for none
 */
public record NewOrder(String table, List<Line> lines, String notes, OrderSource source, String idempotencyKey,
                       Integer padId, String keyScope, Allergy allergy) {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 99;
    public static final int MAX_TABLE_LENGTH = 60;
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_INSTRUCTIONS_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 500;
    public static final int MAX_KEY_LENGTH = 80;
    public static final int MAX_MODIFIERS = 20;

    /** The keys of staff, with the staff token. */
    public static final String STAFF_KEYS = "staff";
    /** The keys of programs on the restaurant's computer without the staff token: the seed contract's clients. */
    public static final String SEED_KEYS = "seed";

    /** The keys of one paired pad. */
    public static String padKeys(int padId) {
        return "pad:" + padId;
    }

    /** The keys of one paired display. */
    public static String displayKeys(int displayId) {
        return "display:" + displayId;
    }

    /**
     * One requested line: an item by menu id (pads) or by name (seed clients), how many, the
     * chosen modifiers by id, and what the guest asked for.
     */
    public record Line(Integer menuItemId, String name, Integer quantity, List<Integer> modifierIds,
                       String instructions) {

        public Line {
            modifierIds = modifierIds == null ? List.of() : modifierIds;
            name = CleanText.nfc(name);
            instructions = CleanText.nfc(instructions);
        }

        /** A line naming its item, as the seed protocol does. */
        public Line(String name, Integer quantity, String instructions) {
            this(null, name, quantity, List.of(), instructions);
        }
    }

    public NewOrder {
        // nulls are kept so that validate() can name the offending entry
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
        table = CleanText.nfc(table);
        notes = notes == null ? "" : CleanText.nfc(notes).strip();
        keyScope = idempotencyKey == null ? null
                : java.util.Objects.requireNonNull(keyScope, "an idempotency key needs the scope of its caller");
        allergy = allergy == null ? Allergy.NONE : allergy;
    }

    /** An order without an allergy. */
    public NewOrder(String table, List<Line> lines, String notes, OrderSource source, String idempotencyKey,
                    Integer padId, String keyScope) {
        this(table, lines, notes, source, idempotencyKey, padId, keyScope, Allergy.NONE);
    }

    /** An order placed by staff or a seed client, not by a pad. */
    public NewOrder(String table, List<Line> lines, String notes, OrderSource source, String idempotencyKey) {
        this(table, lines, notes, source, idempotencyKey, null);
    }

    /** An order whose key is among those of the pad placing it, or else of its source's callers. */
    public NewOrder(String table, List<Line> lines, String notes, OrderSource source, String idempotencyKey,
                    Integer padId) {
        this(table, lines, notes, source, idempotencyKey, padId, padId != null ? padKeys(padId)
                : source == OrderSource.STAFF ? STAFF_KEYS : SEED_KEYS);
    }

    /**
     * Checks everything that can be checked without the menu.
     *
     * @throws Problem 422 listing every field that is wrong
     */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (table == null || table.isBlank()) {
            errors.add(new FieldError("table", "is required"));
        } else if (table.strip().length() > MAX_TABLE_LENGTH
                || TableDirectory.key(table).length() > MAX_TABLE_LENGTH) {
            // the key is lower case, which can be longer than the label ("İ" becomes two chars)
            errors.add(new FieldError("table", "must be at most " + MAX_TABLE_LENGTH + " characters"));
        } else {
            text("table", table, false, errors);
        }
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("items", "must contain at least one item"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("items", "must contain at most " + MAX_LINES + " items"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                validateLine("items[" + i + "]", lines.get(i), errors);
            }
        }
        if (notes.length() > MAX_NOTES_LENGTH) {
            errors.add(new FieldError("notes", "must be at most " + MAX_NOTES_LENGTH + " characters"));
        }
        text("notes", notes, true, errors);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            errors.add(new FieldError("idempotency_key", "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        } else {
            text("idempotency_key", idempotencyKey, false, errors);
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("Invalid order", errors);
        }
    }

    private static void validateLine(String at, Line line, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(at, "must be an item"));
            return;
        }
        if (line.menuItemId() == null && (line.name() == null || line.name().isBlank())) {
            errors.add(new FieldError(at + ".name", "is required"));
        } else if (line.name() != null && line.name().strip().length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(at + ".name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else {
            text(at + ".name", line.name(), false, errors);
        }
        if (line.quantity() == null) {
            errors.add(new FieldError(at + ".quantity", "is required"));
        } else if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            errors.add(new FieldError(at + ".quantity", "must be between 1 and " + MAX_QUANTITY));
        }
        if (line.modifierIds().size() > MAX_MODIFIERS || line.modifierIds().stream().anyMatch(java.util.Objects::isNull)
                || line.modifierIds().stream().distinct().count() < line.modifierIds().size()) {
            errors.add(new FieldError(at + ".modifier_ids", "must be at most " + MAX_MODIFIERS + " different ids"));
        }
        if (line.instructions() != null && line.instructions().strip().length() > MAX_INSTRUCTIONS_LENGTH) {
            errors.add(new FieldError(at + ".instructions", "must be at most " + MAX_INSTRUCTIONS_LENGTH + " characters"));
        } else {
            text(at + ".instructions", line.instructions(), false, errors);
        }
    }

    private static void text(String field, String value, boolean multiline, List<FieldError> errors) {
        String problem = CleanText.problem(value, multiline);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }
}

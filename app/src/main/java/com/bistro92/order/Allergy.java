package com.bistro92.order;

import com.bistro92.menu.Allergen;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.text.CleanText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The guest's allergy on an order ("nut allergy at this table"): allergens chosen from the 14 of EU
 * law, and free text beside them. {@link #NONE} when the guest declared none. On the wire
 * {@code {"allergens": ["nuts"], "note": "severe"}}.
 */
public record Allergy(List<Allergen> allergens, String note) {

    public static final int MAX_NOTE_LENGTH = 200;
    public static final Allergy NONE = new Allergy(List.of(), "");

    public Allergy {
        allergens = Allergen.sorted(allergens);
        note = note == null ? "" : CleanText.nfc(note).strip();
    }

    /** True when the guest declared an allergy: an allergen, a note, or both. */
    public boolean declared() {
        return !allergens.isEmpty() || !note.isEmpty();
    }

    /** Which of {@code contained} this allergy names, in {@link Allergen}'s order. */
    public List<Allergen> involved(Collection<Allergen> contained) {
        return allergens.stream().filter(contained::contains).toList();
    }

    /** "Nuts, Milk · severe": how the kitchen, the bill and the history write it; "" for none. */
    public String text() {
        String names = allergens.stream().map(Allergen::label).collect(Collectors.joining(", "));
        return names.isEmpty() ? note : note.isEmpty() ? names : names + " · " + note;
    }

    /**
     * The allergy a request sent ({@code "allergy": {"allergens": [...], "note": "..."}}), {@link #NONE} for none.
     *
     * @throws com.bistro92.problem.Problem 422 naming each unknown allergen or bad note
     */
    public static Allergy read(List<String> codes, String note) {
        List<FieldError> errors = new ArrayList<>();
        Allergy allergy = parse(codes, note, "allergy", errors);
        if (allergy == null) {
            throw com.bistro92.problem.Problem.unprocessable("Invalid allergy", errors);
        }
        return allergy.declared() ? allergy : NONE;
    }

    /**
     * An allergy from a request's codes and note, or {@link #NONE} for none.
     *
     * @param at where the allergy is in the request, for the errors
     * @return null when something is wrong: {@code errors} says what
     */
    static Allergy parse(List<String> codes, String note, String at, List<FieldError> errors) {
        List<Allergen> allergens = new ArrayList<>();
        int before = errors.size();
        if (codes != null) {
            if (codes.size() > Allergen.values().length) {
                errors.add(new FieldError(at + ".allergens", "must list at most " + Allergen.values().length
                        + " allergens"));
                return null;
            }
            for (int i = 0; i < codes.size(); i++) {
                try {
                    allergens.add(Allergen.of(codes.get(i)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(at + ".allergens[" + i + "]", e.getMessage()));
                }
            }
        }
        String clean = note == null ? "" : CleanText.nfc(note).strip();
        if (clean.length() > MAX_NOTE_LENGTH) {
            errors.add(new FieldError(at + ".note", "must be at most " + MAX_NOTE_LENGTH + " characters"));
        } else {
            String problem = CleanText.problem(clean, false);
            if (problem != null) {
                errors.add(new FieldError(at + ".note", problem));
            }
        }
        return errors.size() > before ? null : new Allergy(allergens, clean);
    }
}

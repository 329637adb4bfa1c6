package com.bistro92.text;

/**
 * Text that guests or staff typed, made safe to open in a spreadsheet: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula
 * (CSV injection, e.g. a pad's note {@code =HYPERLINK(...)}), so it gets a leading apostrophe,
 * which spreadsheets show as text and do not print.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** {@code text} as a cell that a spreadsheet shows as text, never runs. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}

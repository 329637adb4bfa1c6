package com.bistro92.text;

import java.text.Normalizer;

/**
 * What people may type into a name, a note or a label. Text is NFC-normalised first, so that
 * "é" typed two ways is one name and lengths are counted as a reader sees them. Refused: control
 * characters (NUL, ESC, CR, LF in a one-line name), the invisible marks that reorder text
 * (bidirectional embeddings, overrides and isolates, which can make a ticket read differently
 * from what was ordered), lone surrogate halves, and non-characters.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The text in NFC, or null for null. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Why {@code text} may not be stored, or null when it may.
     *
     * @param multiline whether line breaks and tabs are allowed (notes), or not (names, labels)
     */
    public static String problem(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i++);
                if ((cp & 0xFFFE) == 0xFFFE) {
                    return "must not contain non-characters";
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "must not contain a lone surrogate (broken UTF-16)";
            }
            if (multiline && (c == '\n' || c == '\t')) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return multiline ? "must not contain control characters other than line breaks and tabs"
                        : "must be one line of text without control characters";
            }
            if (isBidiControl(c)) {
                return "must not contain invisible text-direction marks";
            }
            if (c == '\uFFFE' || c == '\uFFFF' || c >= '\uFDD0' && c <= '\uFDEF') {
                return "must not contain non-characters";
            }
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}

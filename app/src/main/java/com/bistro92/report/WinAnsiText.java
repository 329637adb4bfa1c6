package com.bistro92.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text safe for one of the PDF's standard fonts, which know only the WinAnsi characters
 * (Latin-1 plus a few such as € – — “ ” …). A character the font cannot show is replaced: arrows
 * and odd spaces by their plain look-alikes, a currency sign by the currency's code, anything
 * else by "?"; PDFBox would otherwise refuse the whole line.
 */
final class WinAnsiText {

    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2194, "<->"), Map.entry(0x21D2, "=>"),
            Map.entry(0x2212, "-"), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
            Map.entry(0x2009, " "), Map.entry(0x200A, " "), Map.entry(0x202F, " "), Map.entry(0x2007, " "),
            Map.entry(0x2002, " "), Map.entry(0x2003, " "), Map.entry(0x2713, "yes"), Map.entry(0x2714, "yes"),
            Map.entry(0x2264, "<="), Map.entry(0x2265, ">="), Map.entry(0x2260, "!="), Map.entry(0x00D7, "x"),
            Map.entry(0x2032, "'"), Map.entry(0x2033, "\""));

    private final PDFont font;
    private final String currencyCode;
    private final Map<Integer, Boolean> known = new HashMap<>();

    /** @param currencyCode what a currency sign the font lacks becomes, e.g. "INR" for ₹ */
    WinAnsiText(PDFont font, String currencyCode) {
        this.font = font;
        this.currencyCode = currencyCode;
    }

    /** {@code text} with every character the font cannot show replaced; line breaks and tabs become spaces. */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (shows(c)) {
                out.appendCodePoint(c);
            } else if (LOOK_ALIKES.containsKey(c)) {
                out.append(LOOK_ALIKES.get(c));
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                out.append(currencyCode).append(' ');
            } else if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString().replace("  ", " ").strip();
    }

    private boolean shows(int codePoint) {
        return known.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException cannot) {
                return false;
            }
        });
    }
}

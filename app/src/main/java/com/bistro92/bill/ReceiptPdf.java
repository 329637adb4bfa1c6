package com.bistro92.bill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A receipt as a PDF the width of a till roll (80 mm), as long as it needs to be. The standard
 * fonts hold Western European text; a character they cannot show is written as "?".
 */
public final class ReceiptPdf {

    private static final float WIDTH = 80 / 25.4f * 72;
    private static final float MARGIN = 12;
    private static final float LEADING = 12;
    private static final float SIZE = 8.5f;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> known = new HashMap<>();

    /** Writes {@code receipt} to {@code file}. */
    public void write(Receipt receipt, Path file) throws IOException {
        float height = MARGIN * 2 + LEADING * (receipt.rows().size() + 1);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, height));
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                float y = height - MARGIN - LEADING;
                for (Receipt.Row row : receipt.rows()) {
                    draw(out, row, y);
                    y -= LEADING;
                }
            }
            pdf.save(file.toFile());
        }
    }

    private void draw(PDPageContentStream out, Receipt.Row row, float y) throws IOException {
        if (row.kind() == Receipt.Kind.RULE) {
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y + LEADING / 2);
            out.lineTo(WIDTH - MARGIN, y + LEADING / 2);
            out.stroke();
            return;
        }
        PDType1Font font = row.kind() == Receipt.Kind.TITLE || row.kind() == Receipt.Kind.TOTAL ? bold : regular;
        float size = row.kind() == Receipt.Kind.TITLE ? SIZE + 3 : SIZE;
        String right = safe(row.right());
        float rightWidth = font.getStringWidth(right) / 1000 * size;
        String left = fit(safe(row.left()), font, size, WIDTH - 2 * MARGIN - rightWidth - 6);
        text(out, font, size, row.kind() == Receipt.Kind.TITLE
                ? (WIDTH - font.getStringWidth(left) / 1000 * size) / 2 : MARGIN, y, left);
        if (!right.isEmpty()) {
            text(out, font, size, WIDTH - MARGIN - rightWidth, y, right);
        }
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** The text cut with "…" to fit {@code width}. */
    private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /** The text with every character the standard fonts cannot show replaced by "?". */
    private String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(known.computeIfAbsent(cp, this::canShow) ? cp : '?'));
        return out.toString();
    }

    private boolean canShow(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}

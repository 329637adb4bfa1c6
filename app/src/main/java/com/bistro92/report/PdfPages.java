package com.bistro92.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages written top to bottom: text in Helvetica, section headings, and tables that carry on
 * over as many pages as they need, repeating their heading and column titles. Every string passes
 * through {@link WinAnsiText} first.
 */
final class PdfPages implements AutoCloseable {

    /** A table's column: its title, its share of the page's width, and whether it holds figures (right-aligned). */
    record Column(String title, float share, boolean figures) {
    }

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 48;
    static final float CONTENT = WIDTH - 2 * MARGIN;
    private static final float BOTTOM = 60;
    private static final float ROW = 15;
    private static final float SIZE = 9;

    static final float[] INK = {0.12f, 0.14f, 0.17f};
    static final float[] MUTED = {0.42f, 0.45f, 0.50f};
    static final float[] ACCENT = {0.09f, 0.33f, 0.55f};
    static final float[] RULE = {0.80f, 0.82f, 0.85f};
    static final float[] SHADE = {0.955f, 0.962f, 0.972f};
    static final float[] BAD = {0.70f, 0.13f, 0.13f};

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument doc = new PDDocument();
    private final WinAnsiText text;
    private PDPageContentStream out;
    private float y;

    PdfPages(String title, String currencyCode) {
        this.text = new WinAnsiText(regular, currencyCode);
        doc.getDocumentInformation().setTitle(text.safe(title));
        doc.getDocumentInformation().setCreator("Bistro92");
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = HEIGHT - MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void keep(float height) throws IOException {
        if (out == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void text(String s, float x, float baseline, PDFont font, float size, float[] colour) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(colour[0], colour[1], colour[2]);
        out.newLineAtOffset(x, baseline);
        out.showText(text.safe(s));
        out.endText();
    }

    void textRight(String s, float right, float baseline, PDFont font, float size, float[] colour) throws IOException {
        text(s, right - width(s, font, size), baseline, font, size, colour);
    }

    float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(text.safe(s)) / 1000 * size;
    }

    void box(float x, float bottom, float w, float h, float[] colour) throws IOException {
        out.setNonStrokingColor(colour[0], colour[1], colour[2]);
        out.addRect(x, bottom, w, h);
        out.fill();
    }

    void rule(float x, float at, float w, float[] colour, float thickness) throws IOException {
        box(x, at - thickness / 2, w, thickness, colour);
    }

    /** A section's heading: bold, in the accent colour, over a thin rule; kept with {@code next} points of what follows. */
    void heading(String title, float next) throws IOException {
        keep(34 + next);
        y -= 22;
        text(title, MARGIN, y, bold, 12, ACCENT);
        y -= 6;
        rule(MARGIN, y, CONTENT, ACCENT, 0.8f);
        y -= 4;
    }

    /**
     * A table under the heading {@code title}; {@code total}, if not null, is a bold last row over a
     * rule. A cell too wide for its column is cut short with "...".
     */
    void table(String title, List<Column> columns, List<List<String>> rows, List<String> total) throws IOException {
        heading(title, ROW * 2);
        header(columns);
        for (int i = 0; i < rows.size(); i++) {
            if (y - ROW < BOTTOM) {
                newPage();
                heading(title + " (continued)", ROW * 2);
                header(columns);
            }
            if (i % 2 == 1) {
                box(MARGIN, y - ROW, CONTENT, ROW, SHADE);
            }
            y -= ROW;
            cells(columns, rows.get(i), regular, INK);
        }
        if (rows.isEmpty()) {
            y -= ROW;
            text("None", MARGIN + 4, y + 4, regular, SIZE, MUTED);
        }
        if (total != null) {
            keep(ROW + 3);
            y -= 2;
            rule(MARGIN, y + 1, CONTENT, INK, 0.6f);
            y -= ROW;
            cells(columns, total, bold, INK);
        }
    }

    private void header(List<Column> columns) throws IOException {
        y -= ROW;
        cells(columns, columns.stream().map(Column::title).toList(), bold, MUTED);
        rule(MARGIN, y + 1, CONTENT, RULE, 0.6f);
        y -= 2;
    }

    private void cells(List<Column> columns, List<String> values, PDFont font, float[] colour) throws IOException {
        float x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            float w = CONTENT * column.share();
            String value = fit(c < values.size() ? values.get(c) : "", font, SIZE, w - 8);
            if (column.figures()) {
                textRight(value, x + w - 4, y + 4, font, SIZE, colour);
            } else {
                text(value, x + 4, y + 4, font, SIZE, colour);
            }
            x += w;
        }
    }

    /** {@code s}, cut short with "..." so that it is at most {@code max} points wide. */
    String fit(String s, PDFont font, float size, float max) throws IOException {
        String safe = text.safe(s);
        if (width(safe, font, size) <= max) {
            return safe;
        }
        String cut = safe;
        while (!cut.isEmpty() && width(cut + "...", font, size) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "...";
    }

    /** Writes {@code left} and "Page n of N" at the foot of every page, then the document to {@code target}. */
    void finish(String left, OutputStream target) throws IOException {
        if (out == null) {
            newPage();
        }
        out.close();
        out = null;
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = foot;
                rule(MARGIN, 44, CONTENT, RULE, 0.6f);
                text(left, MARGIN, 32, regular, 8, MUTED);
                textRight("Page " + (i + 1) + " of " + pages, WIDTH - MARGIN, 32, regular, 8, MUTED);
            }
        }
        out = null;
        doc.save(target);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        doc.close();
    }
}

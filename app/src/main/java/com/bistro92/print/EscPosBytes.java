package com.bistro92.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Ticket} as the bytes of an ESC/POS printer, through escpos-coffee: the printer reset,
 * code page 858 (Western European with the euro sign), each row in its type (large rows double
 * width and height, inverse rows white on black), wrapped to the paper's width, then a feed and a
 * partial cut. Characters the code page lacks are printed as their closest plain letters ("×" as
 * "x", "é" stays "é", "✓" as "?").
 */
final class EscPosBytes {

    /** Characters a line of Font A holds on each paper width. */
    static int columns(int paperMm) {
        return paperMm == 58 ? 32 : 48;
    }

    private EscPosBytes() {
    }

    static byte[] of(Ticket ticket, int paperMm) {
        int columns = columns(paperMm);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (EscPos printer = new EscPos(out)) {
            printer.initializePrinter();
            printer.setCharacterCodeTable(EscPos.CharacterCodeTable.CP858_Euro);
            for (Ticket.Row row : ticket.rows()) {
                Style style = style(row.look());
                int width = large(row.look()) ? columns / 2 : columns;
                if (row.text().equals("-") && row.right().isEmpty()) {
                    printer.writeLF(style, "-".repeat(width));
                    continue;
                }
                for (String line : lines(plain(row.text()), plain(row.right()), width)) {
                    printer.writeLF(style, line);
                }
            }
            printer.feed(4);
            printer.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a ticket to memory", e);
        }
        return out.toByteArray();
    }

    private static boolean large(Ticket.Look look) {
        return look == Ticket.Look.LARGE || look == Ticket.Look.LARGE_INVERSE;
    }

    private static Style style(Ticket.Look look) {
        Style style = new Style();
        switch (look) {
            case NORMAL -> { }
            case BOLD -> style.setBold(true);
            case LARGE -> style.setBold(true).setFontSize(Style.FontSize._2, Style.FontSize._2);
            case LARGE_INVERSE -> style.setBold(true).setFontSize(Style.FontSize._2, Style.FontSize._2)
                    .setColorMode(Style.ColorMode.WhiteOnBlack).setJustification(EscPosConst.Justification.Center);
        }
        return style;
    }

    /**
     * {@code text} wrapped at spaces to {@code width}, with {@code right} flush right on the last
     * line (on a line of its own when it does not fit beside the text).
     */
    static List<String> lines(String text, String right, int width) {
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ' && indent < width / 2) {
            indent++;
        }
        String pad = " ".repeat(indent);
        int room = width - indent;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.substring(indent).split(" +")) {
            while (word.length() > room) {
                if (!line.isEmpty()) {
                    lines.add(pad + line);
                    line.setLength(0);
                }
                lines.add(pad + word.substring(0, room));
                word = word.substring(room);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > room) {
                lines.add(pad + line);
                line.setLength(0);
            } else if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        String last = pad + line;
        if (!right.isEmpty()) {
            if (last.length() + 1 + right.length() <= width) {
                last = last + " ".repeat(width - last.length() - right.length()) + right;
            } else {
                lines.add(last);
                last = " ".repeat(Math.max(0, width - right.length())) + right;
            }
        }
        lines.add(last);
        return lines;
    }

    /** The text with what code page 858 cannot print replaced: "×" by "x", dashes and quotes by plain ones. */
    static String plain(String text) {
        String out = text.replace('×', 'x').replace('–', '-').replace('—', '-').replace('·', '-')
                .replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"').replace('…', '.')
                .replace('⚠', '!');
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}

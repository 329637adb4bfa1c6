package com.bistro92.tableview;

import io.nayuki.qrcodegen.QrCode;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Draws a QR code as an image, with the quiet zone scanners need around it. */
final class QrImage {

    private static final int QUIET = 4;

    private QrImage() {
    }

    static WritableImage of(String text, int scale) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = (qr.size + 2 * QUIET) * scale;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / scale - QUIET;
                int my = y / scale - QUIET;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.getModule(mx, my);
                pixels.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}

package com.bistro92.pad.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Pictures of the pad window taken by its UI tests: to {@code target/screenshots}, or to the folder
 * named by {@code -Dscreenshots.dir} (docs/pictures.sh makes docs/pad.png this way).
 */
final class PadPictures {

    private PadPictures() {
    }

    /** What {@code scene} shows now. */
    static WritableImage shot(FxRobot robot, Scene scene) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        return shot[0];
    }

    /** Saves {@code shots} side by side, left to right, as {@code name}; returns the file. */
    static Path saveSideBySide(String name, WritableImage... shots) throws IOException {
        int width = 0;
        int height = 0;
        for (WritableImage shot : shots) {
            width += (int) shot.getWidth();
            height = Math.max(height, (int) shot.getHeight());
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int left = 0;
        for (WritableImage shot : shots) {
            PixelReader pixels = shot.getPixelReader();
            for (int y = 0; y < (int) shot.getHeight(); y++) {
                for (int x = 0; x < (int) shot.getWidth(); x++) {
                    out.setRGB(left + x, y, pixels.getArgb(x, y));
                }
            }
            left += (int) shot.getWidth();
        }
        Path folder = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
        Path file = folder.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}

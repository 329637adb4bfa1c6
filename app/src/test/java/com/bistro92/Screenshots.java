package com.bistro92;

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
 * Pictures of real views taken by the UI tests: to {@code target/screenshots}, or to the folder named
 * by {@code -Dscreenshots.dir} (the README's pictures come from {@code -Dscreenshots.dir=docs}).
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** The folder the pictures go to, made if needed. */
    public static Path folder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }

    /** Saves what {@code scene} shows now as {@code name} in {@link #folder()}; returns the file. */
    public static Path save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Path file = folder().resolve(name);
        write(shot[0], file);
        return file;
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }
}

package com.bistro92;

import java.awt.Color;
import java.awt.Graphics2D;
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
 * by {@code -Dscreenshots.dir} (docs/pictures.sh makes every picture in docs/ this way).
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

    /** Saves what {@code node} shows now, alone, as {@code name} in {@link #folder()}; returns the file. */
    public static Path saveNode(FxRobot robot, javafx.scene.Node node, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        Path file = folder().resolve(name);
        write(shot[0], file);
        return file;
    }

    /**
     * Saves {@code window} with {@code dialog} drawn over its middle, with a thin frame, as a person
     * sees a dialog on top of the window: headless, each window is its own picture.
     */
    public static Path saveWithDialog(FxRobot robot, Scene window, Scene dialog, String name) throws IOException {
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            shots[0] = window.snapshot(null);
            shots[1] = dialog.snapshot(null);
        });
        BufferedImage out = image(shots[0]);
        BufferedImage over = image(shots[1]);
        int x = (out.getWidth() - over.getWidth()) / 2;
        int y = (out.getHeight() - over.getHeight()) / 2;
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(0, 0, 0, 60));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(over, x, y, null);
        g.setColor(new Color(0x88, 0x8c, 0x94));
        g.drawRect(x - 1, y - 1, over.getWidth() + 1, over.getHeight() + 1);
        g.dispose();
        Path file = folder().resolve(name);
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    private static void write(WritableImage image, Path file) throws IOException {
        ImageIO.write(image(image), "png", file.toFile());
    }

    private static BufferedImage image(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}

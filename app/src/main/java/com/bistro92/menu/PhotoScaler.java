package com.bistro92.menu;

import com.bistro92.problem.Problem;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns a photo the manager picked (PNG or JPEG, any size) into the one stored with the item:
 * scaled down to at most 480 pixels on its longer side, PNG kept as PNG and JPEG as JPEG. Slow
 * for a large photo: call it off the FX thread.
 */
public final class PhotoScaler {

    /** The longest side of a stored photo, in pixels: plenty for a pad or a menu card. */
    public static final int MAX_SIDE = 480;

    /** Files larger than this are refused before they are decoded. */
    public static final int MAX_INPUT_BYTES = 20 * 1024 * 1024;

    private PhotoScaler() {
    }

    /** The photo to store, or a 422 naming the field {@code photo} when the bytes are no PNG or JPEG. */
    public static Photo scale(byte[] input) {
        if (input.length > MAX_INPUT_BYTES) {
            throw refused("is larger than 20 MB");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(input))) {
            if (in == null || !ImageIO.getImageReaders(in).hasNext()) {
                throw refused("must be a PNG or JPEG image");
            }
            ImageReader reader = ImageIO.getImageReaders(in).next();
            String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
            boolean png = format.equals("png");
            if (!png && !format.equals("jpeg") && !format.equals("jpg")) {
                throw refused("must be a PNG or JPEG image, not " + format.toUpperCase(java.util.Locale.ROOT));
            }
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            reader.dispose();
            BufferedImage scaled = fit(image, png);
            byte[] bytes = png ? png(scaled) : jpeg(scaled);
            return new Photo(bytes, png ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight());
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            throw refused("could not be read as a PNG or JPEG image");
        }
    }

    private static BufferedImage fit(BufferedImage image, boolean keepAlpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = image;
        // halve step by step, then draw the last step: bilinear in one go would skip pixels
        while (current.getWidth() / 2 >= tw && current.getHeight() / 2 >= th) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, keepAlpha);
        }
        return draw(current, tw, th, keepAlpha);
    }

    private static BufferedImage draw(BufferedImage from, int w, int h, boolean keepAlpha) {
        BufferedImage to = new BufferedImage(w, h, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(from, 0, 0, w, h, null);
        g.dispose();
        return to;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static Problem refused(String why) {
        return Problem.unprocessable("The photo was refused", List.of(new Problem.FieldError("photo", "The photo " + why)));
    }
}

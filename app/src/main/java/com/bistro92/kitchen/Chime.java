package com.bistro92.kitchen;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short two-note chime for a new ticket, synthesised with the JDK's sound API (JavaFX media
 * is not on the classpath). Plays on its own thread; a machine without audio stays silent and
 * says so once in the log.
 */
final class Chime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Chime.class);
    private static final float RATE = 44_100f;

    private final ExecutorService player = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kitchen-chime").daemon().factory());
    private final byte[] sound = tone(new double[] {880, 1318.5}, 0.12);
    private volatile boolean warned;

    /** Plays the chime on its own thread; after {@link #close()}, e.g. for a ticket drawn as the view goes, nothing. */
    void play() {
        try {
            player.execute(this::playNow);
        } catch (RejectedExecutionException e) {
            LOG.debug("The chime is closed; a late ticket stays silent");
        }
    }

    private void playNow() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(sound, 0, sound.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!warned) {
                warned = true;
                LOG.warn("No audio output for the new-ticket chime: {}", e.getMessage());
            }
        }
    }

    /** 16-bit little-endian mono samples of the notes in turn, each with a short fade out. */
    private static byte[] tone(double[] frequencies, double seconds) {
        int perNote = (int) (RATE * seconds);
        byte[] out = new byte[perNote * frequencies.length * 2];
        int i = 0;
        for (double f : frequencies) {
            for (int n = 0; n < perNote; n++) {
                double fade = 1.0 - (double) n / perNote;
                short sample = (short) (Math.sin(2 * Math.PI * f * n / RATE) * 12_000 * fade);
                out[i++] = (byte) sample;
                out[i++] = (byte) (sample >> 8);
            }
        }
        return out;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}

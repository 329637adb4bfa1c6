package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a kitchen display remembers its stations between starts. It is this PC's choice, not the
 * restaurant's: the grill's screen and the bar's run on different PCs against the same database,
 * so the choice is not a shared setting but a local preference.
 */
public interface StationMemory {

    /** The stations chosen last time, or {@link Stations#ALL} when none was. */
    Stations load();

    void save(Stations chosen);

    /** Remembers nothing: every start shows every station. */
    static StationMemory none() {
        return new Forgetful();
    }

    /**
     * The user's Java preferences on this PC, under {@code node}, one entry per data folder: two
     * copies of the suite on one PC (a training copy beside the real one) each keep their own.
     */
    static StationMemory preferences(Preferences node, Path dataFolder) {
        return new Preferred(node, "stations." + digest(dataFolder.toAbsolutePath().normalize().toString()));
    }

    /** The node the suite uses: the kitchen package's, in the user's preferences. */
    static Preferences userNode() {
        return Preferences.userNodeForPackage(StationMemory.class);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** {@link #none()}. */
    final class Forgetful implements StationMemory {
        @Override
        public Stations load() {
            return Stations.ALL;
        }

        @Override
        public void save(Stations chosen) {
            // nothing to keep
        }
    }

    /** {@link #preferences}. */
    final class Preferred implements StationMemory {

        private static final Logger LOG = LoggerFactory.getLogger(StationMemory.class);
        private final Preferences node;
        private final String key;

        Preferred(Preferences node, String key) {
            this.node = node;
            this.key = key;
        }

        @Override
        public Stations load() {
            String text = node.get(key, Stations.ALL_NAME);
            try {
                return Stations.parse(text);
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring the remembered kitchen stations '{}': {}", text, e.getMessage());
                return Stations.ALL;
            }
        }

        @Override
        public void save(Stations chosen) {
            try {
                node.put(key, chosen.text());
                node.flush();
            } catch (java.util.prefs.BackingStoreException | IllegalStateException e) {
                LOG.warn("Could not remember the kitchen stations {}", chosen.text(), e);
            }
        }
    }
}

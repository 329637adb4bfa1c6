package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The choice kept in the user's preferences, under a node of its own that the test removes. */
class StationMemoryTest {

    final Preferences node = Preferences.userRoot().node("bistro92-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
        node.flush();
    }

    @Test
    void keepsTheChoicePerDataFolder() {
        StationMemory real = StationMemory.preferences(node, Path.of("data", "real"));
        StationMemory training = StationMemory.preferences(node, Path.of("data", "training"));
        assertThat(real.load()).as("nothing kept yet: every station").isEqualTo(Stations.ALL);

        real.save(Stations.of(List.of("GRILL", "FRY")));
        training.save(Stations.EXPO);

        assertThat(StationMemory.preferences(node, Path.of("data", "real")).load())
                .isEqualTo(Stations.of(List.of("GRILL", "FRY")));
        assertThat(StationMemory.preferences(node, Path.of("data", "training")).load()).isEqualTo(Stations.EXPO);
    }

    @Test
    void aKeptValueThatNoLongerReadsShowsEveryStation() throws Exception {
        StationMemory memory = StationMemory.preferences(node, Path.of("data"));
        memory.save(Stations.EXPO);
        String key = node.keys()[0];
        node.put(key, "EXPO,GRILL");
        assertThat(memory.load()).isEqualTo(Stations.ALL);
    }
}

package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StationsTest {

    @Test
    void readsStationsExpoAndAllAsWrittenOnTheCommandLine() {
        assertThat(Stations.parse("grill, Fry,GRILL")).isEqualTo(Stations.of(List.of("GRILL", "FRY")));
        assertThat(Stations.parse("GRILL,FRY").text()).as("in the order named").isEqualTo("GRILL,FRY");
        assertThat(Stations.parse("expo")).isEqualTo(Stations.EXPO);
        assertThat(Stations.parse("ALL")).isEqualTo(Stations.ALL);
        assertThat(Stations.parse("")).isEqualTo(Stations.ALL);
        assertThat(Stations.parse(null)).isEqualTo(Stations.ALL);
    }

    @Test
    void writesWhatItReadsBack() {
        for (Stations s : List.of(Stations.ALL, Stations.EXPO, Stations.of(List.of("BAR")),
                Stations.of(List.of("GRILL", "COLD KITCHEN")))) {
            assertThat(Stations.parse(s.text())).isEqualTo(s);
        }
    }

    @Test
    void refusesExpoMixedWithStationsAndNamesNoStationCouldHave() {
        assertThatThrownBy(() -> Stations.parse("EXPO,GRILL")).hasMessageContaining("name it alone");
        assertThatThrownBy(() -> Stations.parse("GRILL,ALL")).hasMessageContaining("Not a kitchen station: ALL");
        assertThatThrownBy(() -> Stations.parse("GR!LL")).hasMessageContaining("Not a kitchen station: GR!LL");
    }

    @Test
    void aStationDisplayCoversOnlyItsStationsExpoAndAllCoverEvery() {
        Stations grillAndFry = Stations.parse("GRILL,FRY");
        assertThat(grillAndFry.covers("grill")).isTrue();
        assertThat(grillAndFry.covers("BAR")).isFalse();
        assertThat(grillAndFry.someStations()).isTrue();
        assertThat(grillAndFry.label()).isEqualTo("GRILL + FRY");
        assertThat(Stations.EXPO.covers("BAR")).isTrue();
        assertThat(Stations.EXPO.someStations()).isFalse();
        assertThat(Stations.EXPO.label()).isEqualTo("Expo");
        assertThat(Stations.ALL.covers("BAR")).isTrue();
        assertThat(Stations.ALL.all()).isTrue();
        assertThat(Stations.ALL.label()).isEqualTo("All stations");
    }
}

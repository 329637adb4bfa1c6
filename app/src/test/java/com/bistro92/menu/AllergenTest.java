package com.bistro92.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 14 allergens: read by code or English name, kept once each in the law's order, strict about the rest. */
class AllergenTest {

    private final ObjectMapper json = Json.newMapper();

    @Test
    void theLawsFourteenInItsOrder() {
        assertThat(Allergen.values()).hasSize(14);
        assertThat(Allergen.parse("Sulphites; milk,,GLUTEN ; milk")).containsExactly(Allergen.GLUTEN, Allergen.MILK,
                Allergen.SULPHITES);
        assertThat(Allergen.codes(List.of(Allergen.NUTS, Allergen.CELERY, Allergen.EGGS))).isEqualTo("eggs,nuts,celery");
        assertThat(Allergen.parse("")).isEmpty();
        assertThat(Allergen.parse(null)).isEmpty();
    }

    @Test
    void anythingElseIsRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> Allergen.parse("milk; cinnamon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cinnamon").hasMessageContaining("molluscs");
    }

    @Test
    void onTheWireTheyAreTheirCodes() throws Exception {
        assertThat(json.writeValueAsString(List.of(Allergen.SOY, Allergen.LUPIN))).isEqualTo("[\"soy\",\"lupin\"]");
        assertThat(json.readValue("\"peanuts\"", Allergen.class)).isEqualTo(Allergen.PEANUTS);
    }
}

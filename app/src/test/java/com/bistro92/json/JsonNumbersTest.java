package com.bistro92.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers are bounded as the one mapper reads them: their length, a decimal's exponent, and no negative zero. */
class JsonNumbersTest {

    record Amount(BigDecimal value) {
    }

    record Count(Integer value) {
    }

    private final ObjectMapper json = Json.newMapper();

    private BigDecimal read(String token) throws Exception {
        return json.readValue("{\"value\":" + token + "}", Amount.class).value();
    }

    @Test
    void ordinaryAndMerelyLargeDecimalsAreReadExactly() throws Exception {
        assertThat(read("12.50")).isEqualTo(new BigDecimal("12.50"));
        assertThat(read("0")).isEqualTo(BigDecimal.ZERO);
        assertThat(read("1e400")).isEqualTo(new BigDecimal("1e400"));
        assertThat(read("1e-1000")).isEqualTo(new BigDecimal("1e-1000"));
    }

    @Test
    void anExponentPastTheBoundIsRefusedAsItIsRead() {
        for (String token : List.of("1e1001", "1e1000000", "-1e3000000", "1e-1000000", "1E+1000000")) {
            assertThatThrownBy(() -> read(token)).as(token).isInstanceOf(JsonProcessingException.class)
                    .hasMessageContaining("out of range");
        }
    }

    @Test
    void aNumberLongerThanTheBoundIsRefused() {
        String digits = "1".repeat(Json.MAX_NUMBER_LENGTH + 1);
        assertThatThrownBy(() -> read(digits)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("0." + digits)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"value\":" + digits + "}", Count.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void negativeZeroAndNonNumbersAreRefused() {
        for (String token : List.of("-0", "-0.00", "-0e5", "NaN", "Infinity", "-Infinity", "\"NaN\"", "\"12.50\"")) {
            assertThatThrownBy(() -> read(token)).as(token).isInstanceOf(JsonProcessingException.class);
        }
    }
}

package com.bistro92.pad.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The emulator's JSON settings: the server's snake_case names, unknown fields ignored (the server
 * may add some). {@link PadEmulator} builds one mapper per process and passes it on.
 */
public final class Json {

    private Json() {
    }

    /** A new mapper with the emulator's settings. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // prices are exact: 14.50 stays 14.50, never a double
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}

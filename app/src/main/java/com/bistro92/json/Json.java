package com.bistro92.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one JSON configuration of the suite, used by HTTP, WebSocket, the event log and tests alike.
 *
 * <p>Property names are snake_case ({@code created_at}), times are ISO-8601 UTC strings,
 * money is written as an exact decimal number, and unknown properties are ignored so that
 * richer clients keep working.
 *
 * <p>Reading is strict, because every request may be hostile: a key given twice is refused (the
 * last one must not silently win), and no scalar is coerced: {@code "2"} is not a number,
 * {@code 2} is not a string, {@code 1} is not {@code true}.
 *
 * <p>Numbers are bounded as they are read, so that no arithmetic on one can cost more than a few
 * microseconds: at most {@link #MAX_NUMBER_LENGTH} characters, and a decimal's exponent within
 * {@link #MAX_SCALE} either way ({@code 1e1000000} is refused; {@code 1e400} is read, and the field
 * that receives it says it is out of its range). A negative zero is refused: no amount is written so.
 */
public final class Json {

    /** The longest number read, in characters: far more than any id, count or amount needs. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The largest exponent, either way, of a decimal read. */
    public static final int MAX_SCALE = 1000;

    private Json() {
    }

    /** Builds a new mapper with the suite's settings. Build one per process and share it. */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("bounded-decimals")
                        .addDeserializer(BigDecimal.class, new BoundedDecimals()))
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(100_000)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        return mapper;
    }

    /** Reads a decimal as Jackson does, then refuses an exponent past {@link #MAX_SCALE} and a negative zero. */
    private static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value == null || !p.currentToken().isNumeric()) {
                return value;
            }
            if (Math.abs(value.scale()) > MAX_SCALE) {
                throw InvalidFormatException.from(p, "The number " + abbreviated(p.getText())
                        + " is out of range: its exponent must be within " + MAX_SCALE + " either way", value,
                        BigDecimal.class);
            }
            if (value.signum() == 0 && p.getText().startsWith("-")) {
                throw InvalidFormatException.from(p, "A negative zero (" + p.getText() + ") is not a number this"
                        + " server takes; send 0", value, BigDecimal.class);
            }
            return value;
        }

        private static String abbreviated(String text) {
            return text.length() <= 20 ? text : text.substring(0, 20) + "…";
        }
    }
}

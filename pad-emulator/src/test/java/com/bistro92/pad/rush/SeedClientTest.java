package com.bistro92.pad.rush;

import com.bistro92.pad.cli.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SeedClientTest {

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void listedOrdersAreReadAsIdsInTheirOrder() throws IOException {
        String json = """
                [{"id": 3, "table": "Table 2", "items": [{"name": "Iced Tea", "quantity": 1}],
                  "created_at": "2026-11-26T20:18:37.123Z", "status": "PLACED", "version": 1, "total": 4.50},
                 {"id": 1, "table": "Table 1", "items": [], "status": "SERVED", "version": 3}]
                """;

        long[] ids = SeedClient.readIds(mapper, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertArrayEquals(new long[] {3, 1}, ids);
    }

    @Test
    void anEmptyListHasNoIds() throws IOException {
        assertEquals(0, SeedClient.readIds(mapper, new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8))).length);
    }

    @Test
    void anOrderIsWrittenAsTheSeedContractBody() throws IOException {
        OrderRequest order = new OrderRequest("Table 5", List.of(new OrderRequest.Line("Burger", 2)));

        assertEquals("{\"table\":\"Table 5\",\"items\":[{\"name\":\"Burger\",\"quantity\":2}]}",
                mapper.writeValueAsString(order));
    }
}

package com.bistro92.pad.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.order.OrderStatus;
import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pad's client against a real server on a free port: pairing, ordering, retries and a feed that resumes. */
class PadClientTest {

    @TempDir
    Path data;
    Bistro92 server;
    Transport transport;
    final ObjectMapper json = Json.newMapper();
    URI base;

    @BeforeEach
    void start() throws Exception {
        server = CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
        transport = Transport.start();
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private PadClient pairedAt(int table) throws Exception {
        String code = server.pairing().newCode(table).join().code();
        PadCredentials pad = PadClient.pair(transport.http(), json, base, code, "Pad " + table);
        return new PadClient(transport.http(), json, pad);
    }

    private static int itemId(JsonNode menu, String name) {
        return StreamSupport.stream(menu.get("categories").spliterator(), false)
                .flatMap(c -> StreamSupport.stream(c.get("items").spliterator(), false))
                .filter(i -> i.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asInt();
    }

    @Test
    void aPairedPadOrdersOnceEvenWhenItSendsTheSameOrderAgain() throws Exception {
        PadClient pad = pairedAt(5);
        assertThat(pad.credentials().table()).isEqualTo("Table 5");
        assertThat(pad.seated()).isFalse();
        int espresso = itemId(pad.menu(), "Espresso");
        List<PadClient.Line> lines = List.of(new PadClient.Line(espresso, 2, List.of(), "with milk on the side"));
        assertThatThrownBy(() -> pad.placeOrder(lines, "", PadClient.newOrderKey()))
                .isInstanceOfSatisfying(PadException.class, e -> assertThat(e.status()).isEqualTo(409));

        server.sessions().seat(5, 2).join();
        String key = PadClient.newOrderKey();
        JsonNode first = pad.placeOrder(lines, "", key);
        JsonNode again = pad.placeOrder(lines, "", key);
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(first.get("total").decimalValue()).isEqualByComparingTo("5.60");
        assertThat(server.orders().count()).isEqualTo(1);
        assertThat(pad.callService("WAITER")).isFalse();
        assertThat(pad.callService("WAITER")).isTrue();
    }

    @Test
    void theMenuIsKeptWhileItsEtagHolds() throws Exception {
        PadClient pad = pairedAt(2);
        JsonNode menu = pad.menu();
        assertThat(pad.menu()).isSameAs(menu);
        server.menuChanges().setAvailability(itemId(menu, "Tiramisu"), false).join();
        assertThat(pad.menu()).isNotSameAs(menu);
    }

    @Test
    void anUnreachableServerIsReportedAsOfflineAfterTheRetries() throws Exception {
        PadClient pad = pairedAt(3);
        PadCredentials gone = new PadCredentials(URI.create("http://127.0.0.1:1"), pad.credentials().token(),
                pad.credentials().padId(), "Pad 3", 3, "Table 3");
        assertThatThrownBy(() -> new PadClient(transport.http(), json, gone).placeOrder(
                List.of(new PadClient.Line(1, 1, List.of(), "")), "", PadClient.newOrderKey()))
                .isInstanceOfSatisfying(PadException.class, e -> assertThat(e.offline()).isTrue());
    }

    @Test
    void theFeedSeesItsTableChangeAndResumesWithoutGapsAfterADrop() throws Exception {
        PadClient pad = pairedAt(7);
        server.sessions().seat(7, 2).join();
        LinkedBlockingQueue<JsonNode> heard = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
        try (PadFeed feed = new PadFeed(transport.websockets(), json, pad.credentials(), new PadFeed.Listener() {
            @Override
            public void message(JsonNode message) {
                heard.add(message);
            }

            @Override
            public void connected(boolean isConnected) {
                connected.add(isConnected);
            }
        })) {
            feed.start();
            assertThat(heard.poll(10, TimeUnit.SECONDS).get("type").asText()).isEqualTo("initial");
            int espresso = itemId(pad.menu(), "Espresso");
            long id = pad.placeOrder(List.of(new PadClient.Line(espresso, 1, List.of(), "")), "",
                    PadClient.newOrderKey()).get("id").asLong();
            assertThat(heard.poll(10, TimeUnit.SECONDS).get("type").asText()).isEqualTo("new_order");

            connected.clear();
            feed.drop();
            server.orders().changeStatus(id, OrderStatus.RECEIVED, 1).join();
            server.orders().changeStatus(id, OrderStatus.PREPARING, 2).join();
            server.orders().changeStatus(id, OrderStatus.READY, 3).join();
            List<String> statuses = new ArrayList<>();
            while (statuses.size() < 3) {
                JsonNode m = heard.poll(15, TimeUnit.SECONDS);
                assertThat(m).as("an update after the drop").isNotNull();
                statuses.add(m.get("order").get("status").asText());
            }
            assertThat(statuses).containsExactly("RECEIVED", "PREPARING", "READY");
            assertThat(connected).contains(false);
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("nothing twice").isNull();
        }
    }
}

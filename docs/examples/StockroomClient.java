/*
 * A worked example of an integration client for Bistro92: an inventory program that follows the
 * suite's event stream and never misses an event, and sets a count when stock arrives.
 *
 * It needs only a JDK (11 or later) and runs as a single file:
 *
 *   java StockroomClient.java https://till-pc:8093 b92i_... [--events N]
 *
 * (From another computer, trust the restaurant's root certificate first: see docs/install.md, "Trust
 * on the tablets", or pass -Djavax.net.ssl.trustStore=... to java. On the suite's own PC, the plain
 * http://127.0.0.1:8092 works too.)
 *
 * What it does:
 *  1. reads the counts (GET /api/v1/stock) and prints them;
 *  2. opens the feed /ws/orders?since=<last seq it handled>, where that seq is kept in a file
 *     beside it (stockroom.seq), so after a crash, a restart or a dropped Wi-Fi it gets every event
 *     it missed, once, in order, then the live ones;
 *  3. prints each stock_changed ("Salmon portions: 2 left"), new_order and menu_changed;
 *  4. when a count reaches 0, sets it to the delivery it "received" (12) with PUT /api/v1/stock/{id},
 *     as a real inventory program would after booking a delivery in.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StockroomClient {

    private static final Pattern TYPE = Pattern.compile("\"type\":\"([a-z_]+)\"");
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final Pattern STOCK = Pattern.compile(
            "\"stock\":\\{\"id\":(\\d+),\"name\":\"([^\"]*)\",\"on_hand\":(\\d+)");
    private static final Path LAST = Path.of("stockroom.seq");
    private static final int DELIVERY = 12;

    public static void main(String[] args) throws Exception {
        String server = args[0].replaceAll("/+$", "");
        String token = args[1];
        int stopAfter = args.length > 3 && args[2].equals("--events") ? Integer.parseInt(args[3]) : -1;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> counts = http.send(HttpRequest.newBuilder(URI.create(server + "/api/v1/stock"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("counts: " + counts.body());

        int[] left = {stopAfter};
        while (left[0] != 0) {
            long since = Files.exists(LAST) ? Long.parseLong(Files.readString(LAST).strip()) : -1;
            String ws = server.replaceFirst("^http", "ws") + "/ws/orders" + (since >= 0 ? "?since=" + since : "");
            CountDownLatch closed = new CountDownLatch(1);
            StringBuilder frame = new StringBuilder();
            try {
                http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                        .buildAsync(URI.create(ws), new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                                frame.append(data);
                                if (last) {
                                    String message = frame.toString();
                                    frame.setLength(0);
                                    handle(http, server, token, message);
                                    if (left[0] > 0 && !type(message).equals("initial") && --left[0] == 0) {
                                        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
                                    }
                                }
                                socket.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                                closed.countDown();
                                return null;
                            }

                            @Override
                            public void onError(WebSocket socket, Throwable error) {
                                System.out.println("feed lost: " + error);
                                closed.countDown();
                            }
                        }).join();
                closed.await();
            } catch (RuntimeException e) {
                System.out.println("cannot reach the suite: " + e.getMessage());
            }
            if (left[0] != 0) {
                // the Wi-Fi dropped or the suite restarted: the next connection asks for what it missed
                Thread.sleep(2_000);
            }
        }
    }

    private static void handle(HttpClient http, String server, String token, String message) {
        String type = type(message);
        Matcher seq = SEQ.matcher(message);
        switch (type) {
            case "stock_changed" -> {
                Matcher stock = STOCK.matcher(message);
                if (stock.find()) {
                    int onHand = Integer.parseInt(stock.group(3));
                    System.out.println(stock.group(2) + ": " + onHand + " left");
                    if (onHand == 0) {
                        book(http, server, token, stock.group(1));
                    }
                }
            }
            case "new_order", "menu_changed" -> System.out.println(type);
            default -> { }
        }
        // the initial snapshot's seq is where the log was: the next connection starts after it, too
        if (seq.find()) {
            try {
                Files.writeString(LAST, seq.group(1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A delivery came in: the count is set, and the suite puts its items back on the menu. */
    private static void book(HttpClient http, String server, String token, String stockId) {
        CompletableFuture.runAsync(() -> {
            try {
                HttpResponse<String> set = http.send(HttpRequest.newBuilder(URI.create(server + "/api/v1/stock/"
                                + stockId)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"on_hand\":" + DELIVERY + "}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println("delivery booked: " + set.statusCode());
            } catch (Exception e) {
                System.out.println("could not book the delivery: " + e);
            }
        });
    }

    private static String type(String message) {
        Matcher type = TYPE.matcher(message);
        return type.find() ? type.group(1) : "";
    }
}

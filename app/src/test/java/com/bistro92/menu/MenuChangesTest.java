package com.bistro92.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderSource;
import com.bistro92.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The menu editor's commands: each refused one writes nothing; each accepted one logs who made it and reaches pads. */
class MenuChangesTest extends SharedServerTest {

    private static final List<String> TABLES = List.of("menu_category", "menu_item", "modifier_group", "modifier",
            "menu_item_modifier_group", "menu_item_photo", "order_event", "customer_order", "order_line");

    private Map<String, Integer> rows() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, app.rows(t)));
        return counts;
    }

    private static Bistro92 suite() {
        return app.app();
    }

    private static MenuChanges changes() {
        return suite().menuChanges();
    }

    private static Menu.Item item(String name) {
        return suite().menu().byName(name).orElseThrow();
    }

    private static int categoryOf(String item) {
        return suite().menu().menu().categoryOf(item(item).id()).orElseThrow().id();
    }

    private static <T> T done(CompletableFuture<T> f) {
        return f.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private void assertRefused(String what, CompletableFuture<?> command, int status, String field) {
        long seq = suite().journal().lastSeq();
        Map<String, Integer> before = rows();
        Menu menu = suite().menu().menu();
        assertThat(command).as(what).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).as(what).isEqualTo(status);
                    if (field != null) {
                        assertThat(p.errors()).as(what).extracting(Problem.FieldError::field).contains(field);
                    }
                });
        assertThat(suite().journal().lastSeq()).as("%s published no event", what).isEqualTo(seq);
        assertThat(rows()).as("%s wrote nothing", what).isEqualTo(before);
        assertThat(suite().menu().menu()).as("%s left the menu as it was", what).isEqualTo(menu);
    }

    private static ItemDraft burgerWith(BigDecimal price) {
        Menu.Item burger = item("Classic Burger");
        return new ItemDraft(categoryOf("Classic Burger"), burger.name(), burger.description(), price,
                burger.prepMinutes(), burger.station(), burger.available());
    }

    private static ItemDraft draft(String name, String price) {
        return new ItemDraft(categoryOf("Espresso"), name, "", new BigDecimal(price), 3, "BAR", true);
    }

    @Test
    void everyMenuCommandWithBadInputIsRefusedAndWritesNothing() {
        int burger = item("Classic Burger").id();
        int drinks = categoryOf("Espresso");
        int group = suite().menu().groups().getFirst().id();
        assertRefused("a negative price", changes().updateItem(burger, burgerWith(new BigDecimal("-1")), null), 422,
                "price");
        assertRefused("three decimals", changes().updateItem(burger, burgerWith(new BigDecimal("14.505")), null), 422,
                "price");
        assertRefused("a blank name", changes().addItem(draft("  ", "2.00"), null), 422, "name");
        assertRefused("a name of 121 characters", changes().addItem(draft("x".repeat(121), "2.00"), null), 422, "name");
        assertRefused("a name already in the category, in other case", changes().addItem(draft("ESPRESSO", "2.00"), null),
                422, "name");
        assertRefused("a name already on the menu", changes().updateItem(burger,
                new ItemDraft(categoryOf("Classic Burger"), "Onion  rings", "", BigDecimal.TEN, 5, "GRILL", true), null),
                422, "name");
        assertRefused("prep minutes out of range", changes().addItem(new ItemDraft(drinks, "Tea", "", BigDecimal.ONE,
                241, "BAR", true), null), 422, "prep_minutes");
        assertRefused("a bad station", changes().addItem(new ItemDraft(drinks, "Tea", "", BigDecimal.ONE, 2, "bar!",
                true), null), 422, "station");
        assertRefused("an item in no category", changes().addItem(new ItemDraft(4_242, "Tea", "", BigDecimal.ONE, 2,
                "BAR", true), null), 404, null);
        assertRefused("an unknown staff member", changes().addItem(draft("Tea", "2.00"), 4_242), 422, "by");
        assertRefused("a category name in use", changes().addCategory(" drinks ", null), 422, "name");
        assertRefused("renaming a category to blank", changes().renameCategory(drinks, "", null), 422, "name");
        assertRefused("removing a category that lists items", changes().removeCategory(drinks, null), 409, null);
        assertRefused("moving no category", changes().moveCategory(4_242, 0, null), 404, null);
        assertRefused("moving no item", changes().moveItem(4_242, 0, null), 404, null);
        assertRefused("removing no item", changes().removeItem(4_242, null), 404, null);
        assertRefused("a group whose min exceeds its max", changes().addGroup(burger, new GroupDraft("Sauces", 3, 2),
                null), 422, "max_choices");
        assertRefused("a group name in use", changes().addGroup(burger, new GroupDraft("doneness", 0, 1), null), 422,
                "name");
        assertRefused("a modifier delta with three decimals", changes().addModifier(group,
                new ModifierDraft("Ketchup", new BigDecimal("0.125"), true), null), 422, "price_delta");
        assertRefused("unlinking a group the item does not offer", changes().unlinkGroup(item("Espresso").id(),
                group, null), 404, null);
        assertRefused("a photo that is not an image", CompletableFuture.supplyAsync(
                () -> PhotoScaler.scale("not an image".getBytes())), 422, "photo");
    }

    @Test
    void eachChangeLogsOneMenuChangedEventSayingWhatAndWho() throws Exception {
        long seq = suite().journal().lastSeq();
        int id = done(changes().addCategory("Specials", 1));
        JsonNode event = lastEvent();
        assertThat(suite().journal().lastSeq()).isEqualTo(seq + 1);
        assertThat(event.get("type").asText()).isEqualTo("menu_changed");
        assertThat(event.at("/change/what").asText()).isEqualTo("category_added");
        assertThat(event.at("/change/id").asInt()).isEqualTo(id);
        assertThat(event.at("/change/by").asInt()).isEqualTo(1);

        done(changes().setAvailability(item("Onion Rings").id(), false, null));
        assertThat(lastEvent().at("/change/what").asText()).isEqualTo("item_86d");
        assertThat(lastEvent().get("change").has("by")).as("an unknown author is stated as null").isTrue();
        assertThat(lastEvent().at("/change/by").isNull()).isTrue();
        assertThat(item("Onion Rings").available()).isFalse();
        done(changes().setAvailability(item("Onion Rings").id(), true, null));
        assertThat(suite().journal().lastSeq()).isEqualTo(seq + 3);
    }

    private JsonNode lastEvent() throws Exception {
        String payload = suite().database().dsl().select(com.bistro92.db.Tables.ORDER_EVENT.PAYLOAD)
                .from(com.bistro92.db.Tables.ORDER_EVENT).orderBy(com.bistro92.db.Tables.ORDER_EVENT.SEQ.desc())
                .limit(1).fetchSingle().value1();
        return app.json().readTree(payload);
    }

    @Test
    void aPriceChangeNeverAltersAnOrderAlreadyPlaced() {
        Menu.Item fries = item("Truffle Fries");
        Order before = done(suite().orders().place(new NewOrder("Table 3",
                List.of(new NewOrder.Line("Truffle Fries", 2, "")), "", OrderSource.SEED, null))).order();
        assertThat(before.items().getFirst().unitPrice()).isEqualByComparingTo(fries.price());

        done(changes().updateItem(fries.id(), new ItemDraft(categoryOf("Truffle Fries"), "Truffle Chips",
                fries.description(), new BigDecimal("7.25"), fries.prepMinutes(), fries.station(), true), 1));

        Order after = suite().orders().find(before.id()).orElseThrow();
        assertThat(after.items().getFirst().name()).isEqualTo("Truffle Fries");
        assertThat(after.items().getFirst().unitPrice()).isEqualByComparingTo("6.50");
        assertThat(after.total()).isEqualByComparingTo("13.00");
        Order next = done(suite().orders().place(new NewOrder("Table 3",
                List.of(new NewOrder.Line("Truffle Chips", 2, "")), "", OrderSource.SEED, null))).order();
        assertThat(next.total()).isEqualByComparingTo("14.50");
    }

    @Test
    void itemsAndCategoriesMoveAddAndLeaveTheMenu() {
        int drinks = categoryOf("Espresso");
        int tea = done(changes().addItem(draft("Green Tea", "3.10"), null));
        List<Menu.Item> items = suite().menu().menu().categoryOf(tea).orElseThrow().items();
        assertThat(items.getLast().id()).isEqualTo(tea);
        done(changes().moveItem(tea, 0, null));
        assertThat(suite().menu().menu().categoryOf(tea).orElseThrow().items().getFirst().id()).isEqualTo(tea);

        done(changes().moveCategory(drinks, 0, null));
        assertThat(suite().menu().menu().categories().getFirst().id()).isEqualTo(drinks);

        done(changes().removeItem(tea, null));
        assertThat(suite().menu().byId(tea)).isEmpty();
        int again = done(changes().addItem(draft("green tea", "3.20"), null));
        assertThat(again).as("the name is free once the item is off the menu").isNotEqualTo(tea);

        int empty = done(changes().addCategory("Seasonal", null));
        done(changes().renameCategory(empty, "Seasonal specials", null));
        done(changes().removeCategory(empty, null));
        assertThat(suite().menu().menu().categories()).extracting(Menu.Category::name).doesNotContain(
                "Seasonal specials");
        done(changes().addCategory("Seasonal specials", null));
    }

    @Test
    void modifierGroupsAndModifiersAreEdited() {
        int steak = item("Steak Frites").id();
        int group = done(changes().addGroup(steak, new GroupDraft("Sauce", 0, 2), null));
        int pepper = done(changes().addModifier(group, new ModifierDraft("Pepper sauce", new BigDecimal("2.5"), true), null));
        done(changes().updateGroup(group, new GroupDraft("Steak sauce", 1, 2), null));
        Menu.Group read = item("Steak Frites").modifierGroups().stream().filter(g -> g.id() == group).findFirst()
                .orElseThrow();
        assertThat(read.name()).isEqualTo("Steak sauce");
        assertThat(read.minChoices()).isEqualTo(1);
        assertThat(read.modifiers()).extracting(Menu.Modifier::priceDelta).containsExactly(new BigDecimal("2.50"));
        done(changes().removeModifier(pepper, null));
        done(changes().unlinkGroup(steak, group, null));
        assertThat(item("Steak Frites").modifierGroups()).extracting(Menu.Group::id).doesNotContain(group);
        done(changes().linkGroup(steak, group, null));
        assertThat(item("Steak Frites").modifierGroups()).extracting(Menu.Group::id).contains(group);
    }

    @Test
    void aPhotoIsScaledTo480PixelsAndServed() throws Exception {
        BufferedImage big = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        Photo photo = PhotoScaler.scale(png.toByteArray());
        assertThat(photo.width()).isEqualTo(480);
        assertThat(photo.height()).isEqualTo(360);
        int id = item("Tiramisu").id();
        done(changes().setPhoto(id, photo, null));
        assertThat(item("Tiramisu").hasPhoto()).isTrue();
        HttpResponse<byte[]> served = app.client().send(HttpRequest.newBuilder(app.uri("/api/v1/menu/items/" + id
                + "/photo")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth()).isEqualTo(480);
    }

    @Test
    void theMenuStatesItsCurrencyAndAChangeGivesItANewEtag() throws Exception {
        TestApp.Reply first = app.get("/api/v1/menu");
        assertThat(first.body().get("currency").asText()).isEqualTo(suite().currency().get().getCurrencyCode());
        assertThat(first.body().get("categories").isArray()).isTrue();
        Menu.Item cake = item("Lemon Tart");
        done(changes().updateItem(cake.id(), new ItemDraft(categoryOf("Lemon Tart"), cake.name(), cake.description(),
                cake.price().add(BigDecimal.ONE), cake.prepMinutes(), cake.station(), true), null));
        TestApp.Reply second = app.get("/api/v1/menu");
        assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
        JsonNode tart = null;
        for (JsonNode c : second.body().get("categories")) {
            for (JsonNode i : c.get("items")) {
                tart = i.get("name").asText().equals("Lemon Tart") ? i : tart;
            }
        }
        assertThat(tart).isNotNull();
        assertThat(tart.get("price").decimalValue()).isEqualByComparingTo(cake.price().add(BigDecimal.ONE));
        String raw = app.client().send(HttpRequest.newBuilder(app.uri("/api/v1/menu")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(raw).as("prices have two decimals on the wire")
                .contains("\"name\":\"Lemon Tart\"", "\"price\":" + cake.price().add(BigDecimal.ONE).setScale(2))
                .contains("\"price\":14.50").doesNotContain("\"price\":14.5,");
    }

    @Test
    void allergensAreKeptOnItemsAndModifiersAndServedByTheirCodes() throws Exception {
        assertThat(item("Garlic Bread").allergens()).as("the demo menu declares them")
                .containsExactly(Allergen.GLUTEN, Allergen.MILK);
        int id = done(changes().addItem(new ItemDraft(categoryOf("Lemon Tart"), "Walnut Brownie", "Warm, with cream",
                new BigDecimal("6.00"), 5, "PASTRY", true, List.of(Allergen.NUTS, Allergen.MILK, Allergen.GLUTEN,
                Allergen.MILK)), null));
        assertThat(suite().menu().byId(id).orElseThrow().allergens()).as("once each, in the law's order")
                .containsExactly(Allergen.GLUTEN, Allergen.MILK, Allergen.NUTS);
        Menu.Modifier pistachio = suite().menu().menu().categories().stream()
                .flatMap(c -> c.items().stream()).flatMap(i -> i.modifierGroups().stream())
                .flatMap(g -> g.modifiers().stream()).filter(m -> m.name().equals("Pistachio")).findFirst().orElseThrow();
        assertThat(pistachio.allergens()).containsExactly(Allergen.NUTS);
        done(changes().updateModifier(pistachio.id(), new ModifierDraft("Pistachio", pistachio.priceDelta(), true,
                List.of(Allergen.NUTS, Allergen.MILK)), null));

        String raw = app.client().send(HttpRequest.newBuilder(app.uri("/api/v1/menu")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(raw).contains("\"name\":\"Walnut Brownie\"")
                .contains("\"allergens\":[\"gluten\",\"milk\",\"nuts\"]")
                .contains("\"name\":\"Pistachio\",\"price_delta\":0.50,\"available\":true,"
                        + "\"allergens\":[\"milk\",\"nuts\"]")
                .contains("\"name\":\"Espresso\"");
        JsonNode menu = app.get("/api/v1/menu").body();
        for (JsonNode c : menu.get("categories")) {
            for (JsonNode i : c.get("items")) {
                assertThat(i.get("allergens").isArray()).as("every item says, if only []").isTrue();
            }
        }
    }
}

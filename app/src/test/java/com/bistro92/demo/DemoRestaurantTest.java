package com.bistro92.demo;

import static com.bistro92.db.Tables.APP_META;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.staff.FirstPin;
import com.bistro92.staff.PinHasher;
import com.bistro92.store.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRestaurantTest {

    private static final List<String> TABLES = List.of("staff", "section", "dining_table", "menu_category",
            "menu_item", "modifier_group", "modifier", "menu_item_modifier_group");

    @TempDir
    Path data;

    @Test
    void migrationsBuildTheWholeSchemaOnAnEmptyDatabase() {
        try (Database db = Database.open(data)) {
            db.migrate();
            List<String> tables = db.dsl().meta().getTables().stream()
                    .filter(t -> t.getSchema() != null && t.getSchema().getName().equals("PUBLIC"))
                    .map(t -> t.getName().toLowerCase()).toList();
            assertThat(tables).contains("staff", "section", "dining_table", "table_session", "pad", "menu_category",
                    "menu_item", "modifier_group", "modifier", "menu_item_modifier_group", "customer_order",
                    "order_line", "payment", "order_event");
        }
    }

    @Test
    void aNewDatabaseGetsTheDemoRestaurantExactlyOnce() {
        List<Integer> first;
        try (Database db = Database.open(data)) {
            db.migrate();
            DemoRestaurant demo = new DemoRestaurant(db.dsl(), new PinHasher(new SecureRandom()), new FirstPin(data),
                    Clock.systemUTC());
            assertThat(demo.seedIfNew()).isTrue();
            first = counts(db.dsl());
            assertThat(demo.seedIfNew()).isFalse();
            assertThat(counts(db.dsl())).isEqualTo(first);
        }
        try (Database reopened = Database.open(data)) {
            reopened.migrate();
            assertThat(new DemoRestaurant(reopened.dsl(), new PinHasher(new SecureRandom()), new FirstPin(data),
                    Clock.systemUTC())
                    .seedIfNew()).isFalse();
            assertThat(counts(reopened.dsl())).isEqualTo(first);
            assertThat(reopened.dsl().fetchCount(APP_META, APP_META.META_KEY.eq("demo_seeded"))).isEqualTo(1);
        }
        // one manager, two sections, twelve tables, five categories, about 25 items
        assertThat(first.subList(0, 4)).containsExactly(1, 2, 12, 5);
        assertThat(first.get(4)).isBetween(24, 30);
    }

    @Test
    void theManagerStartsWithARandomPinThatMustBeChanged() throws Exception {
        try (Database db = Database.open(data)) {
            db.migrate();
            PinHasher pins = new PinHasher(new SecureRandom());
            new DemoRestaurant(db.dsl(), pins, new FirstPin(data), Clock.systemUTC()).seedIfNew();
            var manager = db.dsl().fetchSingle("SELECT role, must_change_pin, pin_hash FROM staff");
            assertThat(manager.get(0, String.class)).isEqualTo("MANAGER");
            assertThat(manager.get(1, Boolean.class)).isTrue();
            String hash = manager.get(2, String.class);
            assertThat(hash).startsWith("pbkdf2-sha256$");
            assertThat(List.of("000000", "123456", "111111", "1234")).noneMatch(pin -> pins.matches(pin, hash));
            assertThat(new FirstPin(data).read()).as("the PIN in first-pin.txt opens the account")
                    .hasValueSatisfying(pin -> assertThat(pins.matches(pin, hash)).isTrue());
        }
    }

    private static List<Integer> counts(DSLContext dsl) {
        return TABLES.stream().map(t -> dsl.fetchCount(DSL.table(DSL.name(t.toUpperCase())))).toList();
    }
}

package com.bistro92.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.SharedServerTest;
import com.bistro92.problem.Problem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV export and import: a bad row refuses the whole file; a good file is one command; the preview says what changes. */
class MenuCsvImportTest extends SharedServerTest {

    private static MenuChanges changes() {
        return app.app().menuChanges();
    }

    @Test
    void anExportedMenuImportsBackUnchanged() {
        String csv = changes().exportCsv();
        assertThat(csv.lines().findFirst()).hasValue(String.join(",", MenuCsv.COLUMNS));
        assertThat(csv).contains("Mains,Classic Burger,\"Beef patty, cheddar, pickles, house sauce\",14.50,12,GRILL,yes,"
                + "Doneness; Burger extras");
        ImportPreview preview = changes().previewImport(new StringReader(csv));
        assertThat(preview.bad()).isEmpty();
        assertThat(preview.count(ImportPreview.Change.UNCHANGED)).isEqualTo(app.app().menu().size());
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.notInFile()).isEmpty();
    }

    @Test
    void aFileWithBadRowsListsEachByLineAndImportsNothing() {
        String csv = """
                category,name,price,prep_minutes,available
                Mains,Classic Burger,15.00,12,yes
                Mains,Club Sandwich,-2,10,yes
                Sides,Garden Salad,4.999,5,yes
                "Sides",Coleslaw,3.00,five,maybe
                Drinks,Classic burger,4.00,2,yes
                Drinks,Root Beer,3.50
                """;
        long seq = app.app().journal().lastSeq();
        int items = app.rows("menu_item");
        ImportPreview preview = changes().previewImport(new StringReader(csv));
        assertThat(preview.bad()).extracting(MenuCsv.BadRow::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(preview.bad().get(0).reason()).contains("price").contains("negative");
        assertThat(preview.bad().get(1).reason()).contains("price").contains("two decimals");
        assertThat(preview.bad().get(2).reason()).contains("prep_minutes").contains("available");
        assertThat(preview.bad().get(3).reason()).contains("already on line 2");
        assertThat(preview.bad().get(4).reason()).contains("3 fields");
        assertThat(preview.importable()).isFalse();

        assertThat(changes().importMenu(preview, false, null)).failsWithin(Duration.ofSeconds(30))
                .withThrowableThat().havingCause().isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors()).extracting(Problem.FieldError::field).contains("line 3", "line 7");
                });
        assertThat(app.app().journal().lastSeq()).isEqualTo(seq);
        assertThat(app.rows("menu_item")).isEqualTo(items);
        assertThat(app.app().menu().byName("Classic Burger").orElseThrow().price()).isEqualByComparingTo("14.50");
    }

    @Test
    void aMissingColumnIsReportedOnLineOne() {
        ImportPreview preview = changes().previewImport(new StringReader("category,item,cost\nMains,Soup,3\n"));
        assertThat(preview.bad()).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(1);
            assertThat(b.reason()).contains("missing column name, price").contains("unknown column item, cost");
        });
    }

    @Test
    void aGoodFileIsPreviewedThenAppliedAsOneCommand() {
        String csv = """
                category,name,description,price,prep_minutes,station,available,modifier_groups
                Starters,Garlic Bread,"Toasted sourdough, garlic butter, parsley",5.50,6,OVEN,yes,
                Starters,Tomato Soup,"Roasted tomatoes, basil, cream",7.80,5,HOT,yes,
                Brunch,Eggs Benedict,"Poached eggs, hollandaise",12.5,10,grill,yes,Size
                """;
        ImportPreview preview = changes().previewImport(new StringReader(csv));
        assertThat(preview.bad()).isEmpty();
        assertThat(preview.rows()).extracting(r -> r.item().name() + " " + r.change())
                .containsExactly("Garlic Bread UNCHANGED", "Tomato Soup CHANGED", "Eggs Benedict NEW");
        assertThat(preview.rows().get(1).what()).isEqualTo("price 7.00 → 7.80");
        assertThat(preview.notInFile()).contains("Classic Burger").doesNotContain("Garlic Bread");

        long seq = app.app().journal().lastSeq();
        ImportResult result = changes().importMenu(preview, false, 1).join();
        assertThat(result).isEqualTo(new ImportResult(1, 2, 0));
        assertThat(app.app().journal().lastSeq()).as("one command, one event").isEqualTo(seq + 1);
        Menu.Item eggs = app.app().menu().byName("Eggs Benedict").orElseThrow();
        assertThat(eggs.price()).isEqualTo(new BigDecimal("12.50"));
        assertThat(eggs.station()).isEqualTo("GRILL");
        assertThat(eggs.modifierGroups()).extracting(Menu.Group::name).containsExactly("Size");
        assertThat(app.app().menu().menu().categoryOf(eggs.id()).orElseThrow().name()).isEqualTo("Brunch");
        assertThat(app.app().menu().byName("Tomato Soup").orElseThrow().price()).isEqualByComparingTo("7.80");
        assertThat(app.app().menu().byName("Classic Burger")).as("items not in the file stay").isPresent();
        assertThat(changes().previewImport(new StringReader(csv)).changes()).as("importing again changes nothing")
                .isEqualTo(List.of());
    }

    @Test
    void allergensGoOutByCodeComeBackByCodeOrNameAndAnUnknownOneRefusesTheFile() {
        assertThat(changes().exportCsv()).contains("Starters,Garlic Bread,\"Toasted sourdough, garlic butter, parsley\","
                + "5.50,6,OVEN,yes,,gluten; milk\n");
        String bad = """
                category,name,price,allergens
                Brunch,Buttermilk Pancakes,9.00,"Milk; eggs, GLUTEN"
                Brunch,Nut Roast,8.00,peanuts; walnuts
                """;
        ImportPreview refused = changes().previewImport(new StringReader(bad));
        assertThat(refused.bad()).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(3);
            assertThat(b.reason()).contains("allergens").contains("walnuts").contains("gluten, crustaceans");
        });

        String good = bad.lines().limit(2).reduce("", (a, b) -> a + b + "\n");
        changes().importMenu(changes().previewImport(new StringReader(good)), false, null).join();
        assertThat(app.app().menu().byName("Buttermilk Pancakes").orElseThrow().allergens())
                .containsExactly(Allergen.GLUTEN, Allergen.EGGS, Allergen.MILK);

        ImportPreview withoutTheColumn = changes().previewImport(new StringReader("""
                category,name,price
                Brunch,Buttermilk Pancakes,9.50
                """));
        assertThat(withoutTheColumn.rows().getFirst().what()).isEqualTo("price 9.00 → 9.50");
        changes().importMenu(withoutTheColumn, false, null).join();
        assertThat(app.app().menu().byName("Buttermilk Pancakes").orElseThrow().allergens())
                .as("a file without the column keeps them").containsExactly(Allergen.GLUTEN, Allergen.EGGS, Allergen.MILK);

        ImportPreview cleared = changes().previewImport(new StringReader("""
                category,name,price,allergens
                Brunch,Buttermilk Pancakes,9.50,
                """));
        assertThat(cleared.rows().getFirst().what()).isEqualTo("allergens gluten, eggs, milk → none");
    }
}

-- The 14 allergens of EU law as tags on menu items and modifiers: their codes, comma-separated,
-- in a fixed order (com.bistro92.menu.Allergen); empty for none.
ALTER TABLE menu_item ADD COLUMN allergens VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE modifier ADD COLUMN allergens VARCHAR(200) DEFAULT '' NOT NULL;

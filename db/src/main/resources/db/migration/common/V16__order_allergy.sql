-- The guest's allergy on an order: allergens chosen from the 14 of EU law (codes, comma-separated, in
-- com.bistro92.menu.Allergen's order) and free text beside them; empty for none. Each line keeps the
-- allergens its item and chosen modifiers had when it was ordered, as it keeps their names and prices.
ALTER TABLE customer_order ADD COLUMN allergens VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE customer_order ADD COLUMN allergy_note VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE order_line ADD COLUMN allergens VARCHAR(200) DEFAULT '' NOT NULL;

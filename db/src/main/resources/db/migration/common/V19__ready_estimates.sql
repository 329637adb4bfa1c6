-- How long each order was expected to take when it was placed (seconds from placed to ready, a
-- range), as its guests were told; null when the kitchen's history was too short to say. Kept to
-- measure the estimates against the times the kitchen took.
ALTER TABLE customer_order ADD COLUMN ready_low_s INT;
ALTER TABLE customer_order ADD COLUMN ready_high_s INT;
-- Items a manager paused all at once because they take long while the kitchen is overloaded; they
-- come back together with the same button.
ALTER TABLE menu_item ADD COLUMN paused BOOLEAN DEFAULT FALSE NOT NULL;

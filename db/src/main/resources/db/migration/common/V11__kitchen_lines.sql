-- The kitchen, part 2: lines bumped one at a time, rush orders, and courses held until fired.
-- Each change is a journal command with its event; who made it is in the event ("by").

-- When the kitchen marked the line done; null while it is still to cook (or held).
ALTER TABLE order_line ADD COLUMN done_at TIMESTAMP WITH TIME ZONE;
-- Held by a server (a later course): shown to the kitchen, not cooked until fired.
ALTER TABLE order_line ADD COLUMN held BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE order_line ADD CONSTRAINT order_line_held_ck CHECK (NOT (held AND done_at IS NOT NULL));

-- A rush: the kitchen shows the ticket as urgent.
ALTER TABLE customer_order ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;

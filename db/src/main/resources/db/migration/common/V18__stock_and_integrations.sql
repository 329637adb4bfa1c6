-- Counts on hand: an item's own ("Lemon tart": 12) or an ingredient several items share
-- ("Salmon portions": 9, for the grilled salmon and the salmon salad). Each order takes from them in
-- its own command; at zero their items are 86'd, and a count set above zero puts them back.
CREATE TABLE stock (
    id       INT NOT NULL PRIMARY KEY,
    name     VARCHAR(60) NOT NULL,
    on_hand  INT NOT NULL,
    removed  BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT stock_on_hand_ck CHECK (on_hand BETWEEN 0 AND 1000000)
);
ALTER TABLE menu_item ADD COLUMN stock_id INT;
ALTER TABLE menu_item ADD CONSTRAINT menu_item_stock_fk FOREIGN KEY (stock_id) REFERENCES stock (id);

-- Outside systems (inventory, accounting) with a token of their own and narrow rights: they follow
-- the event stream and set counts and availability. Only the token's SHA-256 is kept.
CREATE TABLE integration_client (
    id          INT NOT NULL PRIMARY KEY,
    name        VARCHAR(60) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked     BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT integration_token_uq UNIQUE (token_hash)
);

-- An idempotency key is unique among one caller's keys, not among everyone's: two pads may make the
-- same key by chance, and a key already used by another caller must neither refuse an order nor
-- tell one caller anything about another's. The scope names the caller: 'pad:<pad id>',
-- 'display:<display id>', 'staff', or 'seed' (a program on the restaurant's computer without the
-- staff token).
ALTER TABLE customer_order ADD COLUMN idempotency_scope VARCHAR(40);

-- Keys already stored get the scope of who placed them, as well as the order tells: its pad, staff
-- for a staff order, the seed client for any other.
UPDATE customer_order
SET idempotency_scope = CASE
        WHEN pad_id IS NOT NULL THEN 'pad:' || CAST(pad_id AS VARCHAR)
        WHEN source = 'STAFF' THEN 'staff'
        ELSE 'seed'
    END
WHERE idempotency_key IS NOT NULL;

ALTER TABLE customer_order DROP CONSTRAINT customer_order_idem_uk;
ALTER TABLE customer_order ADD CONSTRAINT customer_order_idem_uk UNIQUE (idempotency_scope, idempotency_key);
ALTER TABLE customer_order ADD CONSTRAINT customer_order_idem_scope_ck
    CHECK ((idempotency_key IS NULL) = (idempotency_scope IS NULL));

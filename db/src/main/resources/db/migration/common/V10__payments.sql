-- Payments are written by the journal's writer with ids it hands out. A cash payment keeps what
-- the guest handed over, so that the receipt and the drawer can show the change.
ALTER TABLE payment ADD COLUMN tendered DECIMAL(12, 2);
ALTER TABLE payment ADD CONSTRAINT payment_tendered_ck
    CHECK (tendered IS NULL OR (method = 'CASH' AND tendered >= amount + tip));

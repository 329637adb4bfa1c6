-- Refunds: money given back to a party after it was paid, in the way it was paid. A refund is a row
-- of its own, not a negative payment, so that a payment stays "money taken" (amount > 0) everywhere
-- it is summed, and a refund keeps what a payment has no place for: why, and the manager who
-- approved it. The journal keeps, for every table session at every commit,
--   0 <= payments - refunds <= the bill's total,
-- so a refund never gives back more than was taken, and a void or comp that would leave the bill
-- overpaid waits for the refund.
CREATE TABLE refund (
    id          BIGINT NOT NULL PRIMARY KEY,
    session_id  BIGINT NOT NULL,
    method      VARCHAR(10) NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    -- who gave the money back, and the manager who approved it on the spot (null when the one who
    -- gave it back may refund alone, or when it came through the API)
    staff_id    INT,
    approved_by INT,
    refunded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refund_session_fk FOREIGN KEY (session_id) REFERENCES table_session (id),
    CONSTRAINT refund_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT refund_approved_fk FOREIGN KEY (approved_by) REFERENCES staff (id),
    CONSTRAINT refund_amount_ck CHECK (amount > 0),
    CONSTRAINT refund_method_ck CHECK (method IN ('CASH', 'CARD', 'OTHER')),
    CONSTRAINT refund_reason_ck CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
);
CREATE INDEX refund_session_ix ON refund (session_id);
CREATE INDEX refund_at_ix ON refund (refunded_at);

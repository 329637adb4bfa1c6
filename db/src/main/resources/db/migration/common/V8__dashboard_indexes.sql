-- The manager's dashboard sums orders, their lines and table sessions by day. These indexes hold
-- every column those sums read, so that H2 answers each from one index range without visiting
-- the rows themselves.
CREATE INDEX customer_order_dashboard_ix ON customer_order (created_at, status, total, table_id, session_id, ready_at);
CREATE INDEX order_line_dashboard_ix ON order_line (order_id, name, quantity, line_total, comped);
CREATE INDEX table_session_opened_ix ON table_session (opened_at, guests);

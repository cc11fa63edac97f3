-- Version 6: indexes for the reports at a million customers (see sqlite/0006_report_indexes.sql; the same
-- indexes on both backends). Composition reads (value, status) from an index alone; contribution reads
-- the year's orders from (order_date, status, customer_id, total) alone; ix_customers_status goes, as
-- the churn index (status, created_at, manager_id) answers its lookups. ANALYZE refreshes the statistics.
DROP INDEX ix_customers_level;
CREATE INDEX ix_customers_level ON customers (level, status);
CREATE INDEX ix_customers_credit ON customers (credit, status);
CREATE INDEX ix_customers_satisfaction ON customers (satisfaction, status);
DROP INDEX ix_customers_status;
DROP INDEX ix_orders_order_date;
CREATE INDEX ix_orders_order_date ON orders (order_date, status, customer_id, total);
ANALYZE customers;
ANALYZE orders;

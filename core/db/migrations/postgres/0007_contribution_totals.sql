-- Version 7: the contribution report at a million customers reads one index instead of the year's orders (see
-- sqlite/0007_contribution_totals.sql: the same table, index and trigger names). Here the triggers on orders
-- run once per statement over its transition tables, so a feed chunk of a thousand orders is one grouped
-- upsert, not a thousand; the customer's trigger runs per changed row (a WHEN without a function call for
-- the others). The functions are SECURITY DEFINER: whoever may write orders or customers keeps the totals
-- without a grant on them; everyone reads them (ketong_security_sync below).
CREATE TABLE customer_year_totals (
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    year INTEGER NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    deleted INTEGER NOT NULL,
    amount BIGINT NOT NULL,
    orders INTEGER NOT NULL,
    PRIMARY KEY (customer_id, year),
    CONSTRAINT ck_customer_year_totals_deleted CHECK (deleted IN (0, 1))
);
CREATE INDEX ix_customer_year_totals_rank ON customer_year_totals (year, amount DESC, code) INCLUDE (name, deleted);

INSERT INTO customer_year_totals (customer_id, year, code, name, deleted, amount, orders)
SELECT c.id, t.year, c.code, c.name, CASE WHEN c.status = 3 THEN 1 ELSE 0 END, t.amount, t.orders
FROM (SELECT customer_id, EXTRACT(YEAR FROM order_date)::INTEGER AS year, SUM(total) AS amount,
             count(*) AS orders
      FROM orders WHERE status IN (5, 6) GROUP BY 1, 2) t
JOIN customers c ON c.id = t.customer_id;

CREATE FUNCTION ketong_year_totals_orders() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        WITH gone AS (SELECT customer_id, EXTRACT(YEAR FROM order_date)::INTEGER AS year, SUM(total) AS amount,
                             count(*) AS orders
                      FROM old_rows WHERE status IN (5, 6) GROUP BY 1, 2)
        UPDATE customer_year_totals t SET amount = t.amount - g.amount, orders = t.orders - g.orders
        FROM gone g WHERE t.customer_id = g.customer_id AND t.year = g.year;
        DELETE FROM customer_year_totals t USING old_rows o
        WHERE o.status IN (5, 6) AND t.customer_id = o.customer_id
              AND t.year = EXTRACT(YEAR FROM o.order_date)::INTEGER AND t.orders = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO customer_year_totals (customer_id, year, code, name, deleted, amount, orders)
        SELECT c.id, n.year, c.code, c.name, CASE WHEN c.status = 3 THEN 1 ELSE 0 END, n.amount, n.orders
        FROM (SELECT customer_id, EXTRACT(YEAR FROM order_date)::INTEGER AS year, SUM(total) AS amount,
                     count(*) AS orders
              FROM new_rows WHERE status IN (5, 6) GROUP BY 1, 2) n
        JOIN customers c ON c.id = n.customer_id
        ON CONFLICT (customer_id, year) DO UPDATE
        SET amount = customer_year_totals.amount + excluded.amount,
            orders = customer_year_totals.orders + excluded.orders;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER customer_year_totals_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ketong_year_totals_orders();
CREATE TRIGGER customer_year_totals_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ketong_year_totals_orders();
CREATE TRIGGER customer_year_totals_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ketong_year_totals_orders();

CREATE FUNCTION ketong_year_totals_customer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE customer_year_totals
    SET code = NEW.code, name = NEW.name, deleted = CASE WHEN NEW.status = 3 THEN 1 ELSE 0 END
    WHERE customer_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER customer_year_totals_customer AFTER UPDATE OF code, name, status ON customers FOR EACH ROW
    WHEN (OLD.code <> NEW.code OR OLD.name <> NEW.name OR (OLD.status = 3) <> (NEW.status = 3))
    EXECUTE FUNCTION ketong_year_totals_customer();

-- Every group reads the totals as it reads the orders: ketong_security_sync grants SELECT on its own list of
-- tables (and revokes the rest when it runs again), so the table joins that list, and the groups get it now.
DO $$
DECLARE
    before TEXT := pg_get_functiondef('ketong_security_sync()'::regprocedure);
    after TEXT := replace(before, '''order_lines'';', '''order_lines, customer_year_totals'';');
BEGIN
    IF after = before THEN
        RAISE EXCEPTION 'ketong_security_sync: the list of readable tables was not found';
    END IF;
    EXECUTE after;
END;
$$;
SELECT ketong_security_sync();

ANALYZE customer_year_totals;

-- Live refresh (issue 10): every committed change to a table the clients show sends NOTIFY "ketong_<table>"
-- with the row id as payload; clients LISTEN (Database::listen) and refresh the lists and badges on screen.
-- Bulk tables of the sales-system feed notify once per statement (payload 0), not once per row.
CREATE FUNCTION ketong_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('ketong_' || TG_TABLE_NAME, OLD.id::text);
    ELSE
        PERFORM pg_notify('ketong_' || TG_TABLE_NAME, NEW.id::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION ketong_notify_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ketong_' || TG_TABLE_NAME, '0');
    RETURN NULL;
END;
$$;

CREATE TRIGGER customers_notify AFTER INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE OR DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER activities_notify AFTER INSERT OR UPDATE OR DELETE ON activities
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER sales_chances_notify AFTER INSERT OR UPDATE OR DELETE ON sales_chances
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER plan_items_notify AFTER INSERT OR UPDATE OR DELETE ON plan_items
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER lost_records_notify AFTER INSERT OR UPDATE OR DELETE ON lost_records
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER service_tickets_notify AFTER INSERT OR UPDATE OR DELETE ON service_tickets
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER dict_items_notify AFTER INSERT OR UPDATE OR DELETE ON dict_items
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER users_notify AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER roles_notify AFTER INSERT OR UPDATE OR DELETE ON roles
    FOR EACH ROW EXECUTE FUNCTION ketong_notify_row();
CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE OR DELETE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION ketong_notify_statement();
CREATE TRIGGER products_notify AFTER INSERT OR UPDATE OR DELETE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION ketong_notify_statement();
CREATE TRIGGER stock_notify AFTER INSERT OR UPDATE OR DELETE ON stock
    FOR EACH STATEMENT EXECUTE FUNCTION ketong_notify_statement();

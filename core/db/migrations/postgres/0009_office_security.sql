-- Version 9: the office's security as an office really runs it (issue 27, SPEC §9 items 13 and 14).
--
-- * The database owner is a non-superuser with CREATEROLE (docs/admin-guide). Nothing here names a superuser-only
--   role attribute.
-- * No group holds CREATEROLE any more: on PostgreSQL 15 CREATEROLE lets a role grant itself any non-superuser
--   role, the owner included. Accounts change through ketong_account_apply(), a SECURITY DEFINER function of the
--   owner that creates and alters only the product's own login roles ("<prefix>u_<login>", no attribute but
--   LOGIN) and grants only the four groups. The administrator may call it; nobody else.
-- * The administrator reads no business table: not customers, contacts, activities, chances, plans, tickets and
--   their rounds, churn records and measures, orders, order lines or the yearly totals. What the administrator's
--   jobs need goes through narrow doors: dict_usage (how often a dictionary value is used: counts only),
--   audit_trail (the audit log with the values of business records hidden: who, when, which record, which fields)
--   and ketong_churn_scan() (the weekly rule, which every account's catch-up may run).
-- * Churn warnings: status 5 已关闭 (closed because the customer was deleted); open warnings (1, 2) follow the
--   customer's manager whoever changes it (a trigger), so the policies and counts keyed on lost_records.manager_id
--   stay true.

-- Churn: the closed status, and open warnings that follow the customer's manager.
ALTER TABLE lost_records DROP CONSTRAINT ck_lost_records_status;
ALTER TABLE lost_records ADD CONSTRAINT ck_lost_records_status CHECK (status IN (1, 2, 3, 4, 5));

CREATE FUNCTION ketong_lost_follow_manager() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE lost_records SET manager_id = NEW.manager_id, version = version + 1, updated_at = NEW.updated_at,
                            updated_by = NEW.updated_by
    WHERE customer_id = NEW.id AND status IN (1, 2) AND manager_id IS DISTINCT FROM NEW.manager_id;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION ketong_lost_follow_manager() FROM PUBLIC;
CREATE TRIGGER customers_lost_follow_manager AFTER UPDATE OF manager_id ON customers FOR EACH ROW
    WHEN (NEW.manager_id IS DISTINCT FROM OLD.manager_id) EXECUTE FUNCTION ketong_lost_follow_manager();
-- Warnings left behind by reassignments made before this version.
UPDATE lost_records r SET manager_id = c.manager_id, version = r.version + 1
FROM customers c WHERE c.id = r.customer_id AND r.status IN (1, 2) AND r.manager_id <> c.manager_id;

-- The administrator-kind roles hold no business rights (they only ever meant the pages 021 and 024).
DELETE FROM role_rights WHERE right_code NOT IN ('021', '024')
    AND role_id IN (SELECT id FROM roles WHERE kind = 'admin');

-- How often dictionary values are used: the administrator's dictionary page asks before it deletes a value.
CREATE VIEW dict_usage WITH (security_barrier) AS
SELECT 'customers.region' AS source, region AS value, count(*) AS uses FROM customers GROUP BY region
UNION ALL SELECT 'customers.level', CAST(level AS TEXT), count(*) FROM customers GROUP BY level
UNION ALL SELECT 'customers.satisfaction', CAST(satisfaction AS TEXT), count(*) FROM customers GROUP BY satisfaction
UNION ALL SELECT 'customers.credit', CAST(credit AS TEXT), count(*) FROM customers GROUP BY credit
UNION ALL SELECT 'customers.customer_type', customer_type, count(*) FROM customers GROUP BY customer_type
UNION ALL SELECT 'customers.source', source, count(*) FROM customers GROUP BY source
UNION ALL SELECT 'service_tickets.type', type, count(*) FROM service_tickets GROUP BY type
UNION ALL SELECT 'sales_chances.source', source, count(*) FROM sales_chances GROUP BY source;

-- The audit log as the administrator reads it: the values of business records replaced by their field names.
CREATE FUNCTION ketong_audit_fields(p_json TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_json IS NULL THEN NULL
                WHEN jsonb_typeof(CAST(p_json AS JSONB)) <> 'object' THEN '{}'
                ELSE (SELECT CAST(COALESCE(jsonb_object_agg(key, NULL), '{}') AS TEXT)
                      FROM jsonb_each(CAST(p_json AS JSONB))) END
$$;
CREATE VIEW audit_trail WITH (security_barrier) AS
SELECT a.id, a.at, a.actor_id, a.actor, a.action, a.entity, a.record_id,
       CASE WHEN a.hidden THEN ketong_audit_fields(a.before) ELSE a.before END AS before,
       CASE WHEN a.hidden THEN ketong_audit_fields(a.after) ELSE a.after END AS after,
       CASE WHEN a.hidden THEN 1 ELSE 0 END AS values_hidden
FROM (SELECT l.*, l.entity IN ('customers', 'contacts', 'activities', 'sales_chances', 'plan_items', 'lost_records',
                               'lost_measures', 'service_tickets', 'service_rounds', 'orders', 'order_lines',
                               'customer_year_totals') AS hidden
      FROM audit_log l) a;

-- The history of business records as the roles that read them see it (a record dialog's 变更记录).
CREATE VIEW record_history WITH (security_barrier) AS
SELECT id, at, actor_id, actor, action, entity, record_id, before, after, 0 AS values_hidden
FROM audit_log
WHERE entity IN ('customers', 'contacts', 'activities', 'sales_chances', 'plan_items', 'lost_records', 'lost_measures',
                 'service_tickets', 'service_rounds', 'orders', 'order_lines', 'customer_year_totals');

-- True when the connected login is the database's owner or a superuser (ketongctl init, migrate, cron jobs).
CREATE FUNCTION ketong_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user::text AND (r.rolsuper OR r.oid =
                   (SELECT datdba FROM pg_database WHERE datname = current_database())))
$$;

-- The account whose login role changes: created when missing, LOGIN when active and NOLOGIN when disabled, a member
-- of exactly the group of its role's kind, and with p_verifier (a SCRAM-SHA-256 verifier, never a clear password)
-- its new password. Only the owner and an administrator's own login may call it; it touches nothing but the
-- product's own login roles. Returns the login role's name.
CREATE FUNCTION ketong_account_apply(p_user_id BIGINT, p_verifier TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    p TEXT := COALESCE(ketong_role_prefix(), 'ketong_');
    u RECORD;
    want TEXT;
    k TEXT;
BEGIN
    IF NOT ketong_is_owner() AND ketong_kind() IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'permission denied: only an administrator changes accounts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT us.login, us.status, us.db_role, r.kind INTO u
    FROM users us JOIN roles r ON r.id = us.role_id WHERE us.id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no account %', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    want := CASE WHEN left(u.db_role, length(p) + 2) = p || 'u_' THEN u.db_role ELSE p || 'u_' || u.login END;
    IF octet_length(want) > 63 THEN
        RAISE EXCEPTION 'the login role name % is longer than PostgreSQL allows', want
            USING ERRCODE = 'name_too_long';
    END IF;
    -- A role of that name that is more than a plain login in our groups (made by hand, or given more since) is
    -- not the administrator's to change: its password would open whatever it holds.
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = want AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb
               OR r.rolreplication OR r.rolbypassrls
               OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
               OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          WHERE m.member = r.oid AND g.rolname <> ALL (ARRAY[p || 'admin', p || 'director',
                                                                             p || 'manager', p || 'executive']))
               OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid))) THEN
        RAISE EXCEPTION 'permission denied: the role % is not a plain Ketong login role', want USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = want) THEN
        EXECUTE format('CREATE ROLE %I %s', want, CASE WHEN u.status = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    ELSE
        EXECUTE format('ALTER ROLE %I %s', want, CASE WHEN u.status = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
            RAISE EXCEPTION 'a password arrives only as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', want, p_verifier);
    END IF;
    FOREACH k IN ARRAY ARRAY['admin', 'director', 'manager', 'executive'] LOOP
        IF k = u.kind THEN
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = (p || k)::regrole
                           AND m.member = want::regrole) THEN
                EXECUTE format('GRANT %I TO %I', p || k, want);
            END IF;
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = (p || k)::regrole AND m.member = want::regrole) THEN
            EXECUTE format('REVOKE %I FROM %I', p || k, want);
        END IF;
    END LOOP;
    IF u.db_role IS DISTINCT FROM want THEN
        UPDATE users SET db_role = want WHERE id = p_user_id;
    END IF;
    RETURN want;
END;
$$;
REVOKE ALL ON FUNCTION ketong_account_apply(BIGINT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION ketong_is_owner() FROM PUBLIC;

-- The weekly churn rule (SPEC §9 item 4) for every caller on PostgreSQL: the director, the administrator (who
-- reads no customer data), and any account's catch-up after login (whose own grants and policies could not write
-- other managers' warnings). A manager or executive may only run it as of today with the configured months.
-- p_zone is the client's time zone, for "the day a customer was created". Returns the counts; the caller writes
-- the run's audit entry.
CREATE FUNCTION ketong_churn_scan(p_asof DATE, p_months INTEGER, p_now TIMESTAMPTZ, p_run BIGINT, p_actor TEXT,
                                  p_zone TEXT, OUT recovered INTEGER, OUT flagged INTEGER, OUT open_count INTEGER)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    kind TEXT := ketong_kind();
    configured INTEGER := COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'churn.months'), 6);
    cutoff DATE := CAST(p_asof - make_interval(months => p_months) AS DATE);
    asof_end TIMESTAMPTZ := CAST(p_asof + 1 AS TIMESTAMP) AT TIME ZONE p_zone;
    cutoff_start TIMESTAMPTZ := CAST(cutoff AS TIMESTAMP) AT TIME ZONE p_zone;
    ids BIGINT[];
BEGIN
    IF kind IS NULL AND NOT ketong_is_owner() THEN
        RAISE EXCEPTION 'permission denied: the role % is no Ketong account', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF kind IN ('manager', 'executive')
       AND (p_months <> configured OR p_asof NOT BETWEEN current_date - 1 AND current_date + 1) THEN
        RAISE EXCEPTION 'permission denied: only the director or the administrator runs the churn scan for another date or period'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_months NOT BETWEEN 1 AND 120 THEN
        RAISE EXCEPTION 'the churn threshold must be between 1 and 120 months' USING ERRCODE = 'check_violation';
    END IF;

    -- Recover first: an open warning whose customer has a counted order on or after the cut-off. Each question is
    -- asked by a SELECT first (it may run in parallel), the write takes the ids it answered.
    SELECT array_agg(id) INTO ids FROM lost_records WHERE status IN (1, 2) AND EXISTS (
        SELECT 1 FROM orders o WHERE o.customer_id = lost_records.customer_id AND o.status IN (5, 6)
        AND o.order_date >= cutoff AND o.order_date <= p_asof);
    UPDATE lost_records SET status = 4, recovered_at = p_now, version = version + 1, updated_at = p_now,
                            updated_by = p_actor
    WHERE status IN (1, 2) AND id = ANY (COALESCE(ids, '{}'));
    GET DIAGNOSTICS recovered = ROW_COUNT;

    -- Flag the silent customers: active, no counted order since the cut-off, not warned already, and known long
    -- enough to judge (created before the cut-off, or with a counted order before it). OFFSET 0 keeps the planner
    -- from asking the older-order question of every customer first.
    SELECT array_agg(f.id) INTO ids FROM (
        SELECT c.id, c.created_at FROM customers c
        WHERE c.status = 1 AND c.created_at < asof_end
        AND NOT EXISTS (SELECT 1 FROM lost_records r WHERE r.customer_id = c.id AND r.status IN (1, 2))
        AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status IN (5, 6)
                        AND o.order_date >= cutoff AND o.order_date <= p_asof)
        OFFSET 0) f
    WHERE f.created_at < cutoff_start OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.id
                                                 AND o.status IN (5, 6) AND o.order_date < cutoff);
    INSERT INTO lost_records (customer_id, manager_id, last_order_date, reference_date, detected_at, job_run_id,
                              status, version, updated_at, updated_by)
    SELECT f.id, f.manager_id, f.last_order, COALESCE(f.last_order, f.created), p_now, p_run, 1, 1, p_now, p_actor
    FROM (SELECT c.id, c.manager_id, CAST(c.created_at AT TIME ZONE p_zone AS DATE) AS created,
                 (SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = c.id AND o.status IN (5, 6)
                  AND o.order_date <= p_asof) AS last_order
          FROM customers c WHERE c.id = ANY (COALESCE(ids, '{}'))
          AND NOT EXISTS (SELECT 1 FROM lost_records r WHERE r.customer_id = c.id AND r.status IN (1, 2))) f;
    GET DIAGNOSTICS flagged = ROW_COUNT;

    SELECT count(*) INTO open_count FROM lost_records WHERE status IN (1, 2);
END;
$$;
REVOKE ALL ON FUNCTION ketong_churn_scan(DATE, INTEGER, TIMESTAMPTZ, BIGINT, TEXT, TEXT) FROM PUBLIC;

-- (Re)creates the group roles, their grants and every account's login role and membership. Run by the owner
-- (init, migrate); idempotent.
CREATE OR REPLACE FUNCTION ketong_security_sync() RETURNS VOID LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    p TEXT;
    k TEXT;
    g TEXT;
    u RECORD;
    kinds TEXT[] := ARRAY['admin', 'director', 'manager', 'executive'];
    -- What every account reads: accounts and rights, the dictionary, settings, job and feed runs, products, stock.
    shared TEXT := 'roles, rights, role_rights, dict_items, settings, schema_migrations, code_sequences, job_runs, '
                   'feed_runs, products, stock';
    user_columns TEXT := 'id, login, name, role_id, status, must_change_password, failed_logins, locked_until, '
                         'last_login_at, password_changed_at, version, created_at, updated_at, updated_by, db_role';
    -- Customer data: read by the director, the managers and the executive (the reports), never the administrator.
    business TEXT := 'customers, contacts, activities, sales_chances, plan_items, lost_records, lost_measures, '
                     'service_tickets, service_rounds';
    mirror TEXT := 'orders, order_lines, customer_year_totals';
    functions TEXT := 'ketong_audit(TIMESTAMPTZ, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT), '
                      'ketong_audit_many(TIMESTAMPTZ, BIGINT, TEXT, TEXT[], TEXT[], TEXT[], TEXT[], TEXT[]), '
                      'ketong_login(TIMESTAMPTZ), ketong_password_changed(TIMESTAMPTZ), '
                      'ketong_churn_scan(DATE, INTEGER, TIMESTAMPTZ, BIGINT, TEXT, TEXT)';
BEGIN
    p := COALESCE(NULLIF(current_setting('ketong.role_prefix', true), ''),
                  (SELECT value FROM settings WHERE key = 'security.role_prefix'), 'ketong_');
    INSERT INTO settings (key, value) VALUES ('security.role_prefix', p)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;

    FOREACH k IN ARRAY kinds LOOP
        g := p || k;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
        -- No group creates roles, whatever an older version gave it.
        EXECUTE format('ALTER ROLE %I NOLOGIN NOCREATEROLE NOCREATEDB', g);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', g);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', g);
        EXECUTE format('REVOKE ALL ON FUNCTION %s, ketong_account_apply(BIGINT, TEXT) FROM %I', functions, g);
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', g);
        EXECUTE format('GRANT SELECT ON %s TO %I', shared, g);
        EXECUTE format('GRANT SELECT (%s) ON users TO %I', user_columns, g);
        EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', g);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', functions, g);
        -- Every account's client records the catch-up churn scan it runs.
        EXECUTE format('GRANT INSERT, UPDATE ON job_runs TO %I', g);
        IF k <> 'admin' THEN
            EXECUTE format('GRANT SELECT ON %s, %s, record_history TO %I', business, mirror, g);
        END IF;
    END LOOP;

    -- The administrator: accounts (through ketong_account_apply), roles and rights, the dictionary (with the
    -- counts of dict_usage), settings, and the audit trail without business values. The sales-system feed writes
    -- orders, so on PostgreSQL it runs on the server as the owner (ketongctl sync), not in an account's client.
    g := p || 'admin';
    -- A GRANT … WITH ADMIN OPTION would make the administrator a member that inherits the other groups'
    -- privileges; on PostgreSQL 15 it needs none (ketong_account_apply grants as the owner).
    FOREACH k IN ARRAY ARRAY['director', 'manager', 'executive'] LOOP
        IF pg_has_role(g, p || k, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', p || k, g);
        END IF;
    END LOOP;
    EXECUTE format('GRANT INSERT (login, name, role_id, status, must_change_password, password_changed_at, '
                   'created_at, updated_at, updated_by), UPDATE (name, role_id, status, must_change_password, '
                   'password_changed_at, failed_logins, locked_until, version, updated_at, updated_by) ON users TO %I',
                   g);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON roles, role_rights, dict_items TO %I', g);
    EXECUTE format('GRANT INSERT, UPDATE ON settings TO %I', g);
    EXECUTE format('GRANT SELECT ON audit_trail, dict_usage TO %I', g);
    EXECUTE format('GRANT EXECUTE ON FUNCTION ketong_account_apply(BIGINT, TEXT) TO %I', g);

    -- The sales director and the account managers: the business tables (row-level security narrows the
    -- managers), customer codes. The executive reads what the reports need and writes nothing.
    FOREACH k IN ARRAY ARRAY['director', 'manager'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %I', business, p || k);
        EXECUTE format('GRANT INSERT, UPDATE ON code_sequences TO %I', p || k);
    END LOOP;

    -- Every account's login role, in exactly one group.
    FOR u IN SELECT id FROM users ORDER BY id LOOP
        PERFORM ketong_account_apply(u.id, NULL);
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION ketong_security_sync() FROM PUBLIC;

SELECT ketong_security_sync();

-- Security enforced by PostgreSQL itself (issue 10, ARCHITECTURE "Security model").
--
-- * Every Ketong account is a login role "<prefix>u_<login>" (users.db_role) that is a member of exactly one
--   group role "<prefix>admin", "<prefix>director", "<prefix>manager" or "<prefix>executive". Role names are
--   cluster-wide, so the prefix is stored per database (settings 'security.role_prefix', default 'ketong_';
--   a database-level setting ketong.role_prefix overrides it, which tests use for their many databases).
-- * The group roles carry the GRANTs of SPEC §2.2; row-level security limits what a manager may change
--   (reads stay shared, SPEC §9 item 6). Nobody but the owner touches password hashes, audit rows or the
--   schema. The owner (who runs ketongctl init / migrate) is not subject to the policies.
-- * ketong_audit() is the only way a business role writes the audit trail; it stamps the actor from the
--   login role and the transaction id. Deferred triggers on the audited tables add a generic entry for a
--   row changed in a transaction that wrote no entry for it, so a change made with psql is audited too.
-- ketong_security_sync() (re)creates the roles, grants and memberships; init and migrate run it.

ALTER TABLE users ADD COLUMN db_role VARCHAR(63) NOT NULL DEFAULT '';
ALTER TABLE users ALTER COLUMN password_hash SET DEFAULT '';
ALTER TABLE audit_log ADD COLUMN txid BIGINT;
CREATE INDEX ix_audit_log_txid ON audit_log (txid);

INSERT INTO settings (key, value)
VALUES ('security.role_prefix', COALESCE(NULLIF(current_setting('ketong.role_prefix', true), ''), 'ketong_'))
ON CONFLICT (key) DO NOTHING;

-- The account of the connected login role (NULL for the owner and any role that is no Ketong account).
-- session_user, not current_user: inside SECURITY DEFINER code current_user is the definer.
CREATE FUNCTION ketong_uid() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT id FROM users WHERE db_role = session_user::text AND db_role <> ''
$$;

-- The role kind (admin, director, manager, executive) of the connected account.
CREATE FUNCTION ketong_kind() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT r.kind FROM users u JOIN roles r ON r.id = u.role_id
    WHERE u.db_role = session_user::text AND u.db_role <> ''
$$;

CREATE FUNCTION ketong_role_prefix() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT value FROM settings WHERE key = 'security.role_prefix'
$$;

-- The app's audit entry. For a Ketong login role the actor is the account itself, whatever the client says.
CREATE FUNCTION ketong_audit(p_at TIMESTAMPTZ, p_actor_id BIGINT, p_actor TEXT, p_action TEXT, p_entity TEXT,
                             p_record_id TEXT, p_before TEXT, p_after TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := ketong_uid();
    new_id BIGINT;
BEGIN
    IF uid IS NOT NULL THEN
        p_actor_id := uid;
        SELECT login INTO p_actor FROM users WHERE id = uid;
    END IF;
    INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, before, after, txid)
    VALUES (COALESCE(p_at, now()), p_actor_id, COALESCE(p_actor, session_user::text), p_action, p_entity,
            COALESCE(p_record_id, ''), p_before, p_after, txid_current())
    RETURNING id INTO new_id;
    RETURN new_id;
END;
$$;

-- A successful login of the connected account: the account must be active, its role enabled and it must not
-- be locked out; stamps last_login_at and writes the login entry. Returns the account's login.
CREATE FUNCTION ketong_login(p_at TIMESTAMPTZ) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := ketong_uid();
    who TEXT;
BEGIN
    IF uid IS NULL THEN
        RAISE EXCEPTION 'the role % is no Ketong account', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE users SET failed_logins = 0, last_login_at = COALESCE(p_at, now()) WHERE id = uid RETURNING login INTO who;
    INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, txid)
    VALUES (COALESCE(p_at, now()), uid, who, 'login', 'users', uid::text, txid_current());
    RETURN who;
END;
$$;

-- The connected account chose its own password (ALTER ROLE … PASSWORD on its own role).
CREATE FUNCTION ketong_password_changed(p_at TIMESTAMPTZ) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid BIGINT := ketong_uid();
BEGIN
    IF uid IS NULL THEN
        RAISE EXCEPTION 'the role % is no Ketong account', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE users SET must_change_password = 0, password_changed_at = COALESCE(p_at, now()),
                     version = version + 1, updated_at = COALESCE(p_at, now())
    WHERE id = uid;
    INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, txid)
    SELECT COALESCE(p_at, now()), uid, login, 'password', 'users', uid::text, txid_current() FROM users WHERE id = uid;
END;
$$;

REVOKE ALL ON FUNCTION ketong_audit(TIMESTAMPTZ, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION ketong_login(TIMESTAMPTZ) FROM PUBLIC;
REVOKE ALL ON FUNCTION ketong_password_changed(TIMESTAMPTZ) FROM PUBLIC;

-- The generic entry of a row changed in a transaction without an app entry for it (deferred: runs at commit,
-- after the app wrote its own). An app entry of entity 'database' (init, demo, restore) covers everything.
CREATE FUNCTION ketong_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rid TEXT;
    b JSONB;
    a JSONB;
    act TEXT;
    uid BIGINT := ketong_uid();
    who TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rid := OLD.id::text;
    ELSE
        rid := NEW.id::text;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_log WHERE txid = txid_current()
               AND (entity = 'database' OR (entity = TG_TABLE_NAME AND record_id IN (rid, '*')))) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        act := 'create';
        a := to_jsonb(NEW) - 'password_hash';
    ELSIF TG_OP = 'DELETE' THEN
        act := 'delete';
        b := to_jsonb(OLD) - 'password_hash';
    ELSE
        act := 'update';
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, n.value) INTO b, a
        FROM jsonb_each(to_jsonb(OLD) - 'password_hash') o
        JOIN jsonb_each(to_jsonb(NEW) - 'password_hash') n ON n.key = o.key
        WHERE o.value IS DISTINCT FROM n.value;
        IF b IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    IF uid IS NOT NULL THEN
        SELECT login INTO who FROM users WHERE id = uid;
    ELSE
        who := session_user::text;
    END IF;
    INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, before, after, txid)
    VALUES (now(), uid, who, act, TG_TABLE_NAME, rid, b::text, a::text, txid_current());
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON customers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER contacts_audit AFTER INSERT OR UPDATE OR DELETE ON contacts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER activities_audit AFTER INSERT OR UPDATE OR DELETE ON activities
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER sales_chances_audit AFTER INSERT OR UPDATE OR DELETE ON sales_chances
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER plan_items_audit AFTER INSERT OR UPDATE OR DELETE ON plan_items
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER lost_records_audit AFTER INSERT OR UPDATE OR DELETE ON lost_records
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER service_tickets_audit AFTER INSERT OR UPDATE OR DELETE ON service_tickets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER roles_audit AFTER INSERT OR UPDATE OR DELETE ON roles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();
CREATE CONSTRAINT TRIGGER dict_items_audit AFTER INSERT OR UPDATE OR DELETE ON dict_items
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ketong_audit_row();

-- Row-level security: reads are shared; a manager changes only what is theirs. Policies name no roles (the
-- role names carry the per-database prefix): they ask the connected account's kind. Directors, the
-- administrator and the executive are limited by their GRANTs alone.
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY customers_read ON customers FOR SELECT USING (true);
CREATE POLICY customers_insert ON customers FOR INSERT WITH CHECK (true);
CREATE POLICY customers_update ON customers FOR UPDATE
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager' OR manager_id = (SELECT ketong_uid()));
CREATE POLICY customers_delete ON customers FOR DELETE
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager' OR manager_id = (SELECT ketong_uid()));

ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_read ON contacts FOR SELECT USING (true);
CREATE POLICY contacts_write ON contacts FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager'
           OR EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id AND c.manager_id = (SELECT ketong_uid())));

ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
CREATE POLICY activities_read ON activities FOR SELECT USING (true);
CREATE POLICY activities_write ON activities FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager'
           OR EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id AND c.manager_id = (SELECT ketong_uid())));

ALTER TABLE sales_chances ENABLE ROW LEVEL SECURITY;
CREATE POLICY sales_chances_read ON sales_chances FOR SELECT USING (true);
CREATE POLICY sales_chances_write ON sales_chances FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager'
           OR created_by = (SELECT ketong_uid()) OR assigned_to = (SELECT ketong_uid()));

ALTER TABLE plan_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_items_read ON plan_items FOR SELECT USING (true);
CREATE POLICY plan_items_write ON plan_items FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager'
           OR EXISTS (SELECT 1 FROM sales_chances s WHERE s.id = chance_id AND s.assigned_to = (SELECT ketong_uid())));

ALTER TABLE lost_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY lost_records_read ON lost_records FOR SELECT USING (true);
CREATE POLICY lost_records_write ON lost_records FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager' OR manager_id = (SELECT ketong_uid()));

ALTER TABLE lost_measures ENABLE ROW LEVEL SECURITY;
CREATE POLICY lost_measures_read ON lost_measures FOR SELECT USING (true);
CREATE POLICY lost_measures_write ON lost_measures FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager'
           OR EXISTS (SELECT 1 FROM lost_records l WHERE l.id = lost_record_id
                      AND l.manager_id = (SELECT ketong_uid())));

ALTER TABLE service_tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY service_tickets_read ON service_tickets FOR SELECT USING (true);
CREATE POLICY service_tickets_write ON service_tickets FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager' OR created_by = (SELECT ketong_uid())
           OR assigned_to = (SELECT ketong_uid()) OR handled_by = (SELECT ketong_uid()));

ALTER TABLE service_rounds ENABLE ROW LEVEL SECURITY;
CREATE POLICY service_rounds_read ON service_rounds FOR SELECT USING (true);
CREATE POLICY service_rounds_write ON service_rounds FOR ALL
    USING ((SELECT ketong_kind()) IS DISTINCT FROM 'manager'
           OR EXISTS (SELECT 1 FROM service_tickets t WHERE t.id = ticket_id
                      AND (t.created_by = (SELECT ketong_uid()) OR t.assigned_to = (SELECT ketong_uid())
                           OR t.handled_by = (SELECT ketong_uid()))));

-- The role prefix and other security settings are the owner's.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY settings_read ON settings FOR SELECT USING (true);
CREATE POLICY settings_write ON settings FOR ALL USING (key NOT LIKE 'security.%');

-- (Re)creates the group roles, their grants and every account's login role and membership. Run by the owner
-- (who needs CREATEROLE); idempotent. Accounts that get a new login role have no password until the
-- administrator sets one.
CREATE FUNCTION ketong_security_sync() RETURNS VOID LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    p TEXT;
    k TEXT;
    g TEXT;
    u RECORD;
    want TEXT;
    kinds TEXT[] := ARRAY['admin', 'director', 'manager', 'executive'];
    all_tables TEXT := 'roles, rights, role_rights, dict_items, settings, schema_migrations, code_sequences, '
                       'customers, contacts, activities, sales_chances, plan_items, job_runs, lost_records, '
                       'lost_measures, service_tickets, service_rounds, feed_runs, products, stock, orders, '
                       'order_lines';
    user_columns TEXT := 'id, login, name, role_id, status, must_change_password, failed_logins, locked_until, '
                         'last_login_at, password_changed_at, version, created_at, updated_at, updated_by, db_role';
    business TEXT := 'customers, contacts, activities, sales_chances, plan_items, lost_records, lost_measures, '
                     'service_tickets, service_rounds';
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
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', g);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', g);
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', g);
        EXECUTE format('GRANT SELECT ON %s TO %I', all_tables, g);
        EXECUTE format('GRANT SELECT (%s) ON users TO %I', user_columns, g);
        EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', g);
        EXECUTE format('GRANT EXECUTE ON FUNCTION ketong_audit(TIMESTAMPTZ, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, '
                       'TEXT), ketong_login(TIMESTAMPTZ), ketong_password_changed(TIMESTAMPTZ) TO %I', g);
    END LOOP;

    -- The administrator: accounts, roles and rights, the dictionary, settings, the sales-system feed, the
    -- churn scan and the audit trail (read). CREATEROLE to manage login roles, nothing more.
    g := p || 'admin';
    -- (No SUPERUSER/REPLICATION/BYPASSRLS clauses: a non-superuser owner may not name them, and they are off.)
    EXECUTE format('ALTER ROLE %I NOLOGIN CREATEROLE NOCREATEDB', g);
    -- Granting the groups to accounts: PostgreSQL 15 lets CREATEROLE grant any non-superuser role, and a
    -- GRANT … WITH ADMIN OPTION would make the administrator a member that inherits the director's and the
    -- managers' privileges. From version 16 on CREATEROLE needs ADMIN OPTION, given without membership.
    FOREACH k IN ARRAY ARRAY['director', 'manager', 'executive'] LOOP
        IF current_setting('server_version_num')::int >= 160000 THEN
            EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', p || k, g);
        ELSIF pg_has_role(g, p || k, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', p || k, g);
        END IF;
    END LOOP;
    EXECUTE format('GRANT INSERT (login, name, role_id, status, must_change_password, password_changed_at, '
                   'created_at, updated_at, updated_by, db_role), UPDATE (name, role_id, status, '
                   'must_change_password, password_changed_at, failed_logins, locked_until, version, updated_at, '
                   'updated_by, db_role) ON users TO %I', g);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON roles, role_rights, dict_items, products, stock, orders, '
                   'order_lines, feed_runs TO %I', g);
    EXECUTE format('GRANT INSERT, UPDATE ON settings, job_runs, lost_records TO %I', g);
    EXECUTE format('GRANT SELECT ON audit_log TO %I', g);

    -- The sales director and the account managers: the business tables (row-level security narrows the
    -- managers), customer codes; the director also runs the churn scan.
    FOREACH k IN ARRAY ARRAY['director', 'manager'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %I', business, p || k);
        EXECUTE format('GRANT INSERT, UPDATE ON code_sequences TO %I', p || k);
    END LOOP;
    EXECUTE format('GRANT INSERT, UPDATE ON job_runs TO %I', p || 'director');
    -- The executive reads what the reports need and writes nothing.

    -- Every account's login role, in exactly one group.
    FOR u IN SELECT us.id, us.login, us.status, us.db_role, r.kind FROM users us JOIN roles r ON r.id = us.role_id
    LOOP
        want := CASE WHEN u.db_role <> '' AND left(u.db_role, length(p)) = p THEN u.db_role
                     ELSE p || 'u_' || u.login END;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = want) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', want);
        END IF;
        EXECUTE format('ALTER ROLE %I %s NOCREATEROLE NOCREATEDB', want,
                       CASE WHEN u.status = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
        FOREACH k IN ARRAY kinds LOOP
            IF k = u.kind THEN
                EXECUTE format('GRANT %I TO %I', p || k, want);
            ELSIF pg_has_role(want, p || k, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', p || k, want);
            END IF;
        END LOOP;
        IF u.db_role IS DISTINCT FROM want THEN
            UPDATE users SET db_role = want WHERE id = u.id;
        END IF;
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION ketong_security_sync() FROM PUBLIC;

SELECT ketong_security_sync();

-- Version 5: the audit trail's check "has this transaction an entry for this record?" is an index lookup.
-- The deferred audit trigger asks it for every changed row at commit; with an index on txid alone and an
-- OR / IN the planner answered with a scan of the transaction's entries, so a bulk import of N customers in
-- one transaction read N entries N times. Now: an index on (txid, entity, record_id) and equality lookups.
-- (SQLite has the same index, to keep one schema; txid stays empty there.)
DROP INDEX ix_audit_log_txid;
CREATE INDEX ix_audit_log_txid ON audit_log (txid, entity, record_id);

CREATE OR REPLACE FUNCTION ketong_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rid TEXT;
    b JSONB;
    a JSONB;
    act TEXT;
    uid BIGINT;
    who TEXT;
    tbl TEXT := TG_TABLE_NAME::text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rid := OLD.id::text;
    ELSE
        rid := NEW.id::text;
    END IF;
    -- Equalities of text only (TG_TABLE_NAME is of type name, whose = text is not an index operator): each
    -- lookup is an index condition on all three columns, whatever the statistics say.
    IF EXISTS (SELECT 1 FROM audit_log WHERE txid = txid_current() AND entity = tbl AND record_id = rid)
       OR EXISTS (SELECT 1 FROM audit_log WHERE txid = txid_current() AND entity = tbl AND record_id = '*')
       OR EXISTS (SELECT 1 FROM audit_log WHERE txid = txid_current() AND entity = 'database') THEN
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
    uid := ketong_uid();
    IF uid IS NOT NULL THEN
        SELECT login INTO who FROM users WHERE id = uid;
    ELSE
        who := session_user::text;
    END IF;
    INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, before, after, txid)
    VALUES (now(), uid, who, act, tbl, rid, b::text, a::text, txid_current());
    RETURN NULL;
END;
$$;

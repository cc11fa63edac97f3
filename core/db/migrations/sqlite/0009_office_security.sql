-- Version 9 (issue 27, SPEC §9 items 13 and 14). On PostgreSQL it also reworks the roles and grants (no group holds
-- CREATEROLE, the administrator reads no business table); a SQLite database has no roles, and the program enforces
-- the same rules. Both dialects get: the churn status 5 已关闭 (closed because the customer was deleted), open
-- warnings that follow the customer's manager whoever changes it, no business rights for administrator-kind roles,
-- and the two narrow views the administrator's pages read (dict_usage, audit_trail).

-- A CHECK constraint changes by rebuilding the table. The churn measures refer to it by name: their foreign key
-- is checked at commit, when the new table carries the name again.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE lost_records_new (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    manager_id INTEGER NOT NULL REFERENCES users (id),
    last_order_date TEXT,
    reference_date TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    job_run_id INTEGER REFERENCES job_runs (id),
    status INTEGER NOT NULL DEFAULT 1,
    lost_date TEXT,
    reason TEXT NOT NULL DEFAULT '',
    recovered_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_lost_records_status CHECK (status IN (1, 2, 3, 4, 5)),
    CONSTRAINT ck_lost_records_confirmed CHECK (status <> 3 OR (lost_date IS NOT NULL AND reason <> '')),
    CONSTRAINT ck_lost_records_recovered CHECK (status <> 4 OR recovered_at IS NOT NULL)
) STRICT;
INSERT INTO lost_records_new SELECT id, customer_id, manager_id, last_order_date, reference_date, detected_at,
    job_run_id, status, lost_date, reason, recovered_at, version, updated_at, updated_by FROM lost_records;
DROP TABLE lost_records;
ALTER TABLE lost_records_new RENAME TO lost_records;
CREATE UNIQUE INDEX uq_lost_records_open ON lost_records (customer_id) WHERE status IN (1, 2);
CREATE INDEX ix_lost_records_customer_id ON lost_records (customer_id, status);
CREATE INDEX ix_lost_records_manager_id ON lost_records (manager_id, status);
CREATE INDEX ix_lost_records_status ON lost_records (status, lost_date);
CREATE INDEX ix_lost_records_job_run_id ON lost_records (job_run_id);

CREATE TRIGGER customers_lost_follow_manager AFTER UPDATE OF manager_id ON customers
WHEN new.manager_id IS NOT old.manager_id BEGIN
    UPDATE lost_records SET manager_id = new.manager_id, version = version + 1, updated_at = new.updated_at,
                            updated_by = new.updated_by
    WHERE customer_id = new.id AND status IN (1, 2) AND manager_id IS NOT new.manager_id;
END;
-- Warnings left behind by reassignments made before this version.
UPDATE lost_records SET manager_id = (SELECT c.manager_id FROM customers c WHERE c.id = lost_records.customer_id),
                        version = version + 1
WHERE status IN (1, 2)
  AND manager_id <> (SELECT c.manager_id FROM customers c WHERE c.id = lost_records.customer_id);

DELETE FROM role_rights WHERE right_code NOT IN ('021', '024')
    AND role_id IN (SELECT id FROM roles WHERE kind = 'admin');

CREATE VIEW dict_usage AS
SELECT 'customers.region' AS source, region AS value, count(*) AS uses FROM customers GROUP BY region
UNION ALL SELECT 'customers.level', CAST(level AS TEXT), count(*) FROM customers GROUP BY level
UNION ALL SELECT 'customers.satisfaction', CAST(satisfaction AS TEXT), count(*) FROM customers GROUP BY satisfaction
UNION ALL SELECT 'customers.credit', CAST(credit AS TEXT), count(*) FROM customers GROUP BY credit
UNION ALL SELECT 'customers.customer_type', customer_type, count(*) FROM customers GROUP BY customer_type
UNION ALL SELECT 'customers.source', source, count(*) FROM customers GROUP BY source
UNION ALL SELECT 'service_tickets.type', type, count(*) FROM service_tickets GROUP BY type
UNION ALL SELECT 'sales_chances.source', source, count(*) FROM sales_chances GROUP BY source;

CREATE VIEW audit_trail AS
SELECT a.id, a.at, a.actor_id, a.actor, a.action, a.entity, a.record_id,
       CASE WHEN NOT a.hidden OR a.before IS NULL THEN a.before
            WHEN json_valid(a.before) AND json_type(a.before) = 'object'
            THEN (SELECT json_group_object(key, NULL) FROM json_each(a.before)) ELSE '{}' END AS before,
       CASE WHEN NOT a.hidden OR a.after IS NULL THEN a.after
            WHEN json_valid(a.after) AND json_type(a.after) = 'object'
            THEN (SELECT json_group_object(key, NULL) FROM json_each(a.after)) ELSE '{}' END AS after,
       a.hidden AS values_hidden
FROM (SELECT l.*, l.entity IN ('customers', 'contacts', 'activities', 'sales_chances', 'plan_items', 'lost_records',
                               'lost_measures', 'service_tickets', 'service_rounds', 'orders', 'order_lines',
                               'customer_year_totals') AS hidden
      FROM audit_log l) a;

-- The history of business records as the roles that read them see it (a record dialog's 变更记录).
CREATE VIEW record_history AS
SELECT id, at, actor_id, actor, action, entity, record_id, before, after, 0 AS values_hidden
FROM audit_log
WHERE entity IN ('customers', 'contacts', 'activities', 'sales_chances', 'plan_items', 'lost_records', 'lost_measures',
                 'service_tickets', 'service_rounds', 'orders', 'order_lines', 'customer_year_totals');

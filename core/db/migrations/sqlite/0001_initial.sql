-- Ketong CRM schema, version 1 (SQLite). Kept equivalent to ../postgres/0001_initial.sql: the same tables,
-- columns, nullability, keys, index names and CHECK constraint names (tests/core/db/SchemaTest proves it).
-- Timestamps are UTC ISO-8601 text ('2026-11-22T08:30:00.000Z'), dates 'YYYY-MM-DD', money integer fen.
-- Optional text is '' rather than NULL. Every editable table has version / updated_at / updated_by.

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    builtin INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_roles_kind CHECK (kind IN ('admin', 'director', 'manager', 'executive')),
    CONSTRAINT ck_roles_enabled CHECK (enabled IN (0, 1)),
    CONSTRAINT ck_roles_builtin CHECK (builtin IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX uq_roles_name ON roles (name);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    name TEXT NOT NULL,
    role_id INTEGER NOT NULL REFERENCES roles (id),
    status INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT,
    password_changed_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_users_status CHECK (status IN (0, 1)),
    CONSTRAINT ck_users_must_change CHECK (must_change_password IN (0, 1)),
    CONSTRAINT ck_users_failed_logins CHECK (failed_logins >= 0),
    CONSTRAINT ck_users_login CHECK (length(login) BETWEEN 1 AND 50)
) STRICT;
CREATE UNIQUE INDEX uq_users_login ON users (login);
CREATE INDEX ix_users_role_id ON users (role_id);
CREATE INDEX ix_users_status ON users (status);

CREATE TABLE rights (
    code TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES rights (code),
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    screen TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT ck_rights_kind CHECK (kind IN ('folder', 'page'))
) STRICT;
CREATE INDEX ix_rights_parent_code ON rights (parent_code);

CREATE TABLE role_rights (
    id INTEGER PRIMARY KEY,
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    right_code TEXT NOT NULL REFERENCES rights (code)
) STRICT;
CREATE UNIQUE INDEX uq_role_rights_role_right ON role_rights (role_id, right_code);
CREATE INDEX ix_role_rights_right_code ON role_rights (right_code);

CREATE TABLE dict_items (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    item TEXT NOT NULL,
    value TEXT NOT NULL,
    editable INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_dict_items_editable CHECK (editable IN (0, 1)),
    CONSTRAINT ck_dict_items_type CHECK (length(type) BETWEEN 1 AND 50),
    CONSTRAINT ck_dict_items_item CHECK (length(item) BETWEEN 1 AND 50),
    CONSTRAINT ck_dict_items_value CHECK (length(value) BETWEEN 1 AND 50)
) STRICT;
CREATE UNIQUE INDEX uq_dict_items_type_value ON dict_items (type, value);
CREATE UNIQUE INDEX uq_dict_items_type_item ON dict_items (type, item);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system'
) STRICT;

CREATE TABLE code_sequences (
    name TEXT PRIMARY KEY,
    last_value INTEGER NOT NULL,
    CONSTRAINT ck_code_sequences_last_value CHECK (last_value >= 0)
) STRICT;

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    manager_id INTEGER NOT NULL REFERENCES users (id),
    level INTEGER NOT NULL DEFAULT 1,
    satisfaction INTEGER NOT NULL DEFAULT 3,
    credit INTEGER NOT NULL DEFAULT 3,
    address TEXT NOT NULL DEFAULT '',
    zip TEXT NOT NULL DEFAULT '',
    tel TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    licence_no TEXT NOT NULL DEFAULT '',
    legal_rep TEXT NOT NULL DEFAULT '',
    registered_capital INTEGER,
    turnover INTEGER,
    bank TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    local_tax_no TEXT NOT NULL DEFAULT '',
    national_tax_no TEXT NOT NULL DEFAULT '',
    customer_type TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by INTEGER REFERENCES users (id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_customers_code CHECK (length(code) BETWEEN 1 AND 20),
    CONSTRAINT ck_customers_name CHECK (length(name) BETWEEN 1 AND 100),
    CONSTRAINT ck_customers_level CHECK (level BETWEEN 1 AND 5),
    CONSTRAINT ck_customers_satisfaction CHECK (satisfaction BETWEEN 1 AND 5),
    CONSTRAINT ck_customers_credit CHECK (credit BETWEEN 1 AND 5),
    CONSTRAINT ck_customers_registered_capital CHECK (registered_capital >= 0),
    CONSTRAINT ck_customers_turnover CHECK (turnover >= 0),
    CONSTRAINT ck_customers_status CHECK (status IN (1, 2, 3))
) STRICT;
CREATE UNIQUE INDEX uq_customers_code ON customers (code);
CREATE INDEX ix_customers_name ON customers (name);
CREATE INDEX ix_customers_region ON customers (region);
CREATE INDEX ix_customers_manager_id ON customers (manager_id);
CREATE INDEX ix_customers_level ON customers (level);
CREATE INDEX ix_customers_status ON customers (status);
CREATE INDEX ix_customers_created_at ON customers (created_at);
-- The churn scan reads every 正常 customer's id, creation time and manager from this index alone.
CREATE INDEX ix_customers_churn ON customers (status, created_at, manager_id);
CREATE INDEX ix_customers_updated_at ON customers (updated_at);
CREATE INDEX ix_customers_created_by ON customers (created_by);
CREATE INDEX ix_customers_tel ON customers (tel);
CREATE INDEX ix_customers_name_key ON customers (name_key);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    name TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT '男',
    position TEXT NOT NULL,
    tel TEXT NOT NULL,
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    memo TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_contacts_sex CHECK (sex IN ('男', '女')),
    CONSTRAINT ck_contacts_name CHECK (length(name) BETWEEN 1 AND 50)
) STRICT;
CREATE INDEX ix_contacts_customer_id ON contacts (customer_id);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    activity_date TEXT NOT NULL,
    place TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_activities_title CHECK (length(title) BETWEEN 1 AND 500)
) STRICT;
CREATE INDEX ix_activities_customer_id ON activities (customer_id, activity_date);
CREATE INDEX ix_activities_created_by ON activities (created_by);

CREATE TABLE sales_chances (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    customer_name TEXT NOT NULL,
    title TEXT NOT NULL,
    rate INTEGER NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    contact_tel TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    assigned_to INTEGER REFERENCES users (id),
    assigned_at TEXT,
    status INTEGER NOT NULL DEFAULT 1,
    closed_at TEXT,
    customer_id INTEGER REFERENCES customers (id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_sales_chances_rate CHECK (rate BETWEEN 0 AND 100),
    CONSTRAINT ck_sales_chances_status CHECK (status IN (1, 2, 3, 4)),
    CONSTRAINT ck_sales_chances_assigned CHECK (status = 1 OR (assigned_to IS NOT NULL AND assigned_at IS NOT NULL)),
    CONSTRAINT ck_sales_chances_customer_name CHECK (length(customer_name) BETWEEN 1 AND 100),
    CONSTRAINT ck_sales_chances_title CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT ck_sales_chances_description CHECK (length(description) BETWEEN 1 AND 2000),
    CONSTRAINT ck_sales_chances_closed CHECK ((status IN (3, 4)) = (closed_at IS NOT NULL)),
    CONSTRAINT ck_sales_chances_customer CHECK (customer_id IS NULL OR status = 3)
) STRICT;
CREATE INDEX ix_sales_chances_status ON sales_chances (status, created_at);
CREATE INDEX ix_sales_chances_created_by ON sales_chances (created_by);
CREATE INDEX ix_sales_chances_assigned_to ON sales_chances (assigned_to, status);
CREATE INDEX ix_sales_chances_customer_id ON sales_chances (customer_id);
CREATE INDEX ix_sales_chances_customer_name ON sales_chances (customer_name);

CREATE TABLE plan_items (
    id INTEGER PRIMARY KEY,
    chance_id INTEGER NOT NULL REFERENCES sales_chances (id) ON DELETE CASCADE,
    plan_date TEXT NOT NULL,
    todo TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_plan_items_todo CHECK (length(todo) BETWEEN 1 AND 500)
) STRICT;
CREATE INDEX ix_plan_items_chance_id ON plan_items (chance_id, plan_date);

CREATE TABLE job_runs (
    id INTEGER PRIMARY KEY,
    job TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    as_of TEXT,
    months INTEGER,
    flagged INTEGER NOT NULL DEFAULT 0,
    recovered INTEGER NOT NULL DEFAULT 0,
    open_count INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL DEFAULT 'running',
    message TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_job_runs_result CHECK (result IN ('running', 'ok', 'failed', 'already-running'))
) STRICT;
CREATE INDEX ix_job_runs_job ON job_runs (job, started_at);

CREATE TABLE lost_records (
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
    CONSTRAINT ck_lost_records_status CHECK (status IN (1, 2, 3, 4)),
    CONSTRAINT ck_lost_records_confirmed CHECK (status <> 3 OR (lost_date IS NOT NULL AND reason <> '')),
    CONSTRAINT ck_lost_records_recovered CHECK (status <> 4 OR recovered_at IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX uq_lost_records_open ON lost_records (customer_id) WHERE status IN (1, 2);
CREATE INDEX ix_lost_records_customer_id ON lost_records (customer_id, status);
CREATE INDEX ix_lost_records_manager_id ON lost_records (manager_id, status);
CREATE INDEX ix_lost_records_status ON lost_records (status, lost_date);
CREATE INDEX ix_lost_records_job_run_id ON lost_records (job_run_id);

CREATE TABLE lost_measures (
    id INTEGER PRIMARY KEY,
    lost_record_id INTEGER NOT NULL REFERENCES lost_records (id),
    measure TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT ck_lost_measures_measure CHECK (length(measure) BETWEEN 1 AND 2000)
) STRICT;
CREATE INDEX ix_lost_measures_lost_record_id ON lost_measures (lost_record_id, created_at);
CREATE INDEX ix_lost_measures_created_by ON lost_measures (created_by);

CREATE TABLE service_tickets (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    status INTEGER NOT NULL DEFAULT 1,
    request TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    assigned_to INTEGER REFERENCES users (id),
    assigned_at TEXT,
    handling TEXT NOT NULL DEFAULT '',
    handled_by INTEGER REFERENCES users (id),
    handled_at TEXT,
    result TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER,
    feedback_by INTEGER REFERENCES users (id),
    feedback_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_service_tickets_status CHECK (status IN (1, 2, 3, 4, 5)),
    CONSTRAINT ck_service_tickets_satisfaction CHECK (satisfaction BETWEEN 1 AND 5),
    CONSTRAINT ck_service_tickets_assigned CHECK (status = 1 OR assigned_to IS NOT NULL),
    CONSTRAINT ck_service_tickets_title CHECK (length(title) BETWEEN 1 AND 500)
) STRICT;
CREATE INDEX ix_service_tickets_status ON service_tickets (status, created_at);
CREATE INDEX ix_service_tickets_customer_id ON service_tickets (customer_id);
CREATE INDEX ix_service_tickets_type ON service_tickets (type, created_at);
CREATE INDEX ix_service_tickets_created_by ON service_tickets (created_by);
CREATE INDEX ix_service_tickets_assigned_to ON service_tickets (assigned_to, status);
CREATE INDEX ix_service_tickets_handled_by ON service_tickets (handled_by);
CREATE INDEX ix_service_tickets_feedback_by ON service_tickets (feedback_by);
CREATE INDEX ix_service_tickets_created_at ON service_tickets (created_at);

CREATE TABLE service_rounds (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES service_tickets (id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    handling TEXT NOT NULL,
    handled_by INTEGER NOT NULL REFERENCES users (id),
    handled_at TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER,
    feedback_by INTEGER REFERENCES users (id),
    feedback_at TEXT,
    CONSTRAINT ck_service_rounds_round CHECK (round >= 1),
    CONSTRAINT ck_service_rounds_satisfaction CHECK (satisfaction BETWEEN 1 AND 5)
) STRICT;
CREATE UNIQUE INDEX uq_service_rounds_ticket_round ON service_rounds (ticket_id, round);
CREATE INDEX ix_service_rounds_handled_by ON service_rounds (handled_by);
CREATE INDEX ix_service_rounds_feedback_by ON service_rounds (feedback_by);

CREATE TABLE feed_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    source TEXT NOT NULL,
    dry_run INTEGER NOT NULL DEFAULT 0,
    counts TEXT NOT NULL DEFAULT '{}',
    duration_ms INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL DEFAULT 'running',
    errors TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT ck_feed_runs_result CHECK (result IN ('running', 'ok', 'failed')),
    CONSTRAINT ck_feed_runs_dry_run CHECK (dry_run IN (0, 1))
) STRICT;
CREATE INDEX ix_feed_runs_started_at ON feed_runs (started_at);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    product_no TEXT NOT NULL,
    name TEXT NOT NULL,
    model TEXT NOT NULL,
    batch TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL,
    memo TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    CONSTRAINT ck_products_product_no CHECK (length(product_no) BETWEEN 1 AND 50)
) STRICT;
CREATE UNIQUE INDEX uq_products_product_no ON products (product_no);
CREATE INDEX ix_products_name ON products (name);
CREATE INDEX ix_products_model ON products (model);

CREATE TABLE stock (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    warehouse TEXT NOT NULL,
    location TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    memo TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT ck_stock_quantity CHECK (quantity >= 0)
) STRICT;
CREATE UNIQUE INDEX uq_stock_product_warehouse_location ON stock (product_id, warehouse, location);
CREATE INDEX ix_stock_warehouse ON stock (warehouse);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    order_no TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_name TEXT NOT NULL DEFAULT '',
    order_date TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL,
    total INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT ck_orders_status CHECK (status BETWEEN 1 AND 6),
    CONSTRAINT ck_orders_total CHECK (total >= 0),
    CONSTRAINT ck_orders_order_no CHECK (length(order_no) BETWEEN 1 AND 50)
) STRICT;
CREATE UNIQUE INDEX uq_orders_order_no ON orders (order_no);
CREATE INDEX ix_orders_customer_id ON orders (customer_id, status, order_date);
CREATE INDEX ix_orders_order_date ON orders (order_date, status);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL,
    CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_lines_price CHECK (price >= 0)
) STRICT;
CREATE INDEX ix_order_lines_order_id ON order_lines (order_id);
CREATE INDEX ix_order_lines_product_id ON order_lines (product_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor_id INTEGER REFERENCES users (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL DEFAULT '',
    before TEXT,
    after TEXT
) STRICT;
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_actor_id ON audit_log (actor_id);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, record_id);
CREATE INDEX ix_audit_log_action ON audit_log (action);

-- The audit trail is append-only: nothing may change or remove a row once written.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be updated');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
END;

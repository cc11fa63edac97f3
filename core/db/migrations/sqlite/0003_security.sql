-- Version 3 (issue 10) enforces security in PostgreSQL itself: login roles, grants, row-level security and
-- audit triggers (postgres/0003_security.sql). A SQLite database serves one PC and the program enforces the
-- same rules; only the two columns are added so that both dialects keep the same shape (both stay unused).
ALTER TABLE users ADD COLUMN db_role TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN txid INTEGER;
CREATE INDEX ix_audit_log_txid ON audit_log (txid);

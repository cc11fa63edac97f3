-- Version 5: the audit trail's transaction index covers the record. On PostgreSQL the deferred audit
-- trigger asks, for every changed row at commit, whether the transaction already has an entry for that
-- record (txid, entity, record_id); with an index on txid alone a bulk import of N customers in one
-- transaction read N entries N times. Same index on SQLite, where txid stays empty, to keep one schema.
DROP INDEX ix_audit_log_txid;
CREATE INDEX ix_audit_log_txid ON audit_log (txid, entity, record_id);

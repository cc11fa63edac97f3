-- Version 4: customer search by any part of the name at a million customers.
-- PostgreSQL: a pg_trgm GIN index, which `name ILIKE '%…%'` uses by itself. pg_trgm is a trusted extension:
-- the database owner may create it. The database's LC_CTYPE must be a UTF-8 locale (e.g. C.UTF-8), or
-- pg_trgm makes no trigrams of Chinese text (the admin guide's CREATE DATABASE line says so).
-- SQLite: an FTS5 trigram table (sqlite/0004_search.sql). Objects named search_* are per backend.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX search_customers_name ON customers USING gin (name gin_trgm_ops);

-- Version 4: customer search by any part of the name at a million customers.
-- SQLite: an FTS5 trigram index over customers.name (external content: the text stays in customers; the
-- triggers keep the index current). It answers substrings of 3 or more characters, case-insensitively;
-- shorter text is searched in the base table (CustomerSearch). PostgreSQL: a pg_trgm GIN index
-- (postgres/0004_search.sql). Objects named search_* are per backend (SchemaTest leaves them out).
CREATE VIRTUAL TABLE search_customers USING fts5 (name, content = 'customers', content_rowid = 'id',
                                                  tokenize = 'trigram');
INSERT INTO search_customers (search_customers) VALUES ('rebuild');

CREATE TRIGGER search_customers_insert AFTER INSERT ON customers BEGIN
    INSERT INTO search_customers (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER search_customers_delete AFTER DELETE ON customers BEGIN
    INSERT INTO search_customers (search_customers, rowid, name) VALUES ('delete', old.id, old.name);
END;

CREATE TRIGGER search_customers_update AFTER UPDATE OF name ON customers BEGIN
    INSERT INTO search_customers (search_customers, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO search_customers (rowid, name) VALUES (new.id, new.name);
END;

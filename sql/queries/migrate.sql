-- Statements of service/migrate.c, run on its own connection, unprepared.

-- "cacdmigr" in ASCII: one advisory lock key for every cacd instance.
-- name: migrate_lock
SELECT pg_advisory_lock(7161115110097431);

-- name: migrate_unlock
SELECT pg_advisory_unlock(7161115110097431);

-- name: migrate_create_table
CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now());

-- name: migrate_checksum
SELECT checksum
FROM schema_migrations
WHERE version = $1::integer;

-- name: migrate_record
INSERT INTO schema_migrations (version, name, checksum)
VALUES ($1::integer, $2, $3);

-- name: migrate_newer
SELECT count(*)
FROM schema_migrations
WHERE version > $1::integer;

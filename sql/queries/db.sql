-- Statements of service/db.c, prepared by name on each connection.

-- name: db_ping idempotent
SELECT 1;

-- The primary's WAL position, for the replica's monitor (db_replica.c).
-- name: db_primary_position idempotent
SELECT pg_current_wal_lsn()::text;

-- What the replica has replayed; a server not in recovery (the read URL
-- names a primary) has everything it wrote.
-- name: db_replica_position idempotent
SELECT (CASE
WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
ELSE pg_current_wal_lsn() END)::text;

-- Statements of service/db.c, prepared by name on each connection.

-- name: db_ping idempotent
SELECT 1;

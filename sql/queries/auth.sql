-- Statements of service/auth.c, prepared by name on each connection.

-- The principal of a token; the same columns start every statement that
-- checks its token itself (see sql/queries/scores.sql).
-- name: auth_token_lookup idempotent
SELECT token.id, token.role, token.scope::text, token.member_id, token.wave_id
FROM cacd_token($1) AS token;

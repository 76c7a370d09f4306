-- Statements of service/auth.c, prepared by name on each connection.

-- The principal of a token; the same columns start every statement that
-- checks its token itself (see sql/queries/scores.sql). Then when it
-- expires (seconds since 1970, or NULL), for the token cache.
-- name: auth_token_lookup idempotent
SELECT token.id, token.role, token.scope::text, token.member_id, token.wave_id,
    (SELECT extract(epoch FROM t.expires_at)::bigint
        FROM tokens t
        WHERE t.token_hash = $1)
FROM cacd_token($1) AS token;

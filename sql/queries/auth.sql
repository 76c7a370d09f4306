-- Statements of service/auth.c, prepared by name on each connection.

-- Unscoped (NULL scope): admins always; viewers with no partnerships.
-- name: auth_token_lookup idempotent
SELECT id, role, token_hash, CASE
WHEN role = 'admin' OR (role = 'viewer'
    AND cardinality(partnership_ids) = 0) THEN NULL
ELSE partnership_ids::text END, coalesce(member_id::text, ''), coalesce(wave_id::text, '')
FROM tokens
WHERE token_hash = $1
AND revoked_at IS NULL
AND (expires_at IS NULL OR expires_at > now());

-- Statements of service/tokens.c, prepared by name on each connection.

-- Inserts only when every partnership in scope exists.
-- name: tokens_insert
INSERT INTO tokens (token_hash, role, partnership_ids, label, expires_at)
SELECT $1, $2, $3::uuid[], $4, $5::timestamptz
WHERE (SELECT count(*)
    FROM partnerships
    WHERE id = ANY($3::uuid[])) = cardinality($3::uuid[])
RETURNING json_build_object('id', id, 'role', role, 'partnership_ids', to_json(partnership_ids), 'label', label, 'member_id', member_id, 'wave_id', wave_id, 'expires_at', cacd_time(expires_at), 'revoked_at', cacd_time(revoked_at), 'created_at', cacd_time(created_at))::text;

-- name: tokens_list idempotent
SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
    array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
    $1::integer),
    cacd_page_next(array_agg(created_at ORDER BY created_at, id), array_agg(id ORDER BY created_at, id), $1::integer)
FROM (SELECT created_at, id, json_build_object('id', id, 'role', role, 'partnership_ids', to_json(partnership_ids), 'label', label, 'member_id', member_id, 'wave_id', wave_id, 'expires_at', cacd_time(expires_at), 'revoked_at', cacd_time(revoked_at), 'created_at', cacd_time(created_at)) AS item
    FROM tokens
    WHERE cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR greatest(created_at, revoked_at) > $4::timestamptz)
    AND ($5::text IS NULL OR role = $5)
    ORDER BY created_at, id
    LIMIT $1::integer + 1) AS page;

-- name: tokens_revoke idempotent
UPDATE tokens
SET revoked_at = coalesce(revoked_at, now())
WHERE id = $1::uuid
RETURNING id;

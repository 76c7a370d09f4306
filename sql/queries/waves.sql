-- Statements of service/waves.c, prepared by name on each connection.

-- name: waves_insert
-- Staff only, so an unscoped principal is an admin (cacd_token): only an
-- admin makes a wave whose dates lie in the past, a paper round open for
-- entries until it is closed.
WITH p AS (SELECT id, archived_at
    FROM partnerships
    WHERE id = $1::uuid
    AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))), i AS (SELECT id
    FROM instruments
    WHERE key = coalesce($3::jsonb->>'instrument', 'cac')), past AS (SELECT ($3::jsonb->>'closes_at')::timestamptz <= now() AS is_past), inserted AS (INSERT INTO waves AS w (partnership_id, instrument_id, label, opens_at, closes_at, paper_entry, form_scale)
    SELECT p.id, i.id, $3::jsonb->>'label', ($3::jsonb->>'opens_at')::timestamptz, ($3::jsonb->>'closes_at')::timestamptz, past.is_past, coalesce($3::jsonb->>'form_scale', 'agree4')
    FROM p, i, past
    WHERE p.archived_at IS NULL
    AND ($2::uuid[] IS NULL OR NOT past.is_past)
    RETURNING cacd_wave_json(w) AS body, w.id)
SELECT CASE
WHEN NOT EXISTS (SELECT 1
    FROM p) THEN 'not_found'
WHEN NOT EXISTS (SELECT 1
    FROM i) THEN 'unknown_instrument'
WHEN (SELECT archived_at IS NOT NULL
    FROM p) THEN 'archived'
WHEN NOT EXISTS (SELECT 1
    FROM inserted) THEN 'past_for_admins'
ELSE 'ok' END, (SELECT body::text
    FROM inserted), (SELECT id
    FROM inserted);

-- $3: a respondent sees only the wave of its invitation.
-- name: waves_get idempotent
SELECT cacd_wave_json(w)::text
FROM waves w
WHERE w.id = $1::uuid
AND ($2::uuid[] IS NULL OR w.partnership_id = ANY ($2::uuid[]))
AND ($3::uuid IS NULL OR w.id = $3::uuid);

-- name: waves_list idempotent
SELECT listed.body, listed.next
FROM (SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
        array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
        $1::integer) AS body,
        cacd_page_next(array_agg(created_at ORDER BY created_at, id),
            array_agg(id ORDER BY created_at, id), $1::integer) AS next
    FROM (SELECT w.created_at, w.id, cacd_wave_json(w) AS item
        FROM waves w
        WHERE w.partnership_id = $5::uuid
        AND cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR greatest(w.updated_at, w.closed_at) > $4::timestamptz)
        ORDER BY created_at, id
        LIMIT $1::integer + 1) AS page) AS listed
WHERE EXISTS (SELECT 1
    FROM partnerships
    WHERE id = $5::uuid
    AND ($6::uuid[] IS NULL OR id = ANY ($6::uuid[])));

-- name: waves_close idempotent
WITH w AS (SELECT *
    FROM waves
    WHERE id = $1::uuid
    AND ($2::uuid[] IS NULL OR partnership_id = ANY ($2::uuid[])) FOR UPDATE), closed AS (UPDATE waves AS c
    SET closed_at = now(), updated_at = now()
    FROM w
    WHERE c.id = w.id
    AND w.closed_at IS NULL
    RETURNING cacd_wave_json(c) AS body)
SELECT CASE
WHEN NOT EXISTS (SELECT 1
    FROM w) THEN 'not_found'
WHEN NOT EXISTS (SELECT 1
    FROM closed) THEN 'already_closed'
ELSE 'ok' END, (SELECT body::text
    FROM closed);

-- $3 the validated changes; see cacd_wave_update.
-- name: waves_update
SELECT state, body
FROM cacd_wave_update($1::uuid, $2::uuid[], $3::jsonb);

-- name: waves_delete
SELECT cacd_wave_delete($1::uuid, $2::uuid[]);

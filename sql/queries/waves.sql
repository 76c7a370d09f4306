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
    WHERE key = coalesce($3::jsonb->>'instrument', 'cac')), past AS (SELECT ($3::jsonb->>'closes_at')::timestamptz <= now() AS is_past), inserted AS (INSERT INTO waves AS w (partnership_id, instrument_id, label, opens_at, closes_at, paper_entry)
    SELECT p.id, i.id, $3::jsonb->>'label', ($3::jsonb->>'opens_at')::timestamptz, ($3::jsonb->>'closes_at')::timestamptz, past.is_past
    FROM p, i, past
    WHERE p.archived_at IS NULL
    AND ($2::uuid[] IS NULL OR NOT past.is_past)
    RETURNING cacd_wave_json(w) AS body)
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
    FROM inserted);

-- $3: a respondent sees only the wave of its invitation.
-- name: waves_get idempotent
SELECT cacd_wave_json(w)::text
FROM waves w
WHERE w.id = $1::uuid
AND ($2::uuid[] IS NULL OR w.partnership_id = ANY ($2::uuid[]))
AND ($3::uuid IS NULL OR w.id = $3::uuid);

-- name: waves_list idempotent
SELECT (SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
        array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
        $1::integer)
    FROM (SELECT w.created_at, w.id, cacd_wave_json(w) AS item
        FROM waves w
        WHERE w.partnership_id = $5::uuid
        AND cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR greatest(w.updated_at, w.closed_at) > $4::timestamptz)
        ORDER BY created_at, id
        LIMIT $1::integer + 1) AS page)
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

-- Active members without a response, and whether the partnership is
-- archived (held FOR SHARE: an archive waits for the invitations); the
-- tokens are made here, in C, and only their hashes go to the database.
-- Earlier invitations of the same members are revoked: one valid link each.
-- name: waves_invitees idempotent
SELECT cacd_wave_status(w, now()), array(SELECT m.id
    FROM members m
    WHERE m.partnership_id = w.partnership_id
    AND m.active
    AND NOT EXISTS (SELECT 1
        FROM responses r
        WHERE r.wave_id = w.id
        AND r.member_id = m.id)
    ORDER BY m.created_at, m.id)::text, p.archived_at IS NOT NULL
FROM waves w
JOIN partnerships p ON p.id = w.partnership_id
WHERE w.id = $1::uuid
AND ($2::uuid[] IS NULL OR w.partnership_id = ANY ($2::uuid[]))
FOR SHARE OF p;

-- The answer: a JSON array of {member_id, label, expires_at} in the order
-- the members were given, which is the order of the tokens made in C.
-- name: waves_invite
WITH given AS (SELECT *
    FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS g(member_id, token_hash, position)), revoked AS (UPDATE tokens
    SET revoked_at = now()
    WHERE wave_id = $1::uuid
    AND member_id IN (SELECT member_id
        FROM given)
    AND revoked_at IS NULL
    RETURNING id), inserted AS (INSERT INTO tokens (token_hash, role, partnership_ids, label, member_id, wave_id, expires_at)
    SELECT g.token_hash, 'respondent', ARRAY[w.partnership_id], 'invitation', g.member_id, w.id, w.closes_at
    FROM given g, waves w
    WHERE w.id = $1::uuid
    RETURNING member_id, expires_at)
SELECT coalesce(json_agg(json_build_object('member_id', g.member_id, 'label', m.label, 'expires_at', cacd_time(i.expires_at)) ORDER BY g.position), '[]')::text
FROM given g
JOIN inserted i ON i.member_id = g.member_id
JOIN members m ON m.id = g.member_id;

-- Who was invited to a wave (the latest invitation of each member, revoked
-- or not) and whether each has responded; never answers. NULL when the wave
-- is not in the caller's scope.
-- name: waves_invitations idempotent
SELECT json_build_object('data', (SELECT coalesce(json_agg(json_build_object('member_id', m.id, 'label', m.label, 'invited_at', cacd_time(t.invited_at), 'responded', EXISTS (SELECT 1
                FROM responses r
                WHERE r.wave_id = w.id
                AND r.member_id = m.id)) ORDER BY t.invited_at, m.id), '[]')
    FROM (SELECT member_id, max(created_at) AS invited_at
        FROM tokens
        WHERE wave_id = w.id
        GROUP BY member_id) AS t
    JOIN members m ON m.id = t.member_id))::text
FROM waves w
WHERE w.id = $1::uuid
AND ($2::uuid[] IS NULL OR w.partnership_id = ANY ($2::uuid[]));

-- $3 the validated changes; see cacd_wave_update.
-- name: waves_update
SELECT state, body
FROM cacd_wave_update($1::uuid, $2::uuid[], $3::jsonb);

-- name: waves_delete
SELECT cacd_wave_delete($1::uuid, $2::uuid[]);

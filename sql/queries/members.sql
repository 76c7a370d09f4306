-- Statements of service/members.c, prepared by name on each connection.

-- name: members_insert
WITH p AS (SELECT id, archived_at
    FROM partnerships
    WHERE id = $1::uuid
    AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))), inserted AS (
    INSERT INTO members AS m (partnership_id, label, organisation, sector, role)
    SELECT p.id, $3::jsonb->>'label', $3::jsonb->>'organisation', $3::jsonb->>'sector', $3::jsonb->>'role'
    FROM p
    WHERE p.archived_at IS NULL
    RETURNING cacd_member_json(m) AS body)
SELECT CASE
WHEN NOT EXISTS (SELECT 1
    FROM p) THEN 'not_found'
WHEN NOT EXISTS (SELECT 1
    FROM inserted) THEN 'archived'
ELSE 'ok' END, (SELECT body::text
    FROM inserted);

-- name: members_update
UPDATE members AS m
SET label = CASE
WHEN $3::jsonb ? 'label' THEN ($3::jsonb->>'label')
ELSE m.label END, organisation = CASE
WHEN $3::jsonb ? 'organisation' THEN ($3::jsonb->>'organisation')
ELSE m.organisation END, sector = CASE
WHEN $3::jsonb ? 'sector' THEN ($3::jsonb->>'sector')
ELSE m.sector END, role = CASE
WHEN $3::jsonb ? 'role' THEN ($3::jsonb->>'role')
ELSE m.role END, active = CASE
WHEN $3::jsonb ? 'active' THEN ($3::jsonb->>'active')::boolean
ELSE m.active END, deactivated_at = CASE
WHEN $3::jsonb ? 'active' THEN CASE
WHEN ($3::jsonb->>'active')::boolean THEN NULL
ELSE coalesce(m.deactivated_at, now()) END
ELSE m.deactivated_at END, updated_at = now()
WHERE m.id = $1::uuid
AND ($2::uuid[] IS NULL OR m.partnership_id = ANY ($2::uuid[]))
RETURNING cacd_member_json(m)::text;

-- name: members_deactivate idempotent
UPDATE members
SET active = false, deactivated_at = coalesce(deactivated_at, now()), updated_at = now()
WHERE id = $1::uuid
AND ($2::uuid[] IS NULL OR partnership_id = ANY ($2::uuid[]))
RETURNING id;

-- name: members_list idempotent
SELECT (SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
        array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
        $1::integer)
    FROM (SELECT m.created_at, m.id, cacd_member_json(m) AS item
        FROM members m
        WHERE m.partnership_id = $5::uuid
        AND cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR m.updated_at > $4::timestamptz)
        AND ($7::boolean OR m.active)
        AND ($8::text IS NULL OR m.sector = $8)
        AND ($9::text IS NULL OR m.role = $9)
        ORDER BY created_at, id
        LIMIT $1::integer + 1) AS page)
WHERE EXISTS (SELECT 1
    FROM partnerships
    WHERE id = $5::uuid
    AND ($6::uuid[] IS NULL OR id = ANY ($6::uuid[])));

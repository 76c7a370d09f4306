-- Statements of service/members.c, prepared by name on each connection.

-- A member an admin adds (no scope) is confirmed; one a coordinator adds
-- is confirmed only when member_confirmation is off (cacd sets
-- cacd.member_confirmation on each connection).

-- name: members_insert
WITH p AS (SELECT id, archived_at
    FROM partnerships
    WHERE id = $1::uuid
    AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))), inserted AS (
    INSERT INTO members AS m (partnership_id, label, organisation, sector, role, confirmed, confirmed_at)
    SELECT p.id, $3::jsonb->>'label', $3::jsonb->>'organisation', $3::jsonb->>'sector', $3::jsonb->>'role', c.confirmed, CASE
    WHEN c.confirmed THEN now() END
    FROM p, (SELECT $2::uuid[] IS NULL OR NOT current_setting('cacd.member_confirmation')::boolean AS confirmed) AS c
    WHERE p.archived_at IS NULL
    RETURNING cacd_member_json(m) AS body, m.id)
SELECT CASE
WHEN NOT EXISTS (SELECT 1
    FROM p) THEN 'not_found'
WHEN NOT EXISTS (SELECT 1
    FROM inserted) THEN 'archived'
ELSE 'ok' END, (SELECT body::text
    FROM inserted), (SELECT id
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
SELECT listed.body, listed.next
FROM (SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
        array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
        $1::integer) AS body,
        cacd_page_next(array_agg(created_at ORDER BY created_at, id),
            array_agg(id ORDER BY created_at, id), $1::integer) AS next
    FROM (SELECT m.created_at, m.id, cacd_member_json(m) AS item
        FROM members m
        WHERE m.partnership_id = $5::uuid
        AND cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR m.updated_at > $4::timestamptz)
        AND ($7::boolean OR m.active)
        AND ($8::text IS NULL OR m.sector = $8)
        AND ($9::text IS NULL OR m.role = $9)
        ORDER BY created_at, id
        LIMIT $1::integer + 1) AS page) AS listed
WHERE EXISTS (SELECT 1
    FROM partnerships
    WHERE id = $5::uuid
    AND ($6::uuid[] IS NULL OR id = ANY ($6::uuid[])));

-- An admin confirms members ($2 their ids, all of partnership $1, or of
-- any partnership when $1 is NULL): from now
-- on they count toward k, and so do their responses sent through their own
-- invitation in waves still open. A closed wave's numbers stay as they
-- were published. The members' JSON, in the order given.
-- name: members_confirm
WITH named AS (SELECT count(*) AS found
    FROM members
    WHERE ($1::uuid IS NULL OR partnership_id = $1::uuid)
    AND id = ANY ($2::uuid[])), confirmed AS (UPDATE members m
    SET confirmed = true, confirmed_at = coalesce(m.confirmed_at, now()), updated_at = now()
    FROM named
    WHERE named.found = cardinality(ARRAY (SELECT DISTINCT unnest($2::uuid[])))
    AND ($1::uuid IS NULL OR m.partnership_id = $1::uuid)
    AND m.id = ANY ($2::uuid[])
    RETURNING m.*), counted AS (UPDATE responses r
    SET counts_toward_k = true
    FROM confirmed c, waves w
    WHERE r.member_id = c.id
    AND r.source = 'invitation'
    AND w.id = r.wave_id
    AND cacd_wave_status(w, now()) = 'open'
    RETURNING r.member_id)
SELECT CASE
WHEN $1::uuid IS NOT NULL AND NOT EXISTS (SELECT 1
    FROM partnerships
    WHERE id = $1::uuid) THEN 'not_found'
WHEN NOT EXISTS (SELECT 1
    FROM confirmed) THEN 'unknown_members'
ELSE 'ok' END, json_build_object('data', (SELECT coalesce(json_agg(cacd_member_json(c.*)
        ORDER BY c.created_at, c.id), '[]')
    FROM confirmed c), 'responses_now_counted', (SELECT count(*)
    FROM counted))::text;

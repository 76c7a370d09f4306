-- Statements of service/partnerships.c, prepared by name on each connection.

-- name: partnerships_insert
INSERT INTO partnerships AS p (name, neighbourhood_id, description, contact)
VALUES ($1::jsonb->>'name', ($1::jsonb->>'neighbourhood_id')::uuid, $1::jsonb->>'description', $1::jsonb->>'contact')
RETURNING cacd_partnership_json(p)::text, p.id;

-- name: partnerships_update
UPDATE partnerships AS p
SET name = CASE
WHEN $2::jsonb ? 'name' THEN ($2::jsonb->>'name')
ELSE p.name END, neighbourhood_id = CASE
WHEN $2::jsonb ? 'neighbourhood_id' THEN ($2::jsonb->>'neighbourhood_id')::uuid
ELSE p.neighbourhood_id END, description = CASE
WHEN $2::jsonb ? 'description' THEN ($2::jsonb->>'description')
ELSE p.description END, contact = CASE
WHEN $2::jsonb ? 'contact' THEN ($2::jsonb->>'contact')
ELSE p.contact END, updated_at = now()
WHERE p.id = $1::uuid
RETURNING cacd_partnership_json(p)::text;

-- name: partnerships_archive idempotent
UPDATE partnerships
SET archived_at = coalesce(archived_at, now()), updated_at = now()
WHERE id = $1::uuid
RETURNING id;

-- name: partnerships_get idempotent
SELECT cacd_partnership_json(p)::text
FROM partnerships p
WHERE p.id = $1::uuid
AND ($2::uuid[] IS NULL OR p.id = ANY ($2::uuid[]));

-- name: partnerships_list idempotent
SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
    array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
    $1::integer),
    cacd_page_next(array_agg(created_at ORDER BY created_at, id), array_agg(id ORDER BY created_at, id), $1::integer)
FROM (SELECT p.created_at, p.id, cacd_partnership_json(p) AS item
    FROM partnerships p
    WHERE cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR p.updated_at > $4::timestamptz)
    AND ($5::uuid[] IS NULL OR p.id = ANY ($5::uuid[]))
    AND ($6::uuid IS NULL OR p.neighbourhood_id = $6::uuid)
    AND ($7::text IS NULL OR p.neighbourhood_id IN (SELECT n.id
            FROM neighbourhoods n
            WHERE n.municipality_code = $7))
    AND ($8::boolean OR p.archived_at IS NULL)
    ORDER BY created_at, id
    LIMIT $1::integer + 1) AS page;

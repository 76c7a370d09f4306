-- Statements of service/neighbourhoods.c, prepared by name on each connection.

-- name: neighbourhoods_insert
INSERT INTO neighbourhoods AS n (code, code_year, name, municipality_code, ses_score)
VALUES (($1::jsonb->>'code'), ($1::jsonb->>'code_year')::integer, ($1::jsonb->>'name'), ($1::jsonb->>'municipality_code'), ($1::jsonb->>'ses_score')::double precision)
RETURNING cacd_neighbourhood_json(n)::text, n.id;

-- A key present in the patch replaces the column, null included.
-- name: neighbourhoods_update
UPDATE neighbourhoods AS n
SET code = CASE
WHEN $2::jsonb ? 'code' THEN ($2::jsonb->>'code')
ELSE n.code END, code_year = CASE
WHEN $2::jsonb ? 'code_year' THEN ($2::jsonb->>'code_year')::integer
ELSE n.code_year END, name = CASE
WHEN $2::jsonb ? 'name' THEN ($2::jsonb->>'name')
ELSE n.name END, municipality_code = CASE
WHEN $2::jsonb ? 'municipality_code' THEN ($2::jsonb->>'municipality_code')
ELSE n.municipality_code END, ses_score = CASE
WHEN $2::jsonb ? 'ses_score' THEN ($2::jsonb->>'ses_score')::double precision
ELSE n.ses_score END, updated_at = now()
WHERE n.id = $1::uuid
RETURNING cacd_neighbourhood_json(n)::text;

-- name: neighbourhoods_get idempotent
SELECT cacd_neighbourhood_json(n)::text
FROM neighbourhoods n
WHERE n.id = $1::uuid;

-- name: neighbourhoods_list idempotent
SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
    array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
    $1::integer),
    cacd_page_next(array_agg(created_at ORDER BY created_at, id), array_agg(id ORDER BY created_at, id), $1::integer)
FROM (SELECT n.created_at, n.id, cacd_neighbourhood_json(n) AS item
    FROM neighbourhoods n
    WHERE cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR n.updated_at > $4::timestamptz)
    AND ($5::text IS NULL OR n.municipality_code = $5)
    AND ($6::text IS NULL OR n.code = $6)
    ORDER BY created_at, id
    LIMIT $1::integer + 1) AS page;

-- Statements of service/responses.c, prepared by name on each connection.

-- name: responses_list idempotent
SELECT (WITH page_rows AS (SELECT r.created_at, r.id, json_build_object('member_id', r.member_id, 'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at)) AS item
        FROM responses r
        WHERE r.wave_id = $4::uuid
        AND ($2::bigint IS NULL OR (created_at, id) > ('epoch'::timestamptz + $2::bigint * interval '1 microsecond', $3::uuid))
        ORDER BY created_at, id
        LIMIT $1::integer + 1), numbered AS (SELECT *, row_number() OVER (ORDER BY created_at, id) AS position
        FROM page_rows)
    SELECT json_build_object('data', coalesce(json_agg(item ORDER BY position) FILTER (WHERE position <= $1::integer), '[]'), 'next_cursor', CASE
        WHEN count(*) > $1::integer THEN (SELECT (extract(epoch FROM n.created_at) * 1000000)::bigint || '_' || n.id
            FROM numbered n
            WHERE n.position = $1::integer) END)::text
    FROM numbered)
WHERE EXISTS (SELECT 1
    FROM waves
    WHERE id = $4::uuid
    AND ($5::uuid[] IS NULL OR partnership_id = ANY ($5::uuid[])));

-- name: responses_export idempotent
WITH page_rows AS (SELECT created_at, id, item
    FROM (SELECT r.created_at, r.id, json_build_object('wave_id', r.wave_id, 'member_id', r.member_id, 'member_label', m.label, 'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at), 'scale', r.scale, 'answers', cacd_response_json(r)->'answers', 'comment', r.comment) AS item
        FROM responses r
        JOIN members m ON m.id = r.member_id
        JOIN waves w ON w.id = r.wave_id
        WHERE ($4::uuid IS NULL OR r.wave_id = $4::uuid)
        AND ($5::uuid IS NULL OR w.partnership_id = $5::uuid)) AS exported
    WHERE ($2::bigint IS NULL OR (created_at, id) > ('epoch'::timestamptz + $2::bigint * interval '1 microsecond', $3::uuid))
    ORDER BY created_at, id
    LIMIT $1::integer + 1), numbered AS (SELECT *, row_number() OVER (ORDER BY created_at, id) AS position
    FROM page_rows)
SELECT json_build_object('data', coalesce(json_agg(item ORDER BY position) FILTER (WHERE position <= $1::integer), '[]'), 'next_cursor', CASE
    WHEN count(*) > $1::integer THEN (SELECT (extract(epoch FROM n.created_at) * 1000000)::bigint || '_' || n.id
        FROM numbered n
        WHERE n.position = $1::integer) END)::text
FROM numbered;

-- name: responses_item_numbers idempotent
SELECT json_agg(DISTINCT number ORDER BY number)::text
FROM items;

-- One submission, one transaction, its token checked inside (see
-- sql/functions/030_responses.sql). $2 the roles that may submit. A replay
-- of the same body changes nothing, so it may be sent again.
-- name: responses_submit idempotent
SELECT token_id, role, scope, token_member, token_wave, outcome, revision, submitted_at,
    detail::text
FROM cacd_submit_response($1, $2::text[], $3::uuid, $4::uuid, $5, $6::smallint[],
    $7::double precision[], $8, $9);

-- name: responses_withdraw idempotent
SELECT 1
WHERE cacd_withdraw_response($1::uuid, $2::uuid);

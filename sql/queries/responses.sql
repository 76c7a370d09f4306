-- Statements of service/responses.c, prepared by name on each connection.

-- name: responses_list idempotent
SELECT listed.body, listed.next
FROM (SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
        array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
        $1::integer) AS body,
        cacd_page_next(array_agg(created_at ORDER BY created_at, id),
            array_agg(id ORDER BY created_at, id), $1::integer) AS next
    FROM (SELECT r.created_at, r.id, json_build_object('member_id', r.member_id, 'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at)) AS item
        FROM responses r
        WHERE r.wave_id = $5::uuid
        AND cacd_after(created_at, id, $2::bigint, $3::uuid)
        AND ($4::timestamptz IS NULL OR r.submitted_at > $4::timestamptz)
        ORDER BY created_at, id
        LIMIT $1::integer + 1) AS page) AS listed
WHERE EXISTS (SELECT 1
    FROM waves
    WHERE id = $5::uuid
    AND ($6::uuid[] IS NULL OR partnership_id = ANY ($6::uuid[])));

-- name: responses_export idempotent
SELECT cacd_page(array_agg(created_at ORDER BY created_at, id),
    array_agg(id ORDER BY created_at, id), array_agg(item ORDER BY created_at, id),
    $1::integer),
    cacd_page_next(array_agg(created_at ORDER BY created_at, id), array_agg(id ORDER BY created_at, id), $1::integer)
FROM (SELECT created_at, id, item
    FROM (SELECT r.created_at, r.id, json_build_object('wave_id', r.wave_id, 'partnership_id', w.partnership_id, 'member_id', r.member_id, 'member_label', m.label, 'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at), 'scale', r.scale, 'answers', cacd_response_json(r)->'answers', 'comment', r.comment) AS item
        FROM responses r
        JOIN members m ON m.id = r.member_id
        JOIN waves w ON w.id = r.wave_id
        WHERE ($5::uuid IS NULL OR r.wave_id = $5::uuid)
        AND ($4::timestamptz IS NULL OR r.submitted_at > $4::timestamptz)
        AND ($6::uuid IS NULL OR w.partnership_id = $6::uuid)) AS exported
    WHERE cacd_after(created_at, id, $2::bigint, $3::uuid)
    ORDER BY created_at, id
    LIMIT $1::integer + 1) AS page;

-- A stored response read back. $3/$4 the respondent's own wave and member
-- (NULL for an admin): another member's response is not found, so a token
-- never learns whether a colleague has answered; and once the wave is no
-- longer open, the member reads nothing (state wave_not_open).
-- name: responses_get idempotent
SELECT CASE
WHEN $3::uuid IS NOT NULL AND cacd_wave_status(w, now()) <> 'open' THEN 'wave_not_open'
ELSE 'ok' END, CASE
WHEN $3::uuid IS NULL OR cacd_wave_status(w, now()) = 'open' THEN cacd_response_json(r)::text END
FROM responses r
JOIN waves w ON w.id = r.wave_id
WHERE r.wave_id = $1::uuid
AND r.member_id = $2::uuid
AND ($3::uuid IS NULL OR ($3::uuid = $1::uuid AND $4::uuid = $2::uuid));

-- The export's item columns: every item number of every instrument.
-- name: responses_export_items idempotent
SELECT DISTINCT number
FROM items
ORDER BY number;

-- The complete export as a table, one row per response, read a row at a
-- time (db_stream). $1 updated since, $2 wave, $3 partnership. cells: the
-- answers on 0-100 in the order of responses_export_items, comma-separated,
-- empty for an unanswered item and for don't know; dk_items: the items
-- answered don't know, space-separated. So item columns stay numeric.
-- name: responses_export_rows idempotent
SELECT r.wave_id, w.partnership_id, r.member_id, m.label, r.revision, cacd_time(r.submitted_at),
    r.scale,
    (SELECT string_agg(CASE WHEN r.answers[i.number] >= 0
                            THEN coalesce(r.answer_values[i.number]::text, '')
                            ELSE '' END, ',' ORDER BY i.number)
       FROM (SELECT DISTINCT number FROM items) AS i) AS cells,
    (SELECT string_agg(s.i::text, ' ' ORDER BY s.i)
       FROM generate_subscripts(r.answers, 1) AS s(i)
      WHERE r.answers[s.i] = -1) AS dk_items,
    r.comment
FROM responses r
JOIN members m ON m.id = r.member_id
JOIN waves w ON w.id = r.wave_id
WHERE ($2::uuid IS NULL OR r.wave_id = $2::uuid)
AND ($1::timestamptz IS NULL OR r.submitted_at > $1::timestamptz)
AND ($3::uuid IS NULL OR w.partnership_id = $3::uuid)
ORDER BY r.created_at, r.id;

-- One submission, one transaction, its token checked inside (see
-- sql/functions/030_responses.sql). $2 the roles that may submit. A replay
-- of the same body changes nothing, so it may be sent again.
-- name: responses_submit idempotent
SELECT token_id, role, scope, token_member, token_wave, outcome, revision, submitted_at,
    detail::text
FROM cacd_submit_response($1, $2::text[], $3::uuid, $4::uuid, $5, $6::smallint[],
    $7::double precision[], $8, $9);

-- Outcomes: withdrawn, not_found, wave_closed.
-- name: responses_withdraw idempotent
SELECT cacd_withdraw_response($1::uuid, $2::uuid);

-- Paper forms, all or none; $3 is the JSON of service/import.c. Outcomes:
-- imported, wave_not_found, wave_not_open, invalid (errors says why).
-- name: responses_import
SELECT outcome, imported, errors::text
FROM cacd_import_responses($1::uuid, $2::uuid, $3::jsonb);

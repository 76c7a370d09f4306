-- Statements of service/audit.c and service/audit_log.c.

-- A change's own row, stored in the change's transaction just before
-- COMMIT (service/db_transaction.c). $1 the row's id, made by cacd, $2 the
-- request's arrival in microseconds since 1970.
-- name: audit_insert
INSERT INTO audit_log (id, at, token_id, role, method, route, resource_id, status, request_id)
VALUES ($1::uuid, 'epoch'::timestamptz + $2::bigint * interval '1 microsecond', $3::uuid, $4,
    $5, $6, $7, $8::integer, $9);

-- Whether a change whose COMMIT got no answer was stored: its row exists
-- once its transaction has ended (see cacd_audit_stored).
-- name: audit_confirm
SELECT cacd_audit_stored($1::uuid);

-- Refusals (writes that changed nothing: 401, 404, 405, 413, 422...), $1 a
-- JSON array of rows, stored by the writer thread in batches.
-- name: audit_record
INSERT INTO audit_log (at, token_id, role, method, route, resource_id, status, request_id)
SELECT 'epoch'::timestamptz + at_micros * interval '1 microsecond', token_id, role, method,
    route, resource_id, status, request_id
FROM json_to_recordset($1::json) AS x(at_micros bigint, token_id uuid, role text, method text,
    route text, resource_id text, status integer, request_id text)
ORDER BY at_micros;

-- Up to 1,000 rows older than the retention ($1 days), so the log stays
-- bounded without a separate job; the writer thread runs it now and then.
-- name: audit_expire
DELETE FROM audit_log
WHERE id IN (SELECT id
    FROM audit_log
    WHERE at < now() - $1::integer * interval '1 day'
    ORDER BY seq
    LIMIT 1000);

-- $1-$4 paging (the cursor's number is a seq; since = arrived after this
-- time), $5 resource id or NULL. In seq order: the order the changes were
-- stored in.
-- name: audit_list idempotent
SELECT cacd_page_by_seq(array_agg(seq ORDER BY seq), array_agg(id ORDER BY seq),
    array_agg(item ORDER BY seq), $1::integer),
    cacd_page_next_by_seq(array_agg(seq ORDER BY seq), array_agg(id ORDER BY seq), $1::integer)
FROM (SELECT seq, id, json_build_object('seq', seq, 'at', cacd_time(at), 'token_id', token_id, 'role', role, 'method', method, 'route', route, 'resource_id', resource_id, 'status', status, 'request_id', request_id) AS item
    FROM audit_log
    WHERE ($2::bigint IS NULL OR (seq, id) > ($2::bigint, $3::uuid))
    AND ($4::timestamptz IS NULL OR at > $4::timestamptz)
    AND ($5::text IS NULL OR resource_id = $5)
    ORDER BY seq
    LIMIT $1::integer + 1) AS page;

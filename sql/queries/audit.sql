-- Statements of service/audit.c.

-- A batch of write requests, $1 a JSON array of rows; each batch also
-- removes up to 1,000 rows older than the retention ($2 days), so the log
-- stays bounded without a separate job.
-- name: audit_record
WITH expired AS (DELETE FROM audit_log
    WHERE id IN (SELECT id
        FROM audit_log
        WHERE at < now() - $2::integer * interval '1 day'
        ORDER BY at
        LIMIT 1000))
INSERT INTO audit_log (token_id, role, method, route, resource_id, status, request_id)
SELECT token_id, role, method, route, resource_id, status, request_id
FROM json_to_recordset($1::json) AS x(token_id uuid, role text, method text, route text, resource_id text, status integer, request_id text);

-- $1-$4 paging (since = after this time), $5 resource id or NULL.
-- name: audit_list idempotent
SELECT cacd_page(array_agg(at ORDER BY at, id), array_agg(id ORDER BY at, id),
    array_agg(item ORDER BY at, id), $1::integer)
FROM (SELECT at, id, json_build_object('at', cacd_time(at), 'token_id', token_id, 'role', role, 'method', method, 'route', route, 'resource_id', resource_id, 'status', status, 'request_id', request_id) AS item
    FROM audit_log
    WHERE cacd_after(at, id, $2::bigint, $3::uuid)
    AND ($4::timestamptz IS NULL OR at > $4::timestamptz)
    AND ($5::text IS NULL OR resource_id = $5)
    ORDER BY at, id
    LIMIT $1::integer + 1) AS page;

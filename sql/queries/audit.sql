-- Statements of service/audit.c.

-- One write request; each also removes up to 100 rows older than the
-- retention ($8 days), so the log stays bounded without a separate job.
-- name: audit_record
WITH expired AS (DELETE FROM audit_log
    WHERE id IN (SELECT id
        FROM audit_log
        WHERE at < now() - $8::integer * interval '1 day'
        ORDER BY at
        LIMIT 100))
INSERT INTO audit_log (token_id, role, method, route, resource_id, status, request_id)
VALUES ($1::uuid, $2, $3, $4, $5, $6::integer, $7);

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

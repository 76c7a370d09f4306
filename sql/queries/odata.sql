-- The OData feed's sets (service/odata_sets.c): plain columns in the order
-- of each set's properties, read into typed cells in C; NULL stays NULL.
-- $1 of the resource sets is the caller's scope (uuid[]; NULL: every
-- partnership), as the REST lists apply it.

-- name: odata_neighbourhoods idempotent
SELECT n.id, n.code, n.code_year, n.name, n.municipality_code, n.ses_score,
    cacd_time(n.created_at), cacd_time(n.updated_at)
FROM neighbourhoods n
ORDER BY n.created_at, n.id;

-- name: odata_partnerships idempotent
SELECT p.id, p.name, p.neighbourhood_id, (p.archived_at IS NOT NULL)::text,
    cacd_time(p.archived_at), cacd_time(p.created_at), cacd_time(p.updated_at)
FROM partnerships p
WHERE ($1::uuid[] IS NULL OR p.id = ANY ($1::uuid[]))
ORDER BY p.created_at, p.id;

-- name: odata_waves idempotent
SELECT w.id, w.partnership_id, w.label, i.key, cacd_time(w.opens_at), cacd_time(w.closes_at),
    cacd_time(w.closed_at), cacd_wave_status(w, now()), w.paper_entry::text,
    cacd_time(w.created_at), cacd_time(w.updated_at)
FROM waves w
JOIN instruments i ON i.id = w.instrument_id
WHERE ($1::uuid[] IS NULL OR w.partnership_id = ANY ($1::uuid[]))
ORDER BY w.created_at, w.id;

-- Every wave in the token's scope with its totals, whole and by role and
-- sector, in the columns of sql/queries/scores.sql (read by scores_read):
-- the waves of one partnership together and in time order, so that the
-- trend's changes are between neighbours; each wave's whole row first.
-- name: odata_scores idempotent binary
SELECT token.id::text, token.role, token.scope::text, token.member_id::text,
    token.wave_id::text, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id::text AS wave_id, p.id::text AS partnership_id, w.label,
        cacd_time(w.opens_at) AS opens_at, w.instrument_id::text, p.name AS partnership_name,
        n.id::text AS neighbourhood_id, n.code, n.name AS neighbourhood_name,
        n.ses_score::text, t.grouping, t.group_value, t.n_responses::text, t.item_n,
        t.item_sum, t.item_squares, t.dimension_n, t.dimension_sum, t.dimension_squares,
        t.version::text, w.created_at,
        (cacd_wave_status(w, now()) = 'closed')::text AS published,
        extract(epoch FROM t.changed_at)::bigint::text AS changed_at,
        CASE WHEN t.grouping IN ('all', 'role') THEN cacd_overall_spread(t) END
            AS overall_spread
    FROM partnerships p
    JOIN waves w ON w.partnership_id = p.id
    LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.n_responses > 0
    WHERE token.scope IS NULL OR p.id = ANY (token.scope)) AS d ON true
ORDER BY d.partnership_id, d.opens_at, d.created_at, d.wave_id, d.grouping, d.group_value;

-- What the score views read: plain rows of running totals, one per wave and
-- group, for service/scores_read.c to turn into numbers. The token check
-- travels with the query: $1 is the token's hash, and no row comes back for
-- a token that is not valid. Every statement gives the same columns: the
-- principal (token id, role, scope, member, wave; see auth.sql), then
--   0 wave_id, 1 partnership_id, 2 label, 3 opens_at, 4 instrument_id,
--   5 partnership name, 6 neighbourhood id, 7 code, 8 name, 9 ses_score,
--   10 grouping, 11 group, 12 n_responses, 13 item_n, 14 item_sum,
--   15 item_squares, 16 dimension_n, 17 dimension_sum, 18 dimension_squares,
--   19 version, 20 created_at (the wave's, for ordering)
-- counted from the sixth column, and rows of one wave come together, the
-- whole wave's first. A wave without responses gives one row with NULL
-- totals; nothing in scope, one row with NULL data.

-- $3: '' for the whole wave only, or 'role' / 'sector' for its groups too.
-- name: scores_wave idempotent
SELECT token.id, token.role, token.scope::text, token.member_id, token.wave_id, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id AS wave_id, w.partnership_id, w.label, cacd_time(w.opens_at) AS opens_at,
        w.instrument_id, NULL::text AS partnership_name, NULL::uuid AS neighbourhood_id,
        NULL::text AS code, NULL::text AS neighbourhood_name, NULL::float8 AS ses_score,
        t.grouping, t.group_value, t.n_responses, t.item_n, t.item_sum, t.item_squares,
        t.dimension_n, t.dimension_sum, t.dimension_squares, t.version, w.created_at
    FROM waves w
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.n_responses > 0
        AND (t.grouping = 'all' OR t.grouping = $3)
    WHERE w.id = $2::uuid
    AND (token.scope IS NULL OR w.partnership_id = ANY (token.scope))) AS d ON true
ORDER BY d.grouping, d.group_value;

-- One row with a NULL wave: the partnership has no waves.
-- name: scores_trend idempotent
SELECT token.id, token.role, token.scope::text, token.member_id, token.wave_id, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id AS wave_id, p.id AS partnership_id, w.label,
        cacd_time(w.opens_at) AS opens_at, w.instrument_id, NULL::text AS partnership_name,
        NULL::uuid AS neighbourhood_id, NULL::text AS code, NULL::text AS neighbourhood_name,
        NULL::float8 AS ses_score, t.grouping, t.group_value, t.n_responses, t.item_n,
        t.item_sum, t.item_squares, t.dimension_n, t.dimension_sum, t.dimension_squares,
        t.version, w.created_at
    FROM partnerships p
    LEFT JOIN waves w ON w.partnership_id = p.id
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.grouping = 'all' AND t.n_responses > 0
    WHERE p.id = $2::uuid
    AND (token.scope IS NULL OR p.id = ANY (token.scope))) AS d ON true
ORDER BY d.opens_at, d.created_at, d.wave_id;

-- $2 wave label, $3 municipality code or NULL, $4 partnership ids or NULL
-- for all.
-- name: scores_comparisons idempotent
SELECT token.id, token.role, token.scope::text, token.member_id, token.wave_id, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id AS wave_id, p.id AS partnership_id, w.label,
        cacd_time(w.opens_at) AS opens_at, w.instrument_id, p.name AS partnership_name,
        n.id AS neighbourhood_id, n.code, n.name AS neighbourhood_name, n.ses_score,
        t.grouping, t.group_value, t.n_responses, t.item_n, t.item_sum, t.item_squares,
        t.dimension_n, t.dimension_sum, t.dimension_squares, t.version, w.created_at
    FROM waves w
    JOIN partnerships p ON p.id = w.partnership_id
    LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.grouping = 'all' AND t.n_responses > 0
    WHERE w.label = $2
    AND (token.scope IS NULL OR p.id = ANY (token.scope))
    AND ($3::text IS NULL OR n.municipality_code = $3)
    AND ($4::uuid[] IS NULL OR p.id = ANY ($4::uuid[]))) AS d ON true
ORDER BY d.partnership_name, d.partnership_id;

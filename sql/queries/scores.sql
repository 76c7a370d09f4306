-- What the score views read: plain rows of running totals, one per wave and
-- group, for service/scores_read.c to turn into numbers. The token check
-- travels with the query: $1 is the token's hash, and no row comes back for
-- a token that is not valid. Results come in binary, so that the vectors
-- travel as raw numbers (no float formatting here, no parsing in cacd);
-- every other column is text. Every statement gives the same columns: the
-- principal (token id, role, scope, member, wave; see auth.sql), then
--   0 wave_id, 1 partnership_id, 2 label, 3 opens_at, 4 instrument_id,
--   5 partnership name, 6 neighbourhood id, 7 code, 8 name, 9 ses_score,
--   10 grouping, 11 group, 12 n_responses, 13 item_n, 14 item_sum,
--   15 item_squares, 16 dimension_n, 17 dimension_sum, 18 dimension_squares,
--   19 version, 20 created_at (the wave's, for ordering), 21 published
--   ('true' once the wave is closed: privacy rule 6a), 22 changed_at (of
--   the totals, seconds since 1970: Last-Modified), and where a view needs
--   it 23 overall_spread ({"n", "mean", "sd"} of the group's respondents'
--   own overall means; cacd_overall_spread)
-- counted from the sixth column, and rows of one wave come together, the
-- whole wave's first. A wave without responses gives one row with NULL
-- totals; nothing in scope, one row with NULL data. Trend and comparisons
-- show scores only, so they leave out the vectors behind sd and n (NULL).

-- $3: '' for the whole wave only, or 'role' / 'sector' for its groups too.
-- The perspective gap (GET /v1/waves/{id}/gaps) reads it with 'role'.
-- name: scores_wave idempotent binary
SELECT token.id::text, token.role, token.scope::text, token.member_id::text,
    token.wave_id::text, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id::text AS wave_id, w.partnership_id::text, w.label,
        cacd_time(w.opens_at) AS opens_at, w.instrument_id::text,
        NULL::text AS partnership_name, NULL::text AS neighbourhood_id, NULL::text AS code, NULL::text AS neighbourhood_name, NULL::text AS ses_score,
        t.grouping, t.group_value, t.n_responses::text, t.item_n, t.item_sum, t.item_squares,
        t.dimension_n, t.dimension_sum, t.dimension_squares, t.version::text, w.created_at,
        (cacd_wave_status(w, now()) = 'closed')::text AS published,
        extract(epoch FROM t.changed_at)::bigint::text AS changed_at,
        -- the perspective gap's intervals need each role's spread of its
        -- respondents' own overall means
        CASE WHEN t.grouping = 'role' THEN cacd_overall_spread(t) END AS overall_spread
    FROM waves w
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.n_responses > 0
        AND (t.grouping = 'all' OR t.grouping = $3)
    WHERE w.id = $2::uuid
    AND (token.scope IS NULL OR w.partnership_id = ANY (token.scope))) AS d ON true
ORDER BY d.grouping, d.group_value;

-- One row with a NULL wave: the partnership has no waves.
-- name: scores_trend idempotent binary
SELECT token.id::text, token.role, token.scope::text, token.member_id::text,
    token.wave_id::text, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id::text AS wave_id, p.id::text AS partnership_id, w.label,
        cacd_time(w.opens_at) AS opens_at, w.instrument_id::text,
        NULL::text AS partnership_name, NULL::text AS neighbourhood_id, NULL::text AS code, NULL::text AS neighbourhood_name,
        NULL::text AS ses_score, t.grouping, t.group_value, t.n_responses::text, t.item_n,
        t.item_sum, NULL::float8[] AS item_squares, t.dimension_n, t.dimension_sum,
        t.dimension_squares, t.version::text, w.created_at,
        (cacd_wave_status(w, now()) = 'closed')::text AS published,
        extract(epoch FROM t.changed_at)::bigint::text AS changed_at,
        -- the spread of respondents' own overall means, for change_ci
        CASE WHEN t.grouping = 'all' THEN cacd_overall_spread(t) END
            AS overall_spread
    FROM partnerships p
    LEFT JOIN waves w ON w.partnership_id = p.id
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.grouping IN ('all', 'role')
        AND t.n_responses > 0
    WHERE p.id = $2::uuid
    AND (token.scope IS NULL OR p.id = ANY (token.scope))) AS d ON true
ORDER BY d.opens_at, d.created_at, d.wave_id, d.grouping, d.group_value;

-- $2 wave label or NULL, $3 municipality code or NULL, $4 partnership ids
-- or NULL for all, $5 and $6 a period [from, to) or NULL, $7 similar_ses
-- (then $4 holds the one partnership whose SES is the reference, and does
-- not filter). Rows do not show when a wave opened, so opens_at is NULL.
-- name: scores_comparisons idempotent binary
SELECT token.id::text, token.role, token.scope::text, token.member_id::text,
    token.wave_id::text, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id::text AS wave_id, p.id::text AS partnership_id, w.label,
        NULL::text AS opens_at, w.instrument_id::text, p.name AS partnership_name,
        n.id::text AS neighbourhood_id, n.code, n.name AS neighbourhood_name,
        n.ses_score::text,
        t.grouping, t.group_value, t.n_responses::text, t.item_n, t.item_sum,
        NULL::float8[] AS item_squares, NULL::integer[] AS dimension_n, NULL::float8[] AS dimension_sum,
        NULL::float8[] AS dimension_squares, t.version::text, w.created_at,
        (cacd_wave_status(w, now()) = 'closed')::text AS published,
        extract(epoch FROM t.changed_at)::bigint::text AS changed_at
    FROM waves w
    JOIN partnerships p ON p.id = w.partnership_id
    LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.grouping = 'all' AND t.n_responses > 0
    WHERE ($2::text IS NULL OR w.label = $2)
    AND (token.scope IS NULL OR p.id = ANY (token.scope))
    AND ($3::text IS NULL OR n.municipality_code = $3)
    AND ($4::uuid[] IS NULL OR $7::boolean OR p.id = ANY ($4::uuid[]))
    -- by period: each partnership's latest closed wave opened in [$5, $6)
    AND ($5::timestamptz IS NULL OR w.id = (SELECT l.id
        FROM waves l
        WHERE l.partnership_id = p.id
        AND l.opens_at >= $5::timestamptz
        AND l.opens_at < $6::timestamptz
        AND cacd_wave_status(l, now()) = 'closed'
        ORDER BY l.opens_at DESC, l.id DESC
        LIMIT 1))
    -- similar_ses: neighbourhoods within 0.5 of the SES of partnership $4[1]
    -- (one the token may see); none when that one has no SES
    AND (NOT $7::boolean OR abs(n.ses_score - (SELECT rn.ses_score
        FROM partnerships rp
        JOIN neighbourhoods rn ON rn.id = rp.neighbourhood_id
        WHERE rp.id = ($4::uuid[])[1]
        AND (token.scope IS NULL OR rp.id = ANY (token.scope)))) <= 0.5 + 1e-9)) AS d ON true
ORDER BY d.partnership_name, d.partnership_id;

-- The group-session report of wave $2: the partnership's waves up to this
-- one (opened before it, and itself last) with their whole-wave totals,
-- and this wave's role totals with the spread of its respondents' own
-- overall means (as scores_gaps). The partnership's name comes along.
-- name: scores_report idempotent binary
SELECT token.id::text, token.role, token.scope::text, token.member_id::text,
    token.wave_id::text, d.*
FROM cacd_token($1) AS token
LEFT JOIN LATERAL (
    SELECT w.id::text AS wave_id, w.partnership_id::text, w.label,
        cacd_time(w.opens_at) AS opens_at, w.instrument_id::text,
        p.name AS partnership_name, NULL::text AS neighbourhood_id, NULL::text AS code, NULL::text AS neighbourhood_name, NULL::text AS ses_score,
        t.grouping, t.group_value, t.n_responses::text, t.item_n, t.item_sum, t.item_squares,
        t.dimension_n, t.dimension_sum, t.dimension_squares, t.version::text, w.created_at,
        (cacd_wave_status(w, now()) = 'closed')::text AS published,
        extract(epoch FROM t.changed_at)::bigint::text AS changed_at,
        CASE WHEN t.grouping = 'role' THEN cacd_overall_spread(t) END
            AS overall_spread
    FROM waves target
    JOIN partnerships p ON p.id = target.partnership_id
    JOIN waves w ON w.partnership_id = p.id
        AND (w.opens_at < target.opens_at OR w.id = target.id)
    LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.n_responses > 0
        AND (t.grouping = 'all' OR (t.grouping = 'role' AND w.id = target.id))
    WHERE target.id = $2::uuid
    AND (token.scope IS NULL OR p.id = ANY (token.scope))) AS d ON true
ORDER BY d.opens_at, d.created_at, d.wave_id, d.grouping, d.group_value;

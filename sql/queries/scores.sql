-- What the score views read: plain rows of running totals, one per wave and
-- group, for service/scores_read.c to turn into numbers. Every statement
-- gives the same columns:
--   0 wave_id, 1 partnership_id, 2 label, 3 opens_at, 4 instrument_id,
--   5 partnership name, 6 neighbourhood id, 7 code, 8 name, 9 ses_score,
--   10 grouping, 11 group, 12 n_responses, 13 item_n, 14 item_sum,
--   15 item_squares, 16 dimension_n, 17 dimension_sum, 18 dimension_squares,
--   19 version
-- and rows of one wave come together, the whole wave's first. A wave
-- without responses gives one row with NULL totals.

-- $3: '' for the whole wave only, or 'role' / 'sector' for its groups too.
-- name: scores_wave idempotent
SELECT w.id, w.partnership_id, w.label, cacd_time(w.opens_at), w.instrument_id,
    NULL, NULL, NULL, NULL, NULL,
    t.grouping, t.group_value, t.n_responses, t.item_n, t.item_sum, t.item_squares,
    t.dimension_n, t.dimension_sum, t.dimension_squares, t.version
FROM waves w
LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.n_responses > 0
    AND (t.grouping = 'all' OR t.grouping = $3)
WHERE w.id = $1::uuid
AND ($2::uuid[] IS NULL OR w.partnership_id = ANY ($2::uuid[]))
ORDER BY t.grouping, t.group_value;

-- No row: no such partnership in scope. One row with a NULL wave: no waves.
-- name: scores_trend idempotent
SELECT w.id, p.id, w.label, cacd_time(w.opens_at), w.instrument_id,
    NULL, NULL, NULL, NULL, NULL,
    t.grouping, t.group_value, t.n_responses, t.item_n, t.item_sum, t.item_squares,
    t.dimension_n, t.dimension_sum, t.dimension_squares, t.version
FROM partnerships p
LEFT JOIN waves w ON w.partnership_id = p.id
LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.grouping = 'all' AND t.n_responses > 0
WHERE p.id = $1::uuid
AND ($2::uuid[] IS NULL OR p.id = ANY ($2::uuid[]))
ORDER BY w.opens_at, w.created_at, w.id;

-- $1 wave label, $2 scope, $3 municipality code or NULL, $4 partnership ids
-- or NULL for all.
-- name: scores_comparisons idempotent
SELECT w.id, p.id, w.label, cacd_time(w.opens_at), w.instrument_id,
    p.name, n.id, n.code, n.name, n.ses_score,
    t.grouping, t.group_value, t.n_responses, t.item_n, t.item_sum, t.item_squares,
    t.dimension_n, t.dimension_sum, t.dimension_squares, t.version
FROM waves w
JOIN partnerships p ON p.id = w.partnership_id
LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id
LEFT JOIN wave_totals t ON t.wave_id = w.id AND t.grouping = 'all' AND t.n_responses > 0
WHERE w.label = $1
AND ($2::uuid[] IS NULL OR p.id = ANY ($2::uuid[]))
AND ($3::text IS NULL OR n.municipality_code = $3)
AND ($4::uuid[] IS NULL OR p.id = ANY ($4::uuid[]))
ORDER BY p.name, p.id;

-- Statements of service/instruments.c, prepared by name on each connection.
-- $1 an instrument key (NULL in the list: every instrument), $2 the language
-- of the label fields.

-- name: instruments_list idempotent
SELECT json_build_object('data', coalesce(json_agg(cacd_instrument_json(i, $2) ORDER BY i.key),
    '[]'), 'next_cursor', NULL)::text
FROM instruments i
WHERE $1::text IS NULL OR i.key = $1;

-- name: instruments_get idempotent
SELECT cacd_instrument_json(i, $2)::text
FROM instruments i
WHERE i.key = $1;

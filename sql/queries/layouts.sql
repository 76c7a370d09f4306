-- Every instrument's shape, read once per process (service/layouts.c):
-- dimension keys by position, item numbers in order and each item's
-- dimension key.
-- name: layouts_load idempotent
SELECT i.id,
    (SELECT array_agg(d.key ORDER BY d.position)
        FROM dimensions d
        WHERE d.instrument_id = i.id),
    (SELECT array_agg(t.number ORDER BY t.number)
        FROM items t
        WHERE t.instrument_id = i.id),
    (SELECT array_agg(t.dimension_key ORDER BY t.number)
        FROM items t
        WHERE t.instrument_id = i.id)
FROM instruments i;

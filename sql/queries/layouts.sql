-- Every instrument's shape, read once per process (service/layouts.c):
-- dimension keys by position, item numbers in order and each item's
-- dimension key; and the words for ?lang: {"dimensions":{key:{en,nl}},
-- "items":{number:{en,nl}}}.
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
        WHERE t.instrument_id = i.id),
    json_build_object('dimensions', (SELECT json_object_agg(d.key,
                json_build_object('en', d.name_en, 'nl', d.name_nl))
            FROM dimensions d
            WHERE d.instrument_id = i.id), 'items', (SELECT json_object_agg(t.number,
                json_build_object('en', t.text_en, 'nl', t.text_nl))
            FROM items t
            WHERE t.instrument_id = i.id))::text
FROM instruments i;

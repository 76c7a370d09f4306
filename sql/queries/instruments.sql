-- Statements of service/instruments.c, prepared by name on each connection.

-- name: instruments_list idempotent
SELECT json_build_object('data', coalesce(json_agg(json_build_object( 'key', i.key, 'title', json_build_object('en', i.title_en, 'nl', i.title_nl), 'label', CASE $2
                WHEN 'nl' THEN i.title_nl
                ELSE i.title_en END, 'source', i.source, 'scale', json_build_object('min', i.score_min, 'max', i.score_max), 'dimensions', (SELECT json_agg(json_build_object( 'key', d.key, 'position', d.position, 'name', json_build_object('en', d.name_en, 'nl', d.name_nl), 'label', CASE $2
                            WHEN 'nl' THEN d.name_nl
                            ELSE d.name_en END, 'items', (SELECT json_agg(t.number ORDER BY t.number)
                                FROM items t
                                WHERE t.instrument_id = i.id
                                AND t.dimension_key = d.key))
                        ORDER BY d.position)
                    FROM dimensions d
                    WHERE d.instrument_id = i.id), 'items', (SELECT json_agg(json_build_object( 'number', t.number, 'dimension', t.dimension_key, 'text', json_build_object('en', t.text_en, 'nl', t.text_nl), 'label', CASE $2
                            WHEN 'nl' THEN t.text_nl
                            ELSE t.text_en END)
                        ORDER BY t.number)
                    FROM items t
                    WHERE t.instrument_id = i.id), 'answer_scales', (SELECT json_object_agg(s.key, json_build_object( 'description', s.description, 'min', s.minimum, 'max', s.maximum, 'to_percent', s.to_percent, 'labels', s.labels)
                        ORDER BY s.key)
                    FROM answer_scales s))
            ORDER BY i.key), '[]'), 'next_cursor', NULL)::text
FROM instruments i
WHERE $1::text IS NULL OR i.key = $1;

-- name: instruments_get idempotent
SELECT json_build_object( 'key', i.key, 'title', json_build_object('en', i.title_en, 'nl', i.title_nl), 'label', CASE $2
    WHEN 'nl' THEN i.title_nl
    ELSE i.title_en END, 'source', i.source, 'scale', json_build_object('min', i.score_min, 'max', i.score_max), 'dimensions', (SELECT json_agg(json_build_object( 'key', d.key, 'position', d.position, 'name', json_build_object('en', d.name_en, 'nl', d.name_nl), 'label', CASE $2
                WHEN 'nl' THEN d.name_nl
                ELSE d.name_en END, 'items', (SELECT json_agg(t.number ORDER BY t.number)
                    FROM items t
                    WHERE t.instrument_id = i.id
                    AND t.dimension_key = d.key))
            ORDER BY d.position)
        FROM dimensions d
        WHERE d.instrument_id = i.id), 'items', (SELECT json_agg(json_build_object( 'number', t.number, 'dimension', t.dimension_key, 'text', json_build_object('en', t.text_en, 'nl', t.text_nl), 'label', CASE $2
                WHEN 'nl' THEN t.text_nl
                ELSE t.text_en END)
            ORDER BY t.number)
        FROM items t
        WHERE t.instrument_id = i.id), 'answer_scales', (SELECT json_object_agg(s.key, json_build_object( 'description', s.description, 'min', s.minimum, 'max', s.maximum, 'to_percent', s.to_percent, 'labels', s.labels)
            ORDER BY s.key)
        FROM answer_scales s))::text
FROM instruments i
WHERE i.key = $1;

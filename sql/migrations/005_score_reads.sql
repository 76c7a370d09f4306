-- What the score endpoints read: an instrument's layout and a wave's
-- running totals, as JSON for service/scores.c, which does the arithmetic.

-- {"dimensions": [key, ...], "items": [[number, dimension_key], ...]}
CREATE FUNCTION cacd_layout_json(p_instrument uuid) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object(
        'dimensions', (SELECT json_agg(d.key ORDER BY d.position) FROM dimensions d
                        WHERE d.instrument_id = p_instrument),
        'items', (SELECT json_agg(json_build_array(i.number, i.dimension_key) ORDER BY i.number)
                    FROM items i WHERE i.instrument_id = p_instrument));

-- [{"grouping", "group", "n_responses", "items": [[number, n, sum, squares]],
--   "dimensions": [[key, n, sum, squares]]}] for the whole wave and, when
-- p_grouping is 'role' or 'sector', for each group of it.
CREATE FUNCTION cacd_totals_json(p_wave uuid, p_grouping text) RETURNS json
    LANGUAGE sql STABLE
    RETURN (
        SELECT coalesce(json_agg(json_build_object(
            'grouping', c.grouping, 'group', c.group_value, 'n_responses', c.n_responses,
            'items', (SELECT coalesce(json_agg(json_build_array(t.item_number, t.n, t.total,
                                                                t.total_squares)), '[]')
                        FROM wave_item_totals t
                       WHERE t.wave_id = c.wave_id AND t.grouping = c.grouping
                         AND t.group_value = c.group_value AND t.n > 0),
            'dimensions', (SELECT coalesce(json_agg(json_build_array(t.dimension_key, t.n,
                                                    t.total, t.total_squares)), '[]')
                        FROM wave_dimension_totals t
                       WHERE t.wave_id = c.wave_id AND t.grouping = c.grouping
                         AND t.group_value = c.group_value AND t.n > 0))
            ORDER BY c.grouping, c.group_value), '[]')
          FROM wave_group_counts c
         WHERE c.wave_id = p_wave AND c.n_responses > 0
           AND (c.grouping = 'all' OR c.grouping = p_grouping));

-- One wave as the score endpoints see it.
CREATE FUNCTION cacd_wave_scores_json(w waves, p_grouping text) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('wave_id', w.id, 'partnership_id', w.partnership_id,
        'label', w.label, 'opens_at', cacd_time(w.opens_at), 'instrument_id', w.instrument_id,
        'totals', cacd_totals_json(w.id, p_grouping));

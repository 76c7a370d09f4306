-- pgbench's side of the scores-read figure: a wave's running totals, read
-- as cacd reads them for a viewer (the whole wave's row).
SELECT grouping, group_value, n_responses, item_n, item_sum, item_squares, dimension_n,
       dimension_sum, dimension_squares, version
  FROM wave_totals WHERE wave_id = :wave AND n_responses > 0 AND grouping = 'all';

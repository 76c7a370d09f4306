-- Paper forms imported in bulk (POST /v1/waves/{id}/import): every form of
-- the import stored, or none. The rows come checked and converted by
-- service/import.c; what only the database can tell is checked here.
--
-- Set-based throughout: the forms are read once into a temporary table,
-- checked, stored and added to the totals by a handful of statements, not
-- a round of work per form, so 20,000 forms take seconds.
--
-- Locks follow the order of 030_responses.sql: the advisory locks of every
-- existing member named, in member order, before any responses or totals
-- row, so an import and concurrent submissions never deadlock. The wave
-- row is held FOR SHARE, so a close waits for the import to finish.

-- One row of p_rows per form, numbered from 1.
CREATE OR REPLACE FUNCTION cacd_import_rows(p_rows jsonb)
    RETURNS TABLE (row_number integer, member_id uuid, label text, role text, sector text,
                   scale text, answers smallint[], answer_values double precision[],
                   digest text)
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
        SELECT e.ord::integer, (e.r->>'member_id')::uuid, e.r->>'label', e.r->>'role',
               e.r->>'sector', e.r->>'scale', (e.r->>'answers')::smallint[],
               (e.r->>'values')::double precision[], e.r->>'digest'
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(r, ord);
    END;

-- What stops an import, at most 32 errors: {row, field, message} each,
-- from the forms in cacd_import_forms.
CREATE OR REPLACE FUNCTION cacd_import_errors(p_wave waves) RETURNS jsonb
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    numbers integer[] := ARRAY(SELECT i.number FROM items i
                                WHERE i.instrument_id = p_wave.instrument_id
                                ORDER BY i.number);
    -- items numbered 1..n: only answers past n can name an unknown item
    dense boolean := numbers = ARRAY(SELECT generate_series(1, cardinality(numbers)));
BEGIN
    RETURN (
        SELECT coalesce(jsonb_agg(jsonb_build_object('row', e.row_number, 'field', e.field,
                                                     'message', e.message)
                                  ORDER BY e.row_number, e.field), '[]')
          FROM (SELECT * FROM (
                SELECT f.row_number, 'member_id' AS field,
                       CASE WHEN m.id IS NULL THEN 'no member with this id in the partnership'
                            WHEN NOT m.active THEN 'the member is inactive'
                            WHEN r.member_id IS NOT NULL
                                 THEN 'the member already has a response in this wave'
                            WHEN f.earlier > 1
                                 THEN 'the member has an earlier row in this import'
                       END AS message
                  FROM (SELECT x.row_number, x.member_id,
                               row_number() OVER (PARTITION BY x.member_id
                                                  ORDER BY x.row_number) AS earlier
                          FROM cacd_import_forms x
                         WHERE x.member_id IS NOT NULL) AS f
                  LEFT JOIN members m
                         ON m.id = f.member_id AND m.partnership_id = p_wave.partnership_id
                  LEFT JOIN responses r ON r.wave_id = p_wave.id AND r.member_id = f.member_id
                UNION ALL
                SELECT f.row_number, 'label',
                       CASE WHEN m.id IS NOT NULL
                                 THEN 'a member with this label exists: give its member_id'
                            WHEN f.earlier > 1
                                 THEN 'the label has an earlier row in this import'
                       END
                  FROM (SELECT x.row_number, x.label,
                               row_number() OVER (PARTITION BY x.label
                                                  ORDER BY x.row_number) AS earlier
                          FROM cacd_import_forms x
                         WHERE x.member_id IS NULL) AS f
                  LEFT JOIN members m
                         ON m.partnership_id = p_wave.partnership_id AND m.label = f.label
                UNION ALL
                SELECT f.row_number, s.i::text, 'is not an item of this wave''s instrument'
                  FROM cacd_import_forms f,
                       generate_subscripts(f.answers, 1) AS s(i)
                 WHERE (NOT dense OR cardinality(f.answers) > cardinality(numbers))
                   AND f.answers[s.i] IS NOT NULL
                   AND s.i <> ALL (numbers)) AS all_errors
                 WHERE message IS NOT NULL
                 ORDER BY row_number, field
                 LIMIT 32) AS e);
END $$;

-- Members that the import names by label only, made; every form then
-- names its member.
CREATE OR REPLACE FUNCTION cacd_import_members(p_wave waves) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    WITH created AS (
        INSERT INTO members (partnership_id, label, role, sector, confirmed, confirmed_at)
        SELECT p_wave.partnership_id, f.label, f.role, f.sector, true, now()
          FROM cacd_import_forms f
         WHERE f.member_id IS NULL
         ORDER BY f.row_number
        RETURNING id, label)
    UPDATE cacd_import_forms f
       SET member_id = c.id
      FROM created c
     WHERE f.member_id IS NULL AND f.label = c.label;
END $$;

-- The forms stored as responses, each with its member's role and sector
-- and its dimension means; they are then in cacd_import_stored.
CREATE OR REPLACE FUNCTION cacd_import_store(p_token_id uuid, p_wave waves) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    stored integer;
BEGIN
    CREATE TEMPORARY TABLE cacd_import_stored ON COMMIT DROP AS
    WITH dimension_items AS (
        SELECT d.position, i.number
          FROM dimensions d
          JOIN items i ON i.instrument_id = d.instrument_id AND i.dimension_key = d.key
         WHERE d.instrument_id = p_wave.instrument_id),
    means AS (
        SELECT m.row_number, array_agg(m.mean ORDER BY m.position) AS means
          FROM (SELECT f.row_number, di.position, avg(f.answer_values[di.number]) AS mean
                  FROM cacd_import_forms f
                 CROSS JOIN dimension_items di
                 GROUP BY f.row_number, di.position) AS m
         GROUP BY m.row_number),
    history AS (
        SELECT h.member_id, max(h.revision) AS revision
          FROM response_history h
         WHERE h.wave_id = p_wave.id
         GROUP BY h.member_id),
    inserted AS (
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest, answers,
                               answer_values, dimension_means, group_role, group_sector,
                               source, token_id, counts_toward_k)
        SELECT p_wave.id, f.member_id, coalesce(h.revision, 0) + 1, f.scale, NULL, f.digest,
               f.answers, f.answer_values, d.means, m.role, m.sector, 'import', p_token_id,
               true
          FROM cacd_import_forms f
          JOIN members m ON m.id = f.member_id
          JOIN means d ON d.row_number = f.row_number
          LEFT JOIN history h ON h.member_id = f.member_id
         ORDER BY f.row_number
        RETURNING group_role, group_sector, answer_values, dimension_means)
    SELECT * FROM inserted;
    GET DIAGNOSTICS stored = ROW_COUNT;
    RETURN stored;
END $$;

-- What the stored forms add to each group's totals: for each grouping
-- (all, role, sector) and group, n, sum and sum of squares by item
-- number, by dimension position and of respondents' overall means.
CREATE OR REPLACE FUNCTION cacd_import_totals()
    RETURNS TABLE (grouping_name text, group_value text, n_responses integer, item_n integer[],
                   item_sum double precision[], item_squares double precision[],
                   dimension_n integer[], dimension_sum double precision[],
                   dimension_squares double precision[], overall_n integer,
                   overall_sum double precision, overall_squares double precision)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
        WITH parts AS (
            SELECT 'item' AS kind, s.group_role, s.group_sector, u.i, u.x
              FROM cacd_import_stored s,
                   unnest(s.answer_values) WITH ORDINALITY AS u(x, i)
            UNION ALL
            SELECT 'dimension', s.group_role, s.group_sector, u.i, u.x
              FROM cacd_import_stored s,
                   unnest(s.dimension_means) WITH ORDINALITY AS u(x, i)),
        -- one pass over the values, by role and sector together; the
        -- three groupings are then sums of these few rows
        cells AS (
            SELECT p.group_role, p.group_sector, p.kind, p.i, count(p.x)::integer AS n,
                   coalesce(sum(p.x), 0) AS total, coalesce(sum(p.x * p.x), 0) AS squares
              FROM parts p
             GROUP BY p.group_role, p.group_sector, p.kind, p.i),
        sums AS (
            SELECT CASE WHEN GROUPING(c.group_role) = 0 THEN 'role'
                        WHEN GROUPING(c.group_sector) = 0 THEN 'sector'
                        ELSE 'all' END AS grouping,
                   coalesce(c.group_role, c.group_sector, '') AS group_value,
                   c.kind, c.i, sum(c.n)::integer AS n, sum(c.total) AS total,
                   sum(c.squares) AS squares
              FROM cells c
             GROUP BY GROUPING SETS ((c.kind, c.i), (c.group_role, c.kind, c.i),
                                     (c.group_sector, c.kind, c.i))),
        vectors AS (
            SELECT v.grouping, v.group_value,
                   array_agg(v.n ORDER BY v.i) FILTER (WHERE v.kind = 'item') AS item_n,
                   array_agg(v.total ORDER BY v.i) FILTER (WHERE v.kind = 'item') AS item_sum,
                   array_agg(v.squares ORDER BY v.i) FILTER (WHERE v.kind = 'item')
                       AS item_squares,
                   array_agg(v.n ORDER BY v.i) FILTER (WHERE v.kind = 'dimension')
                       AS dimension_n,
                   array_agg(v.total ORDER BY v.i) FILTER (WHERE v.kind = 'dimension')
                       AS dimension_sum,
                   array_agg(v.squares ORDER BY v.i) FILTER (WHERE v.kind = 'dimension')
                       AS dimension_squares
              FROM sums v
             GROUP BY v.grouping, v.group_value),
        respondents AS (
            SELECT CASE WHEN GROUPING(o.group_role) = 0 THEN 'role'
                        WHEN GROUPING(o.group_sector) = 0 THEN 'sector'
                        ELSE 'all' END AS grouping,
                   coalesce(o.group_role, o.group_sector, '') AS group_value,
                   count(*)::integer AS n_responses, count(o.mean)::integer AS overall_n,
                   coalesce(sum(o.mean), 0) AS overall_sum,
                   coalesce(sum(o.mean * o.mean), 0) AS overall_squares
              FROM (SELECT s.group_role, s.group_sector,
                           (SELECT avg(x) FROM unnest(s.answer_values) AS x) AS mean
                      FROM cacd_import_stored s) AS o
             GROUP BY GROUPING SETS ((), (o.group_role), (o.group_sector)))
        SELECT r.grouping, r.group_value, r.n_responses, coalesce(v.item_n, '{}'),
               coalesce(v.item_sum, '{}'), coalesce(v.item_squares, '{}'),
               coalesce(v.dimension_n, '{}'), coalesce(v.dimension_sum, '{}'),
               coalesce(v.dimension_squares, '{}'), r.overall_n, r.overall_sum,
               r.overall_squares
          FROM respondents r
          LEFT JOIN vectors v ON v.grouping = r.grouping AND v.group_value = r.group_value
         ORDER BY r.grouping, r.group_value;
END $$;

-- The stored forms added to the wave's totals, the rows locked in key
-- order as every change takes them (030_responses.sql).
CREATE OR REPLACE FUNCTION cacd_import_add_totals(p_wave uuid) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    CREATE TEMPORARY TABLE cacd_import_deltas ON COMMIT DROP AS
    SELECT * FROM cacd_import_totals();
    INSERT INTO wave_totals (wave_id, grouping, group_value, n_responses, item_n, item_sum,
                             item_squares, dimension_n, dimension_sum, dimension_squares)
    SELECT p_wave, d.grouping_name, d.group_value, 0, '{}', '{}', '{}', '{}', '{}', '{}'
      FROM cacd_import_deltas d
     ORDER BY d.grouping_name, d.group_value
    ON CONFLICT DO NOTHING;
    PERFORM 1
       FROM wave_totals t
       JOIN cacd_import_deltas d ON d.grouping_name = t.grouping AND d.group_value = t.group_value
      WHERE t.wave_id = p_wave
      ORDER BY t.grouping, t.group_value
        FOR UPDATE OF t;
    UPDATE wave_totals t
       SET n_responses = t.n_responses + d.n_responses,
           item_n = cacd_vector_add(t.item_n, d.item_n),
           item_sum = cacd_vector_add(t.item_sum, d.item_sum),
           item_squares = cacd_vector_add(t.item_squares, d.item_squares),
           dimension_n = cacd_vector_add(t.dimension_n, d.dimension_n),
           dimension_sum = cacd_vector_add(t.dimension_sum, d.dimension_sum),
           dimension_squares = cacd_vector_add(t.dimension_squares, d.dimension_squares),
           overall_n = t.overall_n + d.overall_n,
           overall_sum = t.overall_sum + d.overall_sum,
           overall_squares = t.overall_squares + d.overall_squares,
           version = nextval('wave_totals_version'), changed_at = now()
      FROM cacd_import_deltas d
     WHERE t.wave_id = p_wave AND t.grouping = d.grouping_name AND t.group_value = d.group_value;
END $$;

-- Outcomes: imported (n forms stored), wave_not_found, wave_not_open,
-- partnership_archived, invalid (errors says why; nothing was stored).
DROP FUNCTION IF EXISTS cacd_import_errors(waves, jsonb);
CREATE OR REPLACE FUNCTION cacd_import_responses(p_token_id uuid, p_wave uuid, p_rows jsonb)
    RETURNS TABLE (outcome text, imported integer, errors jsonb)
    LANGUAGE plpgsql AS $$
DECLARE
    wave waves;
BEGIN
    SELECT * INTO wave FROM waves WHERE id = p_wave FOR SHARE;
    IF NOT FOUND THEN
        outcome := 'wave_not_found'; RETURN NEXT; RETURN;
    END IF;
    IF cacd_wave_status(wave, now()) <> 'open' THEN
        outcome := 'wave_not_open'; RETURN NEXT; RETURN;
    END IF;
    -- held FOR SHARE, so an archive waits for the import to finish
    IF (SELECT p.archived_at IS NOT NULL FROM partnerships p
         WHERE p.id = wave.partnership_id FOR SHARE) THEN
        outcome := 'partnership_archived'; RETURN NEXT; RETURN;
    END IF;
    -- this import adds its forms to the totals itself (cacd_import_add_totals)
    PERFORM set_config('cacd.totals', 'set', true);
    CREATE TEMPORARY TABLE cacd_import_forms ON COMMIT DROP AS
    SELECT * FROM cacd_import_rows(p_rows);
    ANALYZE cacd_import_forms;
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || f.member_id::text, 0))
       FROM (SELECT DISTINCT r.member_id FROM cacd_import_forms r
              WHERE r.member_id IS NOT NULL ORDER BY r.member_id) AS f;
    errors := cacd_import_errors(wave);
    IF jsonb_array_length(errors) > 0 THEN
        outcome := 'invalid'; RETURN NEXT; RETURN;
    END IF;
    PERFORM cacd_import_members(wave);
    imported := cacd_import_store(p_token_id, wave);
    PERFORM cacd_import_add_totals(p_wave);
    outcome := 'imported';
    errors := '[]';
    RETURN NEXT;
END $$;

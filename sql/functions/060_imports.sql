-- Paper forms imported in bulk (POST /v1/waves/{id}/import): every form of
-- the import stored, or none. The rows come checked and converted by
-- service/import.c; what only the database can tell is checked here.
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

-- What stops an import, at most 32 errors: {row, field, message} each.
CREATE OR REPLACE FUNCTION cacd_import_errors(p_wave waves, p_rows jsonb) RETURNS jsonb
    LANGUAGE sql STABLE
    RETURN (
        SELECT coalesce(jsonb_agg(jsonb_build_object('row', e.row_number, 'field', e.field,
                                                     'message', e.message)
                                  ORDER BY e.row_number, e.field), '[]')
          FROM (SELECT * FROM (
                SELECT f.row_number, 'member_id' AS field,
                       CASE WHEN m.id IS NULL THEN 'no member with this id in the partnership'
                            WHEN NOT m.active THEN 'the member is inactive'
                            WHEN EXISTS (SELECT 1 FROM responses r
                                          WHERE r.wave_id = p_wave.id AND r.member_id = m.id)
                                 THEN 'the member already has a response in this wave'
                            WHEN EXISTS (SELECT 1 FROM cacd_import_rows(p_rows) o
                                          WHERE o.member_id = f.member_id
                                            AND o.row_number < f.row_number)
                                 THEN 'the member has an earlier row in this import'
                       END AS message
                  FROM cacd_import_rows(p_rows) f
                  LEFT JOIN members m
                         ON m.id = f.member_id AND m.partnership_id = p_wave.partnership_id
                 WHERE f.member_id IS NOT NULL
                UNION ALL
                SELECT f.row_number, 'label',
                       CASE WHEN EXISTS (SELECT 1 FROM members m
                                          WHERE m.partnership_id = p_wave.partnership_id
                                            AND m.label = f.label)
                                 THEN 'a member with this label exists: give its member_id'
                            WHEN EXISTS (SELECT 1 FROM cacd_import_rows(p_rows) o
                                          WHERE o.label = f.label
                                            AND o.row_number < f.row_number)
                                 THEN 'the label has an earlier row in this import'
                       END
                  FROM cacd_import_rows(p_rows) f
                 WHERE f.member_id IS NULL
                UNION ALL
                SELECT f.row_number, s.i::text, 'is not an item of this wave''s instrument'
                  FROM cacd_import_rows(p_rows) f,
                       generate_subscripts(f.answers, 1) AS s(i)
                 WHERE f.answers[s.i] IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM items i
                                    WHERE i.instrument_id = p_wave.instrument_id
                                      AND i.number = s.i)) AS all_errors
                 WHERE message IS NOT NULL
                 ORDER BY row_number, field
                 LIMIT 32) AS e);

-- Outcomes: imported (n forms stored), wave_not_found, wave_not_open,
-- invalid (errors says why; nothing was stored).
CREATE OR REPLACE FUNCTION cacd_import_responses(p_token_id uuid, p_wave uuid, p_rows jsonb)
    RETURNS TABLE (outcome text, imported integer, errors jsonb)
    LANGUAGE plpgsql AS $$
DECLARE
    wave waves;
    form record;
    member members;
    stored responses;
BEGIN
    SELECT * INTO wave FROM waves WHERE id = p_wave FOR SHARE;
    IF NOT FOUND THEN
        outcome := 'wave_not_found'; RETURN NEXT; RETURN;
    END IF;
    IF cacd_wave_status(wave, now()) <> 'open' THEN
        outcome := 'wave_not_open'; RETURN NEXT; RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || f.member_id::text, 0))
       FROM (SELECT DISTINCT r.member_id FROM cacd_import_rows(p_rows) r
              WHERE r.member_id IS NOT NULL ORDER BY r.member_id) AS f;
    errors := cacd_import_errors(wave, p_rows);
    IF jsonb_array_length(errors) > 0 THEN
        outcome := 'invalid'; RETURN NEXT; RETURN;
    END IF;
    imported := 0;
    FOR form IN SELECT * FROM cacd_import_rows(p_rows) ORDER BY row_number LOOP
        IF form.member_id IS NULL THEN
            INSERT INTO members (partnership_id, label, role, sector)
            VALUES (wave.partnership_id, form.label, form.role, form.sector)
            RETURNING * INTO member;
        ELSE
            SELECT * INTO member FROM members WHERE id = form.member_id;
        END IF;
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest, answers,
                               answer_values, dimension_means, group_role, group_sector,
                               source, token_id)
        VALUES (p_wave, member.id,
                (SELECT coalesce(max(h.revision), 0) + 1 FROM response_history h
                  WHERE h.wave_id = p_wave AND h.member_id = member.id),
                form.scale, NULL, form.digest, form.answers, form.answer_values,
                cacd_dimension_means(wave.instrument_id, form.answer_values),
                member.role, member.sector, 'import', p_token_id)
        RETURNING * INTO stored;
        PERFORM cacd_totals_change(p_wave, NULL, stored);
        imported := imported + 1;
    END LOOP;
    outcome := 'imported';
    errors := '[]';
    RETURN NEXT;
END $$;

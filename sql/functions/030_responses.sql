-- Responses and the running totals kept in step with them, each change one
-- transaction.
--
-- Locks, always in this order, so concurrent submissions never deadlock:
--   1. an advisory lock on (wave, member): one change per member at a time;
--   2. that member's responses row;
--   3. the wave's totals rows, in one statement, in key order. Every change
--      touches the wave's ('all', '') row, which sorts first, so changes to
--      one wave queue there and hold no other totals row while they wait.

CREATE OR REPLACE FUNCTION cacd_response_json(r responses) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('wave_id', r.wave_id, 'member_id', r.member_id,
        'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at), 'scale', r.scale,
        'answers', (SELECT coalesce(json_object_agg(s.i::text, r.answer_values[s.i]
                                                    ORDER BY s.i), '{}')
                      FROM generate_subscripts(r.answers, 1) AS s(i)
                     WHERE r.answers[s.i] IS NOT NULL),
        'comment', r.comment);

-- The respondent's own mean per dimension, by dimension position.
CREATE OR REPLACE FUNCTION cacd_dimension_means(p_instrument uuid, v double precision[])
    RETURNS double precision[]
    LANGUAGE sql STABLE
    RETURN (SELECT array_agg(m.mean ORDER BY d.position)
              FROM dimensions d
              CROSS JOIN LATERAL (SELECT avg(v[i.number]) AS mean
                                    FROM items i
                                   WHERE i.instrument_id = d.instrument_id
                                     AND i.dimension_key = d.key) AS m
             WHERE d.instrument_id = p_instrument);

-- Moves one response out of the totals (old) and into them (new); either
-- may be NULL. One statement: the rows are locked in key order.
CREATE OR REPLACE FUNCTION cacd_totals_change(p_wave uuid, p_old responses, p_new responses)
    RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
        INSERT INTO wave_totals AS t (wave_id, grouping, group_value, n_responses, item_n,
                                      item_sum, item_squares, dimension_n, dimension_sum,
                                      dimension_squares)
        SELECT p_wave, d.grouping, d.group_value, sum(d.sign)::integer,
               cacd_vector_sum(i.n), cacd_vector_sum(i.total), cacd_vector_sum(i.squares),
               cacd_vector_sum(m.n), cacd_vector_sum(m.total), cacd_vector_sum(m.squares)
          FROM (SELECT g.grouping, g.group_value, g.sign, g.answer_values, g.dimension_means
                  FROM (VALUES ('all', '', -1, p_old.answer_values, p_old.dimension_means, p_old.wave_id),
                               ('role', coalesce(p_old.group_role, ''), -1, p_old.answer_values,
                                p_old.dimension_means, p_old.wave_id),
                               ('sector', coalesce(p_old.group_sector, ''), -1, p_old.answer_values,
                                p_old.dimension_means, p_old.wave_id),
                               ('all', '', 1, p_new.answer_values, p_new.dimension_means, p_new.wave_id),
                               ('role', coalesce(p_new.group_role, ''), 1, p_new.answer_values,
                                p_new.dimension_means, p_new.wave_id),
                               ('sector', coalesce(p_new.group_sector, ''), 1, p_new.answer_values,
                                p_new.dimension_means, p_new.wave_id))
                       AS g(grouping, group_value, sign, answer_values, dimension_means, present)
                 WHERE g.present IS NOT NULL) AS d
          CROSS JOIN LATERAL cacd_contribution(d.answer_values, d.sign) AS i
          CROSS JOIN LATERAL cacd_contribution(d.dimension_means, d.sign) AS m
         GROUP BY d.grouping, d.group_value
         ORDER BY d.grouping, d.group_value
        ON CONFLICT (wave_id, grouping, group_value) DO UPDATE
           SET n_responses = t.n_responses + excluded.n_responses,
               item_n = cacd_vector_add(t.item_n, excluded.item_n),
               item_sum = cacd_vector_add(t.item_sum, excluded.item_sum),
               item_squares = cacd_vector_add(t.item_squares, excluded.item_squares),
               dimension_n = cacd_vector_add(t.dimension_n, excluded.dimension_n),
               dimension_sum = cacd_vector_add(t.dimension_sum, excluded.dimension_sum),
               dimension_squares = cacd_vector_add(t.dimension_squares,
                                                   excluded.dimension_squares),
               version = nextval('wave_totals_version'),
               changed_at = now();
    END;

-- Keeps a revision that is about to be replaced or withdrawn.
CREATE OR REPLACE FUNCTION cacd_response_archive(r responses, is_withdrawal boolean)
    RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
        INSERT INTO response_history (wave_id, member_id, revision, scale, comment, answers,
                                      submitted_at, withdrawn, source, token_id)
        VALUES (r.wave_id, r.member_id, r.revision, r.scale, r.comment, r.answers,
                r.submitted_at, is_withdrawal, r.source, r.token_id);
    END;

-- One submission, all or nothing. Outcomes: created, replaced, unchanged,
-- wave_not_found, member_not_found, member_inactive, wave_not_open,
-- unknown_items (body lists them). scope NULL = every partnership.
-- p_answers: raw values by item number (NULL unanswered, -1 don't know);
-- p_values: the same on 0-100 (NULL where nothing counts).
CREATE OR REPLACE FUNCTION cacd_submit_response(p_wave uuid, p_member uuid, p_scope uuid[],
        p_scale text, p_answers smallint[], p_values double precision[], p_comment text,
        p_digest text, p_source text, p_token uuid)
    RETURNS TABLE (outcome text, body json)
    LANGUAGE plpgsql AS $$
DECLARE
    wave waves;
    member members;
    existing responses;
    stored responses;
    unknown integer[];
BEGIN
    SELECT * INTO wave FROM waves
     WHERE id = p_wave AND (p_scope IS NULL OR partnership_id = ANY (p_scope));
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'wave_not_found', NULL::json; RETURN;
    END IF;
    SELECT * INTO member FROM members WHERE id = p_member AND partnership_id = wave.partnership_id;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'member_not_found', NULL::json; RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || p_member::text, 0));
    SELECT * INTO existing FROM responses
     WHERE wave_id = p_wave AND member_id = p_member FOR UPDATE;
    -- A replay of what is stored changes nothing, even after the wave
    -- closed: the client may only be retrying a reply it never received.
    IF FOUND AND existing.digest = p_digest THEN
        RETURN QUERY SELECT 'unchanged', cacd_response_json(existing); RETURN;
    END IF;
    IF NOT member.active THEN
        RETURN QUERY SELECT 'member_inactive', NULL::json; RETURN;
    END IF;
    IF cacd_wave_status(wave, now()) <> 'open' THEN
        RETURN QUERY SELECT 'wave_not_open',
                            json_build_object('status', cacd_wave_status(wave, now()));
        RETURN;
    END IF;
    SELECT array_agg(s.i ORDER BY s.i) INTO unknown
      FROM generate_subscripts(p_answers, 1) AS s(i)
     WHERE p_answers[s.i] IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM items i
                        WHERE i.instrument_id = wave.instrument_id AND i.number = s.i);
    IF unknown IS NOT NULL THEN
        RETURN QUERY SELECT 'unknown_items', to_json(unknown); RETURN;
    END IF;

    IF existing.wave_id IS NOT NULL THEN
        PERFORM cacd_response_archive(existing, false);
        UPDATE responses
           SET revision = revision + 1, scale = p_scale, comment = p_comment,
               digest = p_digest, submitted_at = now(), answers = p_answers,
               answer_values = p_values,
               dimension_means = cacd_dimension_means(wave.instrument_id, p_values),
               group_role = member.role, group_sector = member.sector,
               source = p_source, token_id = p_token
         WHERE wave_id = p_wave AND member_id = p_member
         RETURNING * INTO stored;
        outcome := 'replaced';
    ELSE
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest,
                               answers, answer_values, dimension_means, group_role,
                               group_sector, source, token_id)
        VALUES (p_wave, p_member,
                (SELECT coalesce(max(revision), 0) + 1 FROM response_history
                  WHERE wave_id = p_wave AND member_id = p_member),
                p_scale, p_comment, p_digest, p_answers, p_values,
                cacd_dimension_means(wave.instrument_id, p_values),
                member.role, member.sector, p_source, p_token)
        RETURNING * INTO stored;
        outcome := 'created';
        existing := NULL;
    END IF;
    PERFORM cacd_totals_change(p_wave, existing, stored);
    body := cacd_response_json(stored);
    RETURN NEXT;
END $$;

-- Withdraws the member's response: kept in history, gone from the scores.
CREATE OR REPLACE FUNCTION cacd_withdraw_response(p_wave uuid, p_member uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    existing responses;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || p_member::text, 0));
    SELECT * INTO existing FROM responses
     WHERE wave_id = p_wave AND member_id = p_member FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM cacd_response_archive(existing, true);
    DELETE FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    PERFORM cacd_totals_change(p_wave, existing, NULL);
    RETURN true;
END $$;

-- Recomputes a wave's totals from its stored responses, set-based: for
-- bulk loads and repairs.
CREATE OR REPLACE FUNCTION cacd_totals_rebuild(p_wave uuid) RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM wave_totals WHERE wave_id = p_wave;
        INSERT INTO wave_totals (wave_id, grouping, group_value, n_responses, item_n, item_sum,
                                 item_squares, dimension_n, dimension_sum, dimension_squares)
        SELECT p_wave, g.grouping, g.group_value, count(*)::integer,
               cacd_vector_sum(i.n), cacd_vector_sum(i.total), cacd_vector_sum(i.squares),
               cacd_vector_sum(m.n), cacd_vector_sum(m.total), cacd_vector_sum(m.squares)
          FROM responses r
          CROSS JOIN LATERAL (VALUES ('all', ''), ('role', coalesce(r.group_role, '')),
                                     ('sector', coalesce(r.group_sector, '')))
                             AS g(grouping, group_value)
          CROSS JOIN LATERAL cacd_contribution(r.answer_values, 1) AS i
          CROSS JOIN LATERAL cacd_contribution(r.dimension_means, 1) AS m
         WHERE r.wave_id = p_wave
         GROUP BY g.grouping, g.group_value
         ORDER BY g.grouping, g.group_value;
    END;

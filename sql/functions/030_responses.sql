-- Responses and the running totals kept in step with them, each change one
-- transaction.
--
-- Locks, always in this order, so concurrent submissions never deadlock:
--   1. an advisory lock on (wave, member): one change per member at a time;
--   2. that member's responses row;
--   3. the wave's totals rows, in key order. Every change touches the
--      wave's ('all', '') row, which sorts first, so changes to one wave
--      queue there and hold no other totals row while they wait.
--
-- The totals change at COMMIT, by a deferred trigger (end of this file): a
-- write's transaction stays open while cacd answers and adds its audit
-- row, and the wave's ('all', '') row, which every change to the wave
-- needs, is then held only for the COMMIT itself, not across that round
-- trip.

CREATE OR REPLACE FUNCTION cacd_response_json(r responses) RETURNS json
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN json_build_object('wave_id', r.wave_id, 'member_id', r.member_id,
        'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at), 'scale', r.scale,
        'answers', (SELECT coalesce(json_object_agg(s.i::text, r.answer_values[s.i]
                                                    ORDER BY s.i), '{}')
                      FROM generate_subscripts(r.answers, 1) AS s(i)
                     WHERE r.answers[s.i] IS NOT NULL),
        -- as the member gave them: on the scale, null for don't know (-1)
        'answers_on_scale', (SELECT coalesce(json_object_agg(s.i::text,
                                                 nullif(r.answers[s.i], -1) ORDER BY s.i), '{}')
                               FROM generate_subscripts(r.answers, 1) AS s(i)
                              WHERE r.answers[s.i] IS NOT NULL),
        'comment', r.comment);
END $$;

-- The respondent's own mean per dimension, by dimension position.
-- (PL/pgSQL here and below: its plans are kept for the session, where a
-- SQL function's body is planned again at every call.)
CREATE OR REPLACE FUNCTION cacd_dimension_means(p_instrument uuid, v double precision[])
    RETURNS double precision[]
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT array_agg(m.mean ORDER BY d.position)
              FROM dimensions d
              CROSS JOIN LATERAL (SELECT avg(v[i.number]) AS mean
                                    FROM items i
                                   WHERE i.instrument_id = d.instrument_id
                                     AND i.dimension_key = d.key) AS m
             WHERE d.instrument_id = p_instrument);
END $$;

-- One group's totals with one respondent's values added (sign +1) or taken
-- away (-1), element by element: items by number, dimensions by position.
-- A NULL value changes nothing. Called as an expression, it costs no
-- query of its own.
CREATE OR REPLACE FUNCTION cacd_totals_add(t wave_totals, v double precision[],
        means double precision[], sign integer)
    RETURNS wave_totals
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n integer[] := t.item_n;
    total double precision[] := t.item_sum;
    squares double precision[] := t.item_squares;
    overall double precision := (SELECT avg(x) FROM unnest(v) AS x);
BEGIN
    FOR i IN 1 .. greatest(cardinality(v), cardinality(n)) LOOP
        n[i] := coalesce(n[i], 0) + CASE WHEN v[i] IS NULL THEN 0 ELSE sign END;
        total[i] := coalesce(total[i], 0) + coalesce(sign * v[i], 0);
        squares[i] := coalesce(squares[i], 0) + coalesce(sign * v[i] * v[i], 0);
    END LOOP;
    t.item_n := n;
    t.item_sum := total;
    t.item_squares := squares;
    n := t.dimension_n;
    total := t.dimension_sum;
    squares := t.dimension_squares;
    FOR i IN 1 .. greatest(cardinality(means), cardinality(n)) LOOP
        n[i] := coalesce(n[i], 0) + CASE WHEN means[i] IS NULL THEN 0 ELSE sign END;
        total[i] := coalesce(total[i], 0) + coalesce(sign * means[i], 0);
        squares[i] := coalesce(squares[i], 0) + coalesce(sign * means[i] * means[i], 0);
    END LOOP;
    t.dimension_n := n;
    t.dimension_sum := total;
    t.dimension_squares := squares;
    -- the respondent's own overall mean, for the spread the intervals need
    IF overall IS NOT NULL THEN
        t.overall_n := t.overall_n + sign;
        t.overall_sum := t.overall_sum + sign * overall;
        t.overall_squares := t.overall_squares + sign * overall * overall;
    END IF;
    t.n_responses := t.n_responses + sign;
    RETURN t;
END $$;

-- Moves one response out of the totals (p_old) and into them (p_new);
-- either may be NULL. The affected rows are locked in key order, the order
-- every change takes them in, and created when missing.
CREATE OR REPLACE FUNCTION cacd_totals_change(p_wave uuid, p_old responses, p_new responses)
    RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    g record;
    t wave_totals;
BEGIN
    FOR g IN
        SELECT k.grouping, k.group_value, bool_or(k.sign < 0) AS leaves,
               bool_or(k.sign > 0) AS enters
          FROM (VALUES ('all', '', -1, p_old.wave_id),
                       ('role', coalesce(p_old.group_role, ''), -1, p_old.wave_id),
                       ('sector', coalesce(p_old.group_sector, ''), -1, p_old.wave_id),
                       ('all', '', 1, p_new.wave_id),
                       ('role', coalesce(p_new.group_role, ''), 1, p_new.wave_id),
                       ('sector', coalesce(p_new.group_sector, ''), 1, p_new.wave_id))
               AS k(grouping, group_value, sign, present)
         WHERE k.present IS NOT NULL
         GROUP BY 1, 2
         ORDER BY 1, 2
    LOOP
        SELECT * INTO t FROM wave_totals
         WHERE wave_id = p_wave AND grouping = g.grouping AND group_value = g.group_value
           FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO wave_totals (wave_id, grouping, group_value, n_responses, item_n,
                                     item_sum, item_squares, dimension_n, dimension_sum,
                                     dimension_squares)
            VALUES (p_wave, g.grouping, g.group_value, 0, '{}', '{}', '{}', '{}', '{}', '{}')
            ON CONFLICT DO NOTHING;
            SELECT * INTO t FROM wave_totals
             WHERE wave_id = p_wave AND grouping = g.grouping AND group_value = g.group_value
               FOR UPDATE;
        END IF;
        IF g.leaves THEN
            t := cacd_totals_add(t, p_old.answer_values, p_old.dimension_means, -1);
        END IF;
        IF g.enters THEN
            t := cacd_totals_add(t, p_new.answer_values, p_new.dimension_means, 1);
        END IF;
        UPDATE wave_totals
           SET n_responses = t.n_responses, item_n = t.item_n, item_sum = t.item_sum,
               item_squares = t.item_squares, dimension_n = t.dimension_n,
               dimension_sum = t.dimension_sum, dimension_squares = t.dimension_squares,
               overall_n = t.overall_n, overall_sum = t.overall_sum,
               overall_squares = t.overall_squares,
               version = nextval('wave_totals_version'), changed_at = now()
         WHERE wave_id = p_wave AND grouping = g.grouping AND group_value = g.group_value;
    END LOOP;
END $$;

-- Keeps a revision that is about to be replaced or withdrawn.
CREATE OR REPLACE FUNCTION cacd_response_archive(r responses, is_withdrawal boolean)
    RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO response_history (wave_id, member_id, revision, scale, comment, answers,
                                  submitted_at, withdrawn, source, token_id)
    VALUES (r.wave_id, r.member_id, r.revision, r.scale, r.comment, r.answers,
            r.submitted_at, is_withdrawal, r.source, r.token_id);
END $$;

-- One submission, all or nothing, with its token checked in the same
-- statement. No row: the token is not valid. Otherwise the principal (see
-- cacd_token) and an outcome: created, replaced, unchanged, forbidden (the
-- role may not submit), not_yours (a respondent's path that is not its own
-- invitation's), wave_not_found, member_not_found, member_inactive,
-- wave_not_open, unknown_items (detail lists them). revision and
-- submitted_at describe the stored response, and for created, replaced
-- and unchanged detail is the stored response itself (cacd_response_json:
-- the one encoder of a stored response, also of GET).
-- p_answers: raw values by item number (NULL unanswered, -1 don't know);
-- p_values: the same on 0-100 (NULL where nothing counts).
CREATE OR REPLACE FUNCTION cacd_submit_response(p_token text, p_roles text[], p_wave uuid,
        p_member uuid, p_scale text, p_answers smallint[], p_values double precision[],
        p_comment text, p_digest text)
    RETURNS TABLE (token_id uuid, role text, scope text, token_member uuid, token_wave uuid,
                   outcome text, revision integer, submitted_at text, detail json)
    LANGUAGE plpgsql AS $$
DECLARE
    principal record;
    wave waves;
    member members;
    existing responses;
    stored responses;
    unknown integer[];
    means double precision[];
BEGIN
    SELECT * INTO principal FROM cacd_token(p_token);
    IF NOT FOUND THEN
        RETURN;
    END IF;
    token_id := principal.id;
    role := principal.role;
    scope := principal.scope::text;
    token_member := principal.member_id;
    token_wave := principal.wave_id;
    IF NOT principal.role = ANY (p_roles) THEN
        outcome := 'forbidden'; RETURN NEXT; RETURN;
    END IF;
    IF principal.role = 'respondent'
       AND (principal.wave_id <> p_wave OR principal.member_id <> p_member) THEN
        outcome := 'not_yours'; RETURN NEXT; RETURN;
    END IF;
    SELECT * INTO wave FROM waves
     WHERE id = p_wave AND (principal.scope IS NULL OR partnership_id = ANY (principal.scope));
    IF NOT FOUND THEN
        outcome := 'wave_not_found'; RETURN NEXT; RETURN;
    END IF;
    SELECT * INTO member FROM members WHERE id = p_member AND partnership_id = wave.partnership_id;
    IF NOT FOUND THEN
        outcome := 'member_not_found'; RETURN NEXT; RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || p_member::text, 0));
    SELECT * INTO existing FROM responses r
     WHERE r.wave_id = p_wave AND r.member_id = p_member FOR UPDATE;
    -- A replay of what is stored changes nothing, even after the wave
    -- closed: the client may only be retrying a reply it never received.
    IF FOUND AND existing.digest = p_digest THEN
        outcome := 'unchanged';
        revision := existing.revision;
        submitted_at := cacd_time(existing.submitted_at);
        detail := cacd_response_json(existing);
        RETURN NEXT; RETURN;
    END IF;
    IF NOT member.active THEN
        outcome := 'member_inactive'; RETURN NEXT; RETURN;
    END IF;
    IF cacd_wave_status(wave, now()) <> 'open' THEN
        outcome := 'wave_not_open';
        detail := json_build_object('status', cacd_wave_status(wave, now()));
        RETURN NEXT; RETURN;
    END IF;
    -- Unknown items, and the respondent's mean per dimension, in one look
    -- at the instrument.
    SELECT (SELECT array_agg(s.i ORDER BY s.i)
              FROM generate_subscripts(p_answers, 1) AS s(i)
             WHERE p_answers[s.i] IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM items i
                                WHERE i.instrument_id = wave.instrument_id AND i.number = s.i)),
           cacd_dimension_means(wave.instrument_id, p_values)
      INTO unknown, means;
    IF unknown IS NOT NULL THEN
        outcome := 'unknown_items';
        detail := to_json(unknown);
        RETURN NEXT; RETURN;
    END IF;

    IF existing.wave_id IS NOT NULL THEN
        INSERT INTO response_history (wave_id, member_id, revision, scale, comment, answers,
                                      submitted_at, withdrawn, source, token_id)
        VALUES (existing.wave_id, existing.member_id, existing.revision, existing.scale,
                existing.comment, existing.answers, existing.submitted_at, false,
                existing.source, existing.token_id);
        UPDATE responses r
           SET revision = r.revision + 1, scale = p_scale, comment = p_comment,
               digest = p_digest, submitted_at = now(), answers = p_answers,
               answer_values = p_values, dimension_means = means,
               group_role = member.role, group_sector = member.sector,
               source = cacd_response_source(principal.role), token_id = principal.id,
               counts_toward_k = cacd_counts_toward_k(principal.role, member)
         WHERE r.wave_id = p_wave AND r.member_id = p_member
         RETURNING * INTO stored;
        outcome := 'replaced';
    ELSE
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest,
                               answers, answer_values, dimension_means, group_role,
                               group_sector, source, token_id, counts_toward_k)
        VALUES (p_wave, p_member,
                (SELECT coalesce(max(h.revision), 0) + 1 FROM response_history h
                  WHERE h.wave_id = p_wave AND h.member_id = p_member),
                p_scale, p_comment, p_digest, p_answers, p_values, means,
                member.role, member.sector, cacd_response_source(principal.role),
                principal.id, cacd_counts_toward_k(principal.role, member))
        RETURNING * INTO stored;
        outcome := 'created';
        existing := NULL;
    END IF;
    -- the totals follow at COMMIT (cacd_responses_totals, below)
    revision := stored.revision;
    submitted_at := cacd_time(stored.submitted_at);
    detail := cacd_response_json(stored);
    RETURN NEXT;
END $$;

-- Whether a revision counts toward k (privacy rule 6c): entered by an
-- admin, or sent through the member's own claimed invitation by a member
-- an admin added, imported or confirmed. A coordinator's entry counts in
-- the numbers only: a coordinator could have made it up.
CREATE OR REPLACE FUNCTION cacd_counts_toward_k(p_role text, m members) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN p_role = 'admin' OR (p_role = 'respondent' AND m.confirmed);

-- Who entered a revision, by the role of the token that sent it.
CREATE OR REPLACE FUNCTION cacd_response_source(p_role text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE p_role WHEN 'respondent' THEN 'invitation'
                       WHEN 'coordinator' THEN 'coordinator'
                       ELSE 'admin' END;

-- Withdraws the member's response: kept in history, gone from the scores.
-- Outcomes: withdrawn, not_found, wave_closed. A closed wave's numbers are
-- published and never change (privacy rule 6a): taking a response out
-- would let anyone who read them before read that response by difference.
CREATE OR REPLACE FUNCTION cacd_withdraw_response(p_wave uuid, p_member uuid) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    existing responses;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || p_member::text, 0));
    SELECT * INTO existing FROM responses
     WHERE wave_id = p_wave AND member_id = p_member FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    IF (SELECT cacd_wave_status(w, now()) FROM waves w WHERE w.id = p_wave) = 'closed' THEN
        RETURN 'wave_closed';
    END IF;
    PERFORM cacd_response_archive(existing, true);
    DELETE FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    RETURN 'withdrawn';
END $$;

-- Recomputes a wave's totals from its stored responses, set-based: for
-- bulk loads and repairs.
CREATE OR REPLACE FUNCTION cacd_totals_rebuild(p_wave uuid) RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM wave_totals WHERE wave_id = p_wave;
        INSERT INTO wave_totals (wave_id, grouping, group_value, n_responses, item_n, item_sum,
                                 item_squares, dimension_n, dimension_sum, dimension_squares,
                                 overall_n, overall_sum, overall_squares)
        SELECT p_wave, g.grouping, g.group_value, count(*)::integer,
               cacd_vector_sum(i.n), cacd_vector_sum(i.total), cacd_vector_sum(i.squares),
               cacd_vector_sum(m.n), cacd_vector_sum(m.total), cacd_vector_sum(m.squares),
               count(o.mean)::integer, coalesce(sum(o.mean), 0),
               coalesce(sum(o.mean * o.mean), 0)
          FROM responses r
          CROSS JOIN LATERAL (VALUES ('all', ''), ('role', coalesce(r.group_role, '')),
                                     ('sector', coalesce(r.group_sector, '')))
                             AS g(grouping, group_value)
          CROSS JOIN LATERAL cacd_contribution(r.answer_values, 1) AS i
          CROSS JOIN LATERAL cacd_contribution(r.dimension_means, 1) AS m
          CROSS JOIN LATERAL (SELECT avg(v) AS mean FROM unnest(r.answer_values) AS v) AS o
         WHERE r.wave_id = p_wave
         GROUP BY g.grouping, g.group_value
         ORDER BY g.grouping, g.group_value;
    END;

-- A stored response's move in the totals, when its transaction commits.
-- Imports add their forms to the totals themselves, set-based, and mark
-- their transaction (cacd.totals = 'set'), so their rows pass.
CREATE OR REPLACE FUNCTION cacd_responses_totals() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM cacd_totals_change(NEW.wave_id, NULL, NEW);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM cacd_totals_change(NEW.wave_id, OLD, NEW);
    ELSE
        PERFORM cacd_totals_change(OLD.wave_id, OLD, NULL);
    END IF;
    RETURN NULL;
END $$;

-- The trigger is made here, not in a migration, so that it and the
-- functions above, which no longer move the totals themselves, change in
-- one transaction: no write is ever counted twice or not at all.
DROP TRIGGER IF EXISTS responses_totals ON responses;
CREATE CONSTRAINT TRIGGER responses_totals
    AFTER INSERT OR DELETE OR UPDATE OF answer_values, dimension_means, group_role, group_sector
    ON responses
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (coalesce(current_setting('cacd.totals', true), '') <> 'set')
    EXECUTE FUNCTION cacd_responses_totals();

-- Running totals behind the scores, so reading a wave costs O(items), not
-- O(answers). For each wave and group -- the whole wave ('all', ''), each
-- member role ('role', r) and sector ('sector', s) -- they hold:
--   per item: n, sum and sum of squares of its 0-100 values;
--   per dimension: the same over respondents' own dimension means;
--   the number of responses.
-- cacd_totals_apply adds (+1) or takes away (-1) one response, inside the
-- transaction that submits, replaces or withdraws it.

ALTER TABLE responses
    ADD COLUMN group_role text,    -- the member's role and sector when this
    ADD COLUMN group_sector text;  -- revision was counted, to take it away again

CREATE TABLE wave_item_totals (
    wave_id        uuid NOT NULL REFERENCES waves,
    grouping       text NOT NULL CHECK (grouping IN ('all', 'role', 'sector')),
    group_value    text NOT NULL,
    item_number    integer NOT NULL,
    n              bigint NOT NULL,
    total          double precision NOT NULL,
    total_squares  double precision NOT NULL,
    PRIMARY KEY (wave_id, grouping, group_value, item_number)
);

CREATE TABLE wave_dimension_totals (
    wave_id        uuid NOT NULL REFERENCES waves,
    grouping       text NOT NULL,
    group_value    text NOT NULL,
    dimension_key  text NOT NULL,
    n              bigint NOT NULL,
    total          double precision NOT NULL,
    total_squares  double precision NOT NULL,
    PRIMARY KEY (wave_id, grouping, group_value, dimension_key)
);

CREATE TABLE wave_group_counts (
    wave_id        uuid NOT NULL REFERENCES waves,
    grouping       text NOT NULL,
    group_value    text NOT NULL,
    n_responses    bigint NOT NULL,
    PRIMARY KEY (wave_id, grouping, group_value)
);

-- Rows are touched in key order, so concurrent submissions to one wave
-- queue on the same locks in the same order and never deadlock.
CREATE FUNCTION cacd_totals_apply(p_wave uuid, p_member uuid, p_sign integer) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    counted responses;
BEGIN
    SELECT * INTO counted FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    INSERT INTO wave_item_totals AS t (wave_id, grouping, group_value, item_number, n, total,
                                       total_squares)
    SELECT p_wave, g.grouping, g.group_value, a.item_number, p_sign, p_sign * a.value,
           p_sign * a.value * a.value
      FROM (VALUES ('all', ''), ('role', coalesce(counted.group_role, '')),
                   ('sector', coalesce(counted.group_sector, ''))) AS g(grouping, group_value),
           response_answers a
     WHERE a.wave_id = p_wave AND a.member_id = p_member AND a.value IS NOT NULL
     ORDER BY 2, 3, 4
    ON CONFLICT (wave_id, grouping, group_value, item_number) DO UPDATE
       SET n = t.n + excluded.n, total = t.total + excluded.total,
           total_squares = t.total_squares + excluded.total_squares;

    INSERT INTO wave_dimension_totals AS t (wave_id, grouping, group_value, dimension_key, n,
                                            total, total_squares)
    SELECT p_wave, g.grouping, g.group_value, m.dimension_key, p_sign, p_sign * m.mean,
           p_sign * m.mean * m.mean
      FROM (VALUES ('all', ''), ('role', coalesce(counted.group_role, '')),
                   ('sector', coalesce(counted.group_sector, ''))) AS g(grouping, group_value),
           (SELECT i.dimension_key, avg(a.value) AS mean
              FROM response_answers a
              JOIN waves w ON w.id = a.wave_id
              JOIN items i ON i.instrument_id = w.instrument_id AND i.number = a.item_number
             WHERE a.wave_id = p_wave AND a.member_id = p_member AND a.value IS NOT NULL
             GROUP BY i.dimension_key) AS m
     ORDER BY 2, 3, 4
    ON CONFLICT (wave_id, grouping, group_value, dimension_key) DO UPDATE
       SET n = t.n + excluded.n, total = t.total + excluded.total,
           total_squares = t.total_squares + excluded.total_squares;

    INSERT INTO wave_group_counts AS t (wave_id, grouping, group_value, n_responses)
    SELECT p_wave, g.grouping, g.group_value, p_sign
      FROM (VALUES ('all', ''), ('role', coalesce(counted.group_role, '')),
                   ('sector', coalesce(counted.group_sector, ''))) AS g(grouping, group_value)
     ORDER BY 2, 3
    ON CONFLICT (wave_id, grouping, group_value) DO UPDATE
       SET n_responses = t.n_responses + excluded.n_responses;
END $$;

-- One submission, all or nothing. Outcomes: created, replaced, unchanged,
-- wave_not_found, member_not_found, member_inactive, wave_not_open,
-- unknown_items (body lists them). scope NULL = every partnership.
CREATE FUNCTION cacd_submit_response(p_wave uuid, p_member uuid, p_scope uuid[],
        p_scale text, p_items integer[], p_raw integer[], p_values double precision[],
        p_comment text, p_digest text)
    RETURNS TABLE (outcome text, body json)
    LANGUAGE plpgsql AS $$
DECLARE
    wave waves;
    member members;
    existing responses;
    unknown integer[];
    next_revision integer;
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
    -- One submission per member and wave at a time; others wait here.
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || p_member::text, 0));
    SELECT * INTO existing FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    -- A replay of what is stored changes nothing, even after the wave
    -- closed: the client may only be retrying a reply it never received.
    IF FOUND AND existing.digest = p_digest THEN
        RETURN QUERY SELECT 'unchanged', cacd_response_json(existing); RETURN;
    END IF;
    IF NOT member.active THEN
        RETURN QUERY SELECT 'member_inactive', NULL::json; RETURN;
    END IF;
    IF cacd_wave_status(wave, now()) <> 'open' THEN
        RETURN QUERY SELECT 'wave_not_open', json_build_object('status', cacd_wave_status(wave, now()));
        RETURN;
    END IF;
    SELECT array_agg(x ORDER BY x) INTO unknown FROM unnest(p_items) AS x
     WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.instrument_id = wave.instrument_id AND i.number = x);
    IF unknown IS NOT NULL THEN
        RETURN QUERY SELECT 'unknown_items', to_json(unknown); RETURN;
    END IF;

    IF existing.wave_id IS NOT NULL THEN
        PERFORM cacd_totals_apply(p_wave, p_member, -1);
        PERFORM cacd_response_archive(existing, false);
        DELETE FROM response_answers WHERE wave_id = p_wave AND member_id = p_member;
        UPDATE responses SET revision = revision + 1, scale = p_scale, comment = p_comment,
                             digest = p_digest, submitted_at = now(),
                             group_role = member.role, group_sector = member.sector
         WHERE wave_id = p_wave AND member_id = p_member
         RETURNING * INTO existing;
        outcome := 'replaced';
    ELSE
        SELECT coalesce(max(revision), 0) + 1 INTO next_revision FROM response_history
         WHERE wave_id = p_wave AND member_id = p_member;
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest,
                               group_role, group_sector)
        VALUES (p_wave, p_member, next_revision, p_scale, p_comment, p_digest,
                member.role, member.sector)
        RETURNING * INTO existing;
        outcome := 'created';
    END IF;
    INSERT INTO response_answers (wave_id, member_id, item_number, raw_value, value)
    SELECT p_wave, p_member, a.item, a.raw, a.value
      FROM unnest(p_items, p_raw, p_values) AS a(item, raw, value);
    PERFORM cacd_totals_apply(p_wave, p_member, 1);
    body := cacd_response_json(existing);
    RETURN NEXT;
END $$;

-- Withdraws the member's response: kept in history, gone from the scores.
CREATE FUNCTION cacd_withdraw_response(p_wave uuid, p_member uuid) RETURNS boolean
    LANGUAGE plpgsql AS $$
DECLARE
    existing responses;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_wave::text || p_member::text, 0));
    SELECT * INTO existing FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM cacd_totals_apply(p_wave, p_member, -1);
    PERFORM cacd_response_archive(existing, true);
    DELETE FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    RETURN true;
END $$;

-- Recomputes a wave's totals from its stored answers, set-based: for
-- bulk loads and repairs. (Applying responses one by one inside a single
-- transaction would update the same rows thousands of times over.)
CREATE FUNCTION cacd_totals_rebuild(p_wave uuid) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM wave_item_totals WHERE wave_id = p_wave;
    DELETE FROM wave_dimension_totals WHERE wave_id = p_wave;
    DELETE FROM wave_group_counts WHERE wave_id = p_wave;

    CREATE TEMPORARY TABLE rebuild_groups ON COMMIT DROP AS
    SELECT r.member_id, g.grouping, g.group_value
      FROM responses r,
           LATERAL (VALUES ('all', ''), ('role', coalesce(r.group_role, '')),
                           ('sector', coalesce(r.group_sector, ''))) AS g(grouping, group_value)
     WHERE r.wave_id = p_wave;

    INSERT INTO wave_group_counts (wave_id, grouping, group_value, n_responses)
    SELECT p_wave, grouping, group_value, count(*) FROM rebuild_groups GROUP BY 2, 3;

    INSERT INTO wave_item_totals (wave_id, grouping, group_value, item_number, n, total,
                                  total_squares)
    SELECT p_wave, g.grouping, g.group_value, a.item_number, count(*), sum(a.value),
           sum(a.value * a.value)
      FROM rebuild_groups g
      JOIN response_answers a ON a.wave_id = p_wave AND a.member_id = g.member_id
     WHERE a.value IS NOT NULL
     GROUP BY 2, 3, 4;

    INSERT INTO wave_dimension_totals (wave_id, grouping, group_value, dimension_key, n, total,
                                       total_squares)
    SELECT p_wave, m.grouping, m.group_value, m.dimension_key, count(*), sum(m.mean),
           sum(m.mean * m.mean)
      FROM (SELECT g.grouping, g.group_value, g.member_id, i.dimension_key, avg(a.value) AS mean
              FROM rebuild_groups g
              JOIN response_answers a ON a.wave_id = p_wave AND a.member_id = g.member_id
              JOIN waves w ON w.id = p_wave
              JOIN items i ON i.instrument_id = w.instrument_id AND i.number = a.item_number
             WHERE a.value IS NOT NULL
             GROUP BY 1, 2, 3, 4) AS m
     GROUP BY 2, 3, 4;
    DROP TABLE rebuild_groups;
END $$;

-- Responses stored before this migration are counted now.
UPDATE responses r SET group_role = m.role, group_sector = m.sector
  FROM members m WHERE m.id = r.member_id;
SELECT cacd_totals_rebuild(id) FROM waves;

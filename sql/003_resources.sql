-- How each resource looks in the API, and the submission of responses as
-- one transaction. Handlers call these so each request is one statement.

CREATE FUNCTION cacd_neighbourhood_json(n neighbourhoods) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', n.id, 'code', n.code, 'code_year', n.code_year,
        'name', n.name, 'municipality_code', n.municipality_code, 'ses_score', n.ses_score,
        'created_at', cacd_time(n.created_at), 'updated_at', cacd_time(n.updated_at));

CREATE FUNCTION cacd_partnership_json(p partnerships) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', p.id, 'name', p.name, 'neighbourhood_id', p.neighbourhood_id,
        'description', p.description, 'archived', p.archived_at IS NOT NULL,
        'archived_at', cacd_time(p.archived_at),
        'created_at', cacd_time(p.created_at), 'updated_at', cacd_time(p.updated_at));

CREATE FUNCTION cacd_member_json(m members) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', m.id, 'partnership_id', m.partnership_id, 'label', m.label,
        'organisation', m.organisation, 'sector', m.sector, 'role', m.role,
        'active', m.active, 'deactivated_at', cacd_time(m.deactivated_at),
        'created_at', cacd_time(m.created_at), 'updated_at', cacd_time(m.updated_at));

CREATE FUNCTION cacd_wave_status(w waves, at timestamptz) RETURNS text
    LANGUAGE sql STABLE
    RETURN CASE WHEN w.closed_at IS NOT NULL OR at >= w.closes_at THEN 'closed'
                WHEN at < w.opens_at THEN 'scheduled'
                ELSE 'open' END;

-- n_members counts the partnership's active members; response_rate is
-- n_responses / n_members, null while there are no members.
CREATE FUNCTION cacd_wave_json(w waves) RETURNS json
    LANGUAGE sql STABLE
    RETURN (
        SELECT json_build_object('id', w.id, 'partnership_id', w.partnership_id,
            'label', w.label, 'instrument', i.key,
            'opens_at', cacd_time(w.opens_at), 'closes_at', cacd_time(w.closes_at),
            'closed_at', cacd_time(w.closed_at), 'status', cacd_wave_status(w, now()),
            'n_members', c.members, 'n_responses', c.responses,
            'response_rate', CASE WHEN c.members > 0
                                  THEN c.responses::double precision / c.members END,
            'created_at', cacd_time(w.created_at))
        FROM instruments i,
             LATERAL (SELECT (SELECT count(*) FROM members m
                               WHERE m.partnership_id = w.partnership_id AND m.active) AS members,
                             (SELECT count(*) FROM responses r
                               WHERE r.wave_id = w.id) AS responses) AS c
        WHERE i.id = w.instrument_id);

CREATE FUNCTION cacd_response_json(r responses) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('wave_id', r.wave_id, 'member_id', r.member_id,
        'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at), 'scale', r.scale,
        'answers', (SELECT coalesce(json_object_agg(a.item_number::text, a.value
                                                    ORDER BY a.item_number), '{}')
                      FROM response_answers a
                     WHERE a.wave_id = r.wave_id AND a.member_id = r.member_id),
        'comment', r.comment);

-- Keeps a revision that is about to be replaced or withdrawn.
CREATE FUNCTION cacd_response_archive(r responses, is_withdrawal boolean) RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
        INSERT INTO response_history (wave_id, member_id, revision, scale, comment, answers,
                                      submitted_at, withdrawn)
        SELECT r.wave_id, r.member_id, r.revision, r.scale, r.comment,
               (SELECT coalesce(jsonb_object_agg(a.item_number::text, a.raw_value), '{}')
                  FROM response_answers a
                 WHERE a.wave_id = r.wave_id AND a.member_id = r.member_id),
               r.submitted_at, is_withdrawal;
    END;

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
        PERFORM cacd_response_archive(existing, false);
        DELETE FROM response_answers WHERE wave_id = p_wave AND member_id = p_member;
        UPDATE responses SET revision = revision + 1, scale = p_scale, comment = p_comment,
                             digest = p_digest, submitted_at = now()
         WHERE wave_id = p_wave AND member_id = p_member
         RETURNING * INTO existing;
        outcome := 'replaced';
    ELSE
        SELECT coalesce(max(revision), 0) + 1 INTO next_revision FROM response_history
         WHERE wave_id = p_wave AND member_id = p_member;
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest)
        VALUES (p_wave, p_member, next_revision, p_scale, p_comment, p_digest)
        RETURNING * INTO existing;
        outcome := 'created';
    END IF;
    INSERT INTO response_answers (wave_id, member_id, item_number, raw_value, value)
    SELECT p_wave, p_member, a.item, a.raw, a.value
      FROM unnest(p_items, p_raw, p_values) AS a(item, raw, value);
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
    PERFORM cacd_response_archive(existing, true);
    DELETE FROM responses WHERE wave_id = p_wave AND member_id = p_member;
    RETURN true;
END $$;

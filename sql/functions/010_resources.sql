-- How each resource looks in the API. Re-created by every migrate, in one
-- transaction with the other files here, so they can change without a
-- migration. (First defined by migrations 001 and 003.)

-- RFC 3339 in UTC for every time the API returns.
CREATE OR REPLACE FUNCTION cacd_time(t timestamptz) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    RETURN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');

CREATE OR REPLACE FUNCTION cacd_neighbourhood_json(n neighbourhoods) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', n.id, 'code', n.code, 'code_year', n.code_year,
        'name', n.name, 'municipality_code', n.municipality_code, 'ses_score', n.ses_score,
        'created_at', cacd_time(n.created_at), 'updated_at', cacd_time(n.updated_at));

CREATE OR REPLACE FUNCTION cacd_partnership_json(p partnerships) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', p.id, 'name', p.name, 'neighbourhood_id', p.neighbourhood_id,
        'description', p.description, 'contact', p.contact,
        'archived', p.archived_at IS NOT NULL,
        'archived_at', cacd_time(p.archived_at),
        'created_at', cacd_time(p.created_at), 'updated_at', cacd_time(p.updated_at));

CREATE OR REPLACE FUNCTION cacd_member_json(m members) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', m.id, 'partnership_id', m.partnership_id, 'label', m.label,
        'organisation', m.organisation, 'sector', m.sector, 'role', m.role,
        'active', m.active, 'deactivated_at', cacd_time(m.deactivated_at),
        'confirmed', m.confirmed, 'confirmed_at', cacd_time(m.confirmed_at),
        'created_at', cacd_time(m.created_at), 'updated_at', cacd_time(m.updated_at));

-- A paper round (paper_entry) stays open for its forms until it is closed
-- explicitly, though its dates lie in the past.
CREATE OR REPLACE FUNCTION cacd_wave_status(w waves, at timestamptz) RETURNS text
    LANGUAGE sql STABLE
    RETURN CASE WHEN w.closed_at IS NOT NULL THEN 'closed'
                WHEN w.paper_entry THEN 'open'
                WHEN at >= w.closes_at THEN 'closed'
                WHEN at < w.opens_at THEN 'scheduled'
                ELSE 'open' END;

-- n_members counts the partnership's active members; response_rate is
-- n_responses / n_members, null while there are no members.
CREATE OR REPLACE FUNCTION cacd_wave_json(w waves) RETURNS json
    LANGUAGE sql STABLE
    RETURN (
        SELECT json_build_object('id', w.id, 'partnership_id', w.partnership_id,
            'label', w.label, 'instrument', i.key,
            'opens_at', cacd_time(w.opens_at), 'closes_at', cacd_time(w.closes_at),
            'closed_at', cacd_time(w.closed_at), 'status', cacd_wave_status(w, now()),
            'paper_entry', w.paper_entry, 'form_scale', w.form_scale,
            'n_members', c.members, 'n_responses', c.responses,
            'n_toward_k', c.toward_k, 'n_invited', c.invited, 'n_claimed', c.claimed,
            'response_rate', CASE WHEN c.members > 0
                                  THEN c.responses::double precision / c.members END,
            'created_at', cacd_time(w.created_at), 'updated_at', cacd_time(w.updated_at))
        FROM instruments i,
             LATERAL (SELECT (SELECT count(*) FROM members m
                               WHERE m.partnership_id = w.partnership_id AND m.active) AS members,
                             (SELECT count(*) FROM responses r
                               WHERE r.wave_id = w.id) AS responses,
                             (SELECT count(*) FROM responses r
                               WHERE r.wave_id = w.id AND r.counts_toward_k) AS toward_k,
                             (SELECT count(DISTINCT member_id) FROM invitations v
                               WHERE v.wave_id = w.id) AS invited,
                             (SELECT count(DISTINCT member_id) FROM invitations v
                               WHERE v.wave_id = w.id AND v.claimed_at IS NOT NULL) AS claimed) AS c
        WHERE i.id = w.instrument_id);

-- An instrument with its dimensions, items and answer scales; label fields
-- in p_language ('en' or 'nl').
CREATE OR REPLACE FUNCTION cacd_instrument_json(i instruments, p_language text) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object(
        'key', i.key,
        'title', json_build_object('en', i.title_en, 'nl', i.title_nl),
        'label', CASE p_language WHEN 'nl' THEN i.title_nl ELSE i.title_en END,
        'source', i.source,
        'scale', json_build_object('min', i.score_min, 'max', i.score_max),
        'dimensions', (
            SELECT json_agg(json_build_object(
                       'key', d.key, 'position', d.position,
                       'name', json_build_object('en', d.name_en, 'nl', d.name_nl),
                       'label', CASE p_language WHEN 'nl' THEN d.name_nl ELSE d.name_en END,
                       'items', (SELECT json_agg(t.number ORDER BY t.number) FROM items t
                                  WHERE t.instrument_id = i.id AND t.dimension_key = d.key))
                   ORDER BY d.position)
              FROM dimensions d WHERE d.instrument_id = i.id),
        'items', (
            SELECT json_agg(json_build_object(
                       'number', t.number, 'dimension', t.dimension_key,
                       'text', json_build_object('en', t.text_en, 'nl', t.text_nl),
                       'label', CASE p_language WHEN 'nl' THEN t.text_nl ELSE t.text_en END)
                   ORDER BY t.number)
              FROM items t WHERE t.instrument_id = i.id),
        'answer_scales', (
            SELECT json_object_agg(s.key, json_build_object(
                       'description', s.description, 'min', s.minimum, 'max', s.maximum,
                       'to_percent', s.to_percent, 'labels', s.labels)
                   ORDER BY s.key)
              FROM answer_scales s));

-- A PATCH of a wave's label and dates. Published numbers never change, so a
-- closed wave keeps its dates; an open wave may be extended but not moved
-- back to scheduled, nor closed by moving closes_at into the past (closing
-- is POST /close). State 'ok' with the wave, or why not.
CREATE OR REPLACE FUNCTION cacd_wave_update(p_wave uuid, p_scope uuid[], p_changes jsonb)
    RETURNS TABLE (state text, body text)
    LANGUAGE plpgsql AS $$
DECLARE
    w waves;
    status text;
    opens timestamptz;
    closes timestamptz;
BEGIN
    SELECT * INTO w FROM waves
     WHERE id = p_wave AND (p_scope IS NULL OR partnership_id = ANY (p_scope)) FOR UPDATE;
    IF NOT FOUND THEN
        state := 'not_found'; RETURN NEXT; RETURN;
    END IF;
    status := cacd_wave_status(w, now());
    opens := coalesce((p_changes->>'opens_at')::timestamptz, w.opens_at);
    closes := coalesce((p_changes->>'closes_at')::timestamptz, w.closes_at);
    IF opens IS DISTINCT FROM w.opens_at OR closes IS DISTINCT FROM w.closes_at THEN
        IF status = 'closed' THEN
            state := 'closed';
        ELSIF closes <= opens THEN
            state := 'closes_before_opens';
        ELSIF status = 'open' AND opens > now() AND NOT w.paper_entry THEN
            state := 'reopens_later';
        ELSIF closes <= now() AND NOT w.paper_entry THEN
            state := 'closes_in_past';
        END IF;
        IF state IS NOT NULL THEN
            RETURN NEXT; RETURN;
        END IF;
    END IF;
    UPDATE waves SET label = coalesce(p_changes->>'label', label), opens_at = opens,
                     closes_at = closes, updated_at = now()
     WHERE id = w.id RETURNING * INTO w;
    state := 'ok';
    body := cacd_wave_json(w)::text;
    RETURN NEXT;
END $$;

-- Deletes a wave made by mistake, with its invitations and empty totals;
-- a wave that ever held a response is kept ('has_responses'), so no answer
-- is lost and no published trend changes.
CREATE OR REPLACE FUNCTION cacd_wave_delete(p_wave uuid, p_scope uuid[]) RETURNS text
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM waves
      WHERE id = p_wave AND (p_scope IS NULL OR partnership_id = ANY (p_scope)) FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    IF EXISTS (SELECT 1 FROM responses WHERE wave_id = p_wave)
       OR EXISTS (SELECT 1 FROM response_history WHERE wave_id = p_wave) THEN
        RETURN 'has_responses';
    END IF;
    DELETE FROM invitations WHERE wave_id = p_wave;
    DELETE FROM tokens WHERE wave_id = p_wave;
    DELETE FROM wave_totals WHERE wave_id = p_wave;
    DELETE FROM waves WHERE id = p_wave;
    RETURN 'deleted';
END $$;

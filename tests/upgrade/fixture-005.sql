--
-- PostgreSQL database dump
--

\restrict rb8fSNbCPgBHw9qqcFetEygdblLdTdRcMadpU8chMjH8JBiH8Qb03bgH7Z6D4cf

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: dimensions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dimensions (
    instrument_id uuid NOT NULL,
    key text NOT NULL,
    "position" integer NOT NULL,
    name_en text NOT NULL,
    name_nl text NOT NULL,
    CONSTRAINT dimensions_key_check CHECK ((key ~ '^[a-z0-9_]{1,40}$'::text)),
    CONSTRAINT dimensions_position_check CHECK (("position" > 0))
);


--
-- Name: items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.items (
    instrument_id uuid NOT NULL,
    number integer NOT NULL,
    dimension_key text NOT NULL,
    text_en text NOT NULL,
    text_nl text NOT NULL,
    CONSTRAINT items_number_check CHECK ((number > 0))
);


--
-- Name: cacd_layout_json(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_layout_json(p_instrument uuid) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('dimensions', (SELECT json_agg(d.key ORDER BY d."position") AS json_agg FROM public.dimensions d WHERE (d.instrument_id = cacd_layout_json.p_instrument)), 'items', (SELECT json_agg(json_build_array(i.number, i.dimension_key) ORDER BY i.number) AS json_agg FROM public.items i WHERE (i.instrument_id = cacd_layout_json.p_instrument)));


--
-- Name: cacd_time(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_time(t timestamp with time zone) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_char((t AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'::text);


--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    partnership_id uuid NOT NULL,
    label text NOT NULL,
    organisation text,
    sector text NOT NULL,
    role text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    deactivated_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT members_label_check CHECK (((length(label) >= 1) AND (length(label) <= 100))),
    CONSTRAINT members_role_check CHECK ((role = ANY (ARRAY['professional'::text, 'coproducer'::text, 'coordinator'::text, 'volunteer'::text, 'other'::text]))),
    CONSTRAINT members_sector_check CHECK ((sector = ANY (ARRAY['health_care'::text, 'mental_health'::text, 'social_care'::text, 'welfare'::text, 'municipality'::text, 'police'::text, 'housing'::text, 'education'::text, 'citizen'::text, 'other'::text])))
);


--
-- Name: cacd_member_json(public.members); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_member_json(m public.members) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', (m).id, 'partnership_id', (m).partnership_id, 'label', (m).label, 'organisation', (m).organisation, 'sector', (m).sector, 'role', (m).role, 'active', (m).active, 'deactivated_at', public.cacd_time((m).deactivated_at), 'created_at', public.cacd_time((m).created_at), 'updated_at', public.cacd_time((m).updated_at));


--
-- Name: neighbourhoods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.neighbourhoods (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    code text,
    code_year integer,
    name text NOT NULL,
    municipality_code text,
    ses_score double precision,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT neighbourhoods_code_check CHECK ((code ~ '^(GM[0-9A-Z]{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$'::text)),
    CONSTRAINT neighbourhoods_code_year_check CHECK (((code_year >= 1900) AND (code_year <= 2200))),
    CONSTRAINT neighbourhoods_municipality_code_check CHECK ((municipality_code ~ '^GM[0-9A-Z]{4}$'::text)),
    CONSTRAINT neighbourhoods_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200)))
);


--
-- Name: cacd_neighbourhood_json(public.neighbourhoods); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_neighbourhood_json(n public.neighbourhoods) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', (n).id, 'code', (n).code, 'code_year', (n).code_year, 'name', (n).name, 'municipality_code', (n).municipality_code, 'ses_score', (n).ses_score, 'created_at', public.cacd_time((n).created_at), 'updated_at', public.cacd_time((n).updated_at));


--
-- Name: partnerships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partnerships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    neighbourhood_id uuid,
    description text,
    archived_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT partnerships_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200)))
);


--
-- Name: cacd_partnership_json(public.partnerships); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_partnership_json(p public.partnerships) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('id', (p).id, 'name', (p).name, 'neighbourhood_id', (p).neighbourhood_id, 'description', (p).description, 'archived', ((p).archived_at IS NOT NULL), 'archived_at', public.cacd_time((p).archived_at), 'created_at', public.cacd_time((p).created_at), 'updated_at', public.cacd_time((p).updated_at));


--
-- Name: response_answers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.response_answers (
    wave_id uuid NOT NULL,
    member_id uuid NOT NULL,
    item_number integer NOT NULL,
    raw_value integer,
    value double precision,
    CONSTRAINT response_answers_check CHECK (((raw_value IS NULL) = (value IS NULL))),
    CONSTRAINT response_answers_value_check CHECK (((value >= (0)::double precision) AND (value <= (100)::double precision)))
);


--
-- Name: response_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.response_history (
    wave_id uuid NOT NULL,
    member_id uuid NOT NULL,
    revision integer NOT NULL,
    scale text NOT NULL,
    comment text,
    answers jsonb NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone DEFAULT now() NOT NULL,
    withdrawn boolean NOT NULL
);


--
-- Name: responses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.responses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    wave_id uuid NOT NULL,
    member_id uuid NOT NULL,
    revision integer NOT NULL,
    scale text NOT NULL,
    comment text,
    digest text NOT NULL,
    submitted_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    group_role text,
    group_sector text,
    CONSTRAINT responses_revision_check CHECK ((revision >= 1))
);


--
-- Name: cacd_response_archive(public.responses, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_response_archive(r public.responses, is_withdrawal boolean) RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
 INSERT INTO public.response_history (wave_id, member_id, revision, scale, comment, answers, submitted_at, withdrawn)  SELECT (cacd_response_archive.r).wave_id AS wave_id,
             (cacd_response_archive.r).member_id AS member_id,
             (cacd_response_archive.r).revision AS revision,
             (cacd_response_archive.r).scale AS scale,
             (cacd_response_archive.r).comment AS comment,
             ( SELECT COALESCE(jsonb_object_agg((a.item_number)::text, a.raw_value), '{}'::jsonb) AS "coalesce"
                    FROM public.response_answers a
                   WHERE ((a.wave_id = (cacd_response_archive.r).wave_id) AND (a.member_id = (cacd_response_archive.r).member_id))) AS "coalesce",
             (cacd_response_archive.r).submitted_at AS submitted_at,
             cacd_response_archive.is_withdrawal AS is_withdrawal;
END;


--
-- Name: cacd_response_json(public.responses); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_response_json(r public.responses) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('wave_id', (r).wave_id, 'member_id', (r).member_id, 'revision', (r).revision, 'submitted_at', public.cacd_time((r).submitted_at), 'scale', (r).scale, 'answers', (SELECT COALESCE(json_object_agg((a.item_number)::text, a.value ORDER BY a.item_number), '{}'::json) AS "coalesce" FROM public.response_answers a WHERE ((a.wave_id = (cacd_response_json.r).wave_id) AND (a.member_id = (cacd_response_json.r).member_id))), 'comment', (r).comment);


--
-- Name: cacd_submit_response(uuid, uuid, uuid[], text, integer[], integer[], double precision[], text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_submit_response(p_wave uuid, p_member uuid, p_scope uuid[], p_scale text, p_items integer[], p_raw integer[], p_values double precision[], p_comment text, p_digest text) RETURNS TABLE(outcome text, body json)
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: cacd_totals_apply(uuid, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_totals_apply(p_wave uuid, p_member uuid, p_sign integer) RETURNS void
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: wave_dimension_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wave_dimension_totals (
    wave_id uuid NOT NULL,
    "grouping" text NOT NULL,
    group_value text NOT NULL,
    dimension_key text NOT NULL,
    n bigint NOT NULL,
    total double precision NOT NULL,
    total_squares double precision NOT NULL
);


--
-- Name: wave_group_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wave_group_counts (
    wave_id uuid NOT NULL,
    "grouping" text NOT NULL,
    group_value text NOT NULL,
    n_responses bigint NOT NULL
);


--
-- Name: wave_item_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wave_item_totals (
    wave_id uuid NOT NULL,
    "grouping" text NOT NULL,
    group_value text NOT NULL,
    item_number integer NOT NULL,
    n bigint NOT NULL,
    total double precision NOT NULL,
    total_squares double precision NOT NULL,
    CONSTRAINT wave_item_totals_grouping_check CHECK (("grouping" = ANY (ARRAY['all'::text, 'role'::text, 'sector'::text])))
);


--
-- Name: cacd_totals_json(uuid, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_totals_json(p_wave uuid, p_grouping text) RETURNS json
    LANGUAGE sql STABLE
    RETURN (SELECT COALESCE(json_agg(json_build_object('grouping', c."grouping", 'group', c.group_value, 'n_responses', c.n_responses, 'items', (SELECT COALESCE(json_agg(json_build_array(t.item_number, t.n, t.total, t.total_squares)), '[]'::json) AS "coalesce" FROM public.wave_item_totals t WHERE ((t.wave_id = c.wave_id) AND (t."grouping" = c."grouping") AND (t.group_value = c.group_value) AND (t.n > 0))), 'dimensions', (SELECT COALESCE(json_agg(json_build_array(t.dimension_key, t.n, t.total, t.total_squares)), '[]'::json) AS "coalesce" FROM public.wave_dimension_totals t WHERE ((t.wave_id = c.wave_id) AND (t."grouping" = c."grouping") AND (t.group_value = c.group_value) AND (t.n > 0)))) ORDER BY c."grouping", c.group_value), '[]'::json) AS "coalesce" FROM public.wave_group_counts c WHERE ((c.wave_id = cacd_totals_json.p_wave) AND (c.n_responses > 0) AND ((c."grouping" = 'all'::text) OR (c."grouping" = cacd_totals_json.p_grouping))));


--
-- Name: cacd_totals_rebuild(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_totals_rebuild(p_wave uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: waves; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.waves (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    partnership_id uuid NOT NULL,
    instrument_id uuid NOT NULL,
    label text NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT waves_check CHECK ((closes_at > opens_at)),
    CONSTRAINT waves_label_check CHECK (((length(label) >= 1) AND (length(label) <= 100)))
);


--
-- Name: cacd_wave_status(public.waves, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_status(w public.waves, at timestamp with time zone) RETURNS text
    LANGUAGE sql STABLE
    RETURN CASE WHEN (((w).closed_at IS NOT NULL) OR (at >= (w).closes_at)) THEN 'closed'::text WHEN (at < (w).opens_at) THEN 'scheduled'::text ELSE 'open'::text END;


--
-- Name: instruments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instruments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    key text NOT NULL,
    title_en text NOT NULL,
    title_nl text NOT NULL,
    source text NOT NULL,
    score_min integer NOT NULL,
    score_max integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT instruments_check CHECK ((score_max > score_min)),
    CONSTRAINT instruments_key_check CHECK ((key ~ '^[a-z0-9_-]{1,40}$'::text))
);


--
-- Name: cacd_wave_json(public.waves); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_json(w public.waves) RETURNS json
    LANGUAGE sql STABLE
    RETURN (SELECT json_build_object('id', (cacd_wave_json.w).id, 'partnership_id', (cacd_wave_json.w).partnership_id, 'label', (cacd_wave_json.w).label, 'instrument', i.key, 'opens_at', public.cacd_time((cacd_wave_json.w).opens_at), 'closes_at', public.cacd_time((cacd_wave_json.w).closes_at), 'closed_at', public.cacd_time((cacd_wave_json.w).closed_at), 'status', public.cacd_wave_status(cacd_wave_json.w, now()), 'n_members', c.members, 'n_responses', c.responses, 'response_rate', CASE WHEN (c.members > 0) THEN ((c.responses)::double precision / (c.members)::double precision) ELSE NULL::double precision END, 'created_at', public.cacd_time((cacd_wave_json.w).created_at)) AS json_build_object FROM public.instruments i, LATERAL (SELECT (SELECT count(*) AS count FROM public.members m WHERE ((m.partnership_id = (cacd_wave_json.w).partnership_id) AND m.active)) AS members, (SELECT count(*) AS count FROM public.responses r WHERE (r.wave_id = (cacd_wave_json.w).id)) AS responses) c WHERE (i.id = (cacd_wave_json.w).instrument_id));


--
-- Name: cacd_wave_scores_json(public.waves, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_scores_json(w public.waves, p_grouping text) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('wave_id', (w).id, 'partnership_id', (w).partnership_id, 'label', (w).label, 'opens_at', public.cacd_time((w).opens_at), 'instrument_id', (w).instrument_id, 'totals', public.cacd_totals_json((w).id, p_grouping));


--
-- Name: cacd_withdraw_response(uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_withdraw_response(p_wave uuid, p_member uuid) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: answer_scales; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.answer_scales (
    key text NOT NULL,
    description text NOT NULL,
    minimum integer NOT NULL,
    maximum integer NOT NULL,
    to_percent text NOT NULL,
    labels jsonb,
    CONSTRAINT answer_scales_check CHECK ((maximum > minimum))
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    token_hash text NOT NULL,
    role text NOT NULL,
    partnership_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    label text,
    member_id uuid,
    wave_id uuid,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tokens_check CHECK (((role = 'respondent'::text) = ((member_id IS NOT NULL) AND (wave_id IS NOT NULL)))),
    CONSTRAINT tokens_role_check CHECK ((role = ANY (ARRAY['admin'::text, 'coordinator'::text, 'viewer'::text, 'respondent'::text])))
);


--
-- Data for Name: answer_scales; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.answer_scales (key, description, minimum, maximum, to_percent, labels) FROM stdin;
agree4	the checklist's own four answer categories	1	4	(v-1)*100/3	{"1": "nee / no", "2": "eerder niet / rather not", "3": "eerder wel / rather yes", "4": "ja / yes"}
likert5	five-point agreement scale	1	5	(v-1)*25	\N
percent	a 0-100 score, as published item scores are	0	100	v	\N
\.


--
-- Data for Name: dimensions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dimensions (instrument_id, key, "position", name_en, name_nl) FROM stdin;
b91cf962-9051-491d-9c81-f6f621706616	general	1	General	Algemeen
b91cf962-9051-491d-9c81-f6f621706616	suitability	2	Suitability of the partners	Geschiktheid van de partners
b91cf962-9051-491d-9c81-f6f621706616	task	3	Task dimension	Taakdimensie
b91cf962-9051-491d-9c81-f6f621706616	relation	4	Relation dimension	Relatiedimensie
b91cf962-9051-491d-9c81-f6f621706616	growth	5	Growth dimension	Groeidimensie
b91cf962-9051-491d-9c81-f6f621706616	visibility	6	Visibility dimension	Zichtbaarheidsdimensie
\.


--
-- Data for Name: instruments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instruments (id, key, title_en, title_nl, source, score_min, score_max, created_at) FROM stdin;
b91cf962-9051-491d-9c81-f6f621706616	cac	Coordinated Action Checklist	Checklist Gecoördineerde Actie	Wagemakers A, Koelen MA, Lezwijn J, Vaandrager L. Coordinated action checklist: a tool for partnerships to facilitate and evaluate community health promotion. Global Health Promotion 2010;17(3):17-28. Item wording as printed in van Lammeren R, Schalk J, van der Pas S, Bussemaker J. Int J Environ Res Public Health 2025;22(6):954, Appendix A. Dutch wording of items 1-21 as on a Dutch project-group sheet of the checklist (the end of item 21 completed); items 22-26 in Dutch are translations of the English wording.	0	100	2026-11-23 16:04:20.07925+00
\.


--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.items (instrument_id, number, dimension_key, text_en, text_nl) FROM stdin;
b91cf962-9051-491d-9c81-f6f621706616	1	general	The collaboration is an asset to health promotion (including welfare)	Het netwerk is een aanwinst voor gezondheidsbevordering.
b91cf962-9051-491d-9c81-f6f621706616	2	suitability	To realize the goals of the collaboration, the right people are involved	Om het doel van het netwerk te bereiken zijn de juiste mensen in het netwerk vertegenwoordigd.
b91cf962-9051-491d-9c81-f6f621706616	3	suitability	Equity of the partners is essential for good collaboration	Goede samenwerking in het netwerk staat of valt met de gelijkwaardigheid van de partners.
b91cf962-9051-491d-9c81-f6f621706616	4	suitability	The contribution of the different members is to everyone's full satisfaction	De inbreng van de verschillende betrokkenen is naar volle tevredenheid.
b91cf962-9051-491d-9c81-f6f621706616	5	suitability	I have a special interest in participating in this collaboration because of my position or organization	Ik heb er vanuit mijn functie/organisatie direct belang bij betrokken te zijn/te werken binnen het netwerk.
b91cf962-9051-491d-9c81-f6f621706616	6	suitability	I can contribute to the collaboration in a satisfactory way (time, resources, etc.)	Ik ben in staat mij voldoende in te zetten (tijd, middelen) voor het netwerk.
b91cf962-9051-491d-9c81-f6f621706616	7	suitability	I feel strongly involved in this partnership	Ik voel mij betrokken bij het netwerk.
b91cf962-9051-491d-9c81-f6f621706616	8	suitability	I can contribute constructively to the collaboration because of my expertise	Ik kan een deskundige bijdrage leveren aan het netwerk.
b91cf962-9051-491d-9c81-f6f621706616	9	task	There is agreement on the mission, the goal and the planning within the partnership	Er is overeenstemming onder betrokkenen over de missie, het doel en de planning.
b91cf962-9051-491d-9c81-f6f621706616	10	task	The partnership achieves regular (small) successes	Het netwerk boekt tussentijds (kleine) successen.
b91cf962-9051-491d-9c81-f6f621706616	11	task	The partnership functions well (working structure, working methods)	Het netwerk functioneert goed (werkstructuur, werkmethode).
b91cf962-9051-491d-9c81-f6f621706616	12	task	The partnership evaluates progress at regular intervals and makes adjustments if necessary	Het netwerk evalueert tussentijds de voortgang en voert zo nodig bijsturingen door.
b91cf962-9051-491d-9c81-f6f621706616	13	task	The conditions for the existence of the collaboration are satisfactory	De randvoorwaarden voor het bestaan van het netwerk zijn naar tevredenheid.
b91cf962-9051-491d-9c81-f6f621706616	14	relation	The partnership partners communicate in an open manner	De betrokkenen van het netwerk zijn open in hun communicatie.
b91cf962-9051-491d-9c81-f6f621706616	15	relation	The partnership partners work together in a constructive manner and know how to involve each other when action is needed	De betrokkenen van het netwerk werken constructief samen en weten elkaar te vinden als er iets gebeuren moet.
b91cf962-9051-491d-9c81-f6f621706616	16	relation	The partnership partners are willing to compromise	De betrokkenen van het netwerk zijn bereid tot het sluiten van compromissen.
b91cf962-9051-491d-9c81-f6f621706616	17	relation	In the partnership, conflicts are dealt with in a constructive way	Binnen het netwerk wordt constructief omgegaan met conflicten.
b91cf962-9051-491d-9c81-f6f621706616	18	relation	The partnership partners will carry out decisions and actions loyally	De betrokkenen van het netwerk voeren besluiten en acties loyaal uit.
b91cf962-9051-491d-9c81-f6f621706616	19	growth	I create goodwill and involvement for the partnership within my organization	Ik creëer goodwill en betrokkenheid voor het netwerk binnen mijn organisatie/afdeling.
b91cf962-9051-491d-9c81-f6f621706616	20	growth	Giving feedback to the local officials on behalf of the partnership is satisfactory	Er is een goede terugkoppeling vanuit het netwerk naar de coördinerende ambtenaren en het lokaal beleid.
b91cf962-9051-491d-9c81-f6f621706616	21	growth	The partnership is willing to recruit new partners in the course of time	Het netwerk is bereid in de loop van de tijd andere/nieuwe partners op te nemen.
b91cf962-9051-491d-9c81-f6f621706616	22	growth	The partnership succeeds in mobilizing others for actions	Het netwerk slaagt erin anderen te mobiliseren voor acties.
b91cf962-9051-491d-9c81-f6f621706616	23	visibility	The partnership maintains the external relationships in an accurate way	Het netwerk onderhoudt de externe relaties op een zorgvuldige manier.
b91cf962-9051-491d-9c81-f6f621706616	24	visibility	The partnership is seen as reliable and legitimate by external relations	Het netwerk wordt door externe relaties als betrouwbaar en legitiem gezien.
b91cf962-9051-491d-9c81-f6f621706616	25	visibility	The image of my partnership in the outside world is good	Het beeld van het netwerk in de buitenwereld is goed.
b91cf962-9051-491d-9c81-f6f621706616	26	visibility	The partnership takes care of continuation after the project period	Het netwerk zorgt voor continuïteit na afloop van de projectperiode.
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.members (id, partnership_id, label, organisation, sector, role, active, deactivated_at, created_at, updated_at) FROM stdin;
8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	5b9b26c3-1c99-4054-9056-04cebce45b7c	M000	\N	housing	coordinator	t	\N	2026-11-23 16:04:20.996731+00	2026-11-23 16:04:20.996731+00
9f25d186-e0c1-42d8-b155-6e7e52dde19a	5b9b26c3-1c99-4054-9056-04cebce45b7c	M001	\N	welfare	coproducer	t	\N	2026-11-23 16:04:21.003575+00	2026-11-23 16:04:21.003575+00
ac2a605d-3735-4d1c-99e9-72e84b344789	5b9b26c3-1c99-4054-9056-04cebce45b7c	M002	\N	housing	professional	t	\N	2026-11-23 16:04:21.006986+00	2026-11-23 16:04:21.006986+00
9499a424-0369-428c-8bd8-83d4e57d4ca9	5b9b26c3-1c99-4054-9056-04cebce45b7c	M003	\N	housing	coordinator	t	\N	2026-11-23 16:04:21.009425+00	2026-11-23 16:04:21.009425+00
03609574-84e3-4d40-b15a-063c580430b7	5b9b26c3-1c99-4054-9056-04cebce45b7c	M004	\N	police	coproducer	t	\N	2026-11-23 16:04:21.0112+00	2026-11-23 16:04:21.0112+00
829e7ece-3e6e-4575-9b8a-91650cda3beb	5b9b26c3-1c99-4054-9056-04cebce45b7c	M005	\N	health_care	professional	t	\N	2026-11-23 16:04:21.013083+00	2026-11-23 16:04:21.013083+00
4a7228fa-61a2-44b0-913e-454bed8fc160	5b9b26c3-1c99-4054-9056-04cebce45b7c	M006	\N	health_care	coordinator	t	\N	2026-11-23 16:04:21.014587+00	2026-11-23 16:04:21.014587+00
fc34821c-70ac-404b-83ab-336404a504d7	5b9b26c3-1c99-4054-9056-04cebce45b7c	M007	\N	social_care	volunteer	t	\N	2026-11-23 16:04:21.016197+00	2026-11-23 16:04:21.016197+00
2c9284be-d56f-4c80-90c7-cb4a90f94545	de796093-0955-4ef1-8190-5c1c0e059f15	M100	\N	welfare	coproducer	t	\N	2026-11-23 16:04:21.14093+00	2026-11-23 16:04:21.14093+00
fd51ee0d-04d9-4f65-9054-47c51f7d7655	de796093-0955-4ef1-8190-5c1c0e059f15	M101	\N	social_care	coordinator	t	\N	2026-11-23 16:04:21.142791+00	2026-11-23 16:04:21.142791+00
065194d7-931d-4759-b4f7-1013aa6fdf2b	de796093-0955-4ef1-8190-5c1c0e059f15	M102	\N	social_care	coordinator	t	\N	2026-11-23 16:04:21.144415+00	2026-11-23 16:04:21.144415+00
e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	de796093-0955-4ef1-8190-5c1c0e059f15	M103	\N	housing	coordinator	t	\N	2026-11-23 16:04:21.146124+00	2026-11-23 16:04:21.146124+00
37bea85f-bebd-4115-abd0-ef9cf315b3d3	de796093-0955-4ef1-8190-5c1c0e059f15	M104	\N	citizen	professional	t	\N	2026-11-23 16:04:21.147804+00	2026-11-23 16:04:21.147804+00
583e7d89-edfb-40be-8666-2d278688c173	de796093-0955-4ef1-8190-5c1c0e059f15	M105	\N	housing	professional	t	\N	2026-11-23 16:04:21.149186+00	2026-11-23 16:04:21.149186+00
ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	de796093-0955-4ef1-8190-5c1c0e059f15	M106	\N	citizen	coordinator	t	\N	2026-11-23 16:04:21.150453+00	2026-11-23 16:04:21.150453+00
5b26af2f-cf58-469b-ba3d-e1a0ae60f401	de796093-0955-4ef1-8190-5c1c0e059f15	M107	\N	welfare	professional	t	\N	2026-11-23 16:04:21.151731+00	2026-11-23 16:04:21.151731+00
5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	de796093-0955-4ef1-8190-5c1c0e059f15	M108	\N	police	professional	t	\N	2026-11-23 16:04:21.153086+00	2026-11-23 16:04:21.153086+00
05f21d85-d46c-42a4-8701-b6fd830715b4	de796093-0955-4ef1-8190-5c1c0e059f15	M109	\N	housing	volunteer	t	\N	2026-11-23 16:04:21.154497+00	2026-11-23 16:04:21.154497+00
2781fa9e-9572-4394-a4b4-8e5e760392ba	de796093-0955-4ef1-8190-5c1c0e059f15	M110	\N	social_care	volunteer	t	\N	2026-11-23 16:04:21.155942+00	2026-11-23 16:04:21.155942+00
b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	de796093-0955-4ef1-8190-5c1c0e059f15	M111	\N	housing	volunteer	t	\N	2026-11-23 16:04:21.157217+00	2026-11-23 16:04:21.157217+00
280a11b5-0740-45d5-b254-ea489f72e5ef	36e46940-8db5-4f1d-bd71-487247bc1ebc	M200	\N	welfare	volunteer	t	\N	2026-11-23 16:04:21.238211+00	2026-11-23 16:04:21.238211+00
5985da2a-113f-4d29-900e-ba575e8a482f	36e46940-8db5-4f1d-bd71-487247bc1ebc	M201	\N	police	coproducer	t	\N	2026-11-23 16:04:21.239893+00	2026-11-23 16:04:21.239893+00
26e6d855-8863-4c73-8213-47d758adc20d	36e46940-8db5-4f1d-bd71-487247bc1ebc	M202	\N	social_care	professional	t	\N	2026-11-23 16:04:21.241551+00	2026-11-23 16:04:21.241551+00
8ad45601-c124-4be1-9df4-4b3204b7c393	36e46940-8db5-4f1d-bd71-487247bc1ebc	M203	\N	social_care	volunteer	t	\N	2026-11-23 16:04:21.242817+00	2026-11-23 16:04:21.242817+00
77fb3f25-8c62-4980-865d-ba195d2d30ce	36e46940-8db5-4f1d-bd71-487247bc1ebc	M204	\N	citizen	coproducer	t	\N	2026-11-23 16:04:21.244238+00	2026-11-23 16:04:21.244238+00
4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	36e46940-8db5-4f1d-bd71-487247bc1ebc	M205	\N	police	volunteer	t	\N	2026-11-23 16:04:21.245465+00	2026-11-23 16:04:21.245465+00
a429de09-f1d0-43cc-9cfd-964ac858909e	36e46940-8db5-4f1d-bd71-487247bc1ebc	M206	\N	social_care	volunteer	t	\N	2026-11-23 16:04:21.246828+00	2026-11-23 16:04:21.246828+00
58e05d08-1b63-4293-a8b0-ca4c4b2fff12	36e46940-8db5-4f1d-bd71-487247bc1ebc	M207	\N	welfare	professional	t	\N	2026-11-23 16:04:21.247953+00	2026-11-23 16:04:21.247953+00
ac9c0f75-7550-4e83-bb56-7c954c6a41ff	36e46940-8db5-4f1d-bd71-487247bc1ebc	M208	\N	citizen	professional	t	\N	2026-11-23 16:04:21.249277+00	2026-11-23 16:04:21.249277+00
b4607420-5e11-4644-a7c8-42ca96023fca	36e46940-8db5-4f1d-bd71-487247bc1ebc	M209	\N	police	professional	t	\N	2026-11-23 16:04:21.2503+00	2026-11-23 16:04:21.2503+00
d87ea95a-149c-4e2f-81e8-c014eda2ec21	36e46940-8db5-4f1d-bd71-487247bc1ebc	M210	\N	police	volunteer	t	\N	2026-11-23 16:04:21.251585+00	2026-11-23 16:04:21.251585+00
a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	36e46940-8db5-4f1d-bd71-487247bc1ebc	M211	\N	welfare	professional	t	\N	2026-11-23 16:04:21.254588+00	2026-11-23 16:04:21.254588+00
b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	36e46940-8db5-4f1d-bd71-487247bc1ebc	M212	\N	citizen	coordinator	t	\N	2026-11-23 16:04:21.256124+00	2026-11-23 16:04:21.256124+00
194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	36e46940-8db5-4f1d-bd71-487247bc1ebc	M213	\N	welfare	coproducer	t	\N	2026-11-23 16:04:21.257041+00	2026-11-23 16:04:21.257041+00
d56671e5-7dc8-4a0c-a010-3e2650100733	36e46940-8db5-4f1d-bd71-487247bc1ebc	M214	\N	social_care	professional	t	\N	2026-11-23 16:04:21.258414+00	2026-11-23 16:04:21.258414+00
f951024c-d77c-466d-96dc-cc2e2de47b15	36e46940-8db5-4f1d-bd71-487247bc1ebc	M215	\N	housing	coordinator	t	\N	2026-11-23 16:04:21.259523+00	2026-11-23 16:04:21.259523+00
\.


--
-- Data for Name: neighbourhoods; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.neighbourhoods (id, code, code_year, name, municipality_code, ses_score, created_at, updated_at) FROM stdin;
71b1cacb-b088-4734-b406-c04f647e460a	BU05990101	2024	Oude Westen	GM0599	-1.25	2026-11-23 16:04:20.955463+00	2026-11-23 16:04:20.955463+00
602ed2dd-0b4e-4c4b-a0af-89bdc78cb407	BU05991203	2024	Hillesluis	GM0599	0.4	2026-11-23 16:04:20.981398+00	2026-11-23 16:04:20.981398+00
\.


--
-- Data for Name: partnerships; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partnerships (id, name, neighbourhood_id, description, archived_at, created_at, updated_at) FROM stdin;
5b9b26c3-1c99-4054-9056-04cebce45b7c	Gezond West	71b1cacb-b088-4734-b406-c04f647e460a	\N	\N	2026-11-23 16:04:20.986347+00	2026-11-23 16:04:20.986347+00
de796093-0955-4ef1-8190-5c1c0e059f15	Samen Zuid	602ed2dd-0b4e-4c4b-a0af-89bdc78cb407	\N	\N	2026-11-23 16:04:20.990385+00	2026-11-23 16:04:20.990385+00
36e46940-8db5-4f1d-bd71-487247bc1ebc	Wijkteam Noord	71b1cacb-b088-4734-b406-c04f647e460a	\N	\N	2026-11-23 16:04:20.993652+00	2026-11-23 16:04:20.993652+00
\.


--
-- Data for Name: response_answers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.response_answers (wave_id, member_id, item_number, raw_value, value) FROM stdin;
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	1	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	2	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	5	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	6	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	7	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	8	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	9	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	10	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	11	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	12	1	0
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	13	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	14	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	16	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	17	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	18	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	19	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	20	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	21	4	100
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	22	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	23	1	0
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	24	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	25	1	0
2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	26	4	100
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	1	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	2	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	3	4	100
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	4	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	5	1	0
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	6	1	0
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	7	4	100
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	10	4	100
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	11	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	12	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	13	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	14	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	15	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	16	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	17	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	18	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	19	4	100
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	20	1	0
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	22	1	0
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	23	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	25	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	26	4	100
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	1	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	2	7	7
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	3	11	11
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	4	27	27
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	5	98	98
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	6	73	73
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	7	14	14
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	8	15	15
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	9	55	55
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	10	26	26
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	11	36	36
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	13	53	53
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	14	17	17
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	15	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	16	20	20
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	17	56	56
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	18	18	18
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	19	44	44
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	20	28	28
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	21	32	32
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	22	30	30
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	23	50	50
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	24	77	77
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	25	39	39
2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	26	33	33
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	2	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	3	1	0
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	4	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	5	4	100
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	6	4	100
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	8	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	9	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	10	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	11	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	12	1	0
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	13	4	100
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	14	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	15	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	18	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	20	4	100
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	21	2	33.333333333333336
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	22	3	66.66666666666667
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	23	4	100
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	24	4	100
2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	26	1	0
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	1	82	82
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	2	70	70
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	3	73	73
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	4	68	68
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	5	45	45
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	6	37	37
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	7	81	81
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	8	56	56
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	10	\N	\N
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	12	36	36
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	13	6	6
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	14	49	49
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	15	13	13
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	17	90	90
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	18	96	96
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	19	35	35
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	20	36	36
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	21	36	36
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	22	60	60
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	23	16	16
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	24	40	40
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	25	49	49
2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	26	77	77
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	2	35	35
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	3	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	5	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	6	79	79
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	7	26	26
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	8	30	30
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	9	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	10	69	69
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	13	31	31
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	14	88	88
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	15	26	26
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	16	99	99
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	17	59	59
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	19	55	55
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	20	51	51
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	21	53	53
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	22	48	48
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	23	1	1
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	24	25	25
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	25	83	83
8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	26	1	1
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	1	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	2	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	3	3	66.66666666666667
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	4	2	33.333333333333336
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	5	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	6	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	7	3	66.66666666666667
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	8	4	100
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	9	2	33.333333333333336
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	10	3	66.66666666666667
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	11	2	33.333333333333336
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	12	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	13	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	14	2	33.333333333333336
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	16	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	17	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	19	4	100
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	20	3	66.66666666666667
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	21	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	22	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	23	4	100
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	24	2	33.333333333333336
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	25	3	66.66666666666667
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	26	4	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	1	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	2	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	3	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	4	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	5	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	6	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	7	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	8	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	9	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	10	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	11	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	12	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	13	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	14	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	15	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	16	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	17	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	18	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	19	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	20	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	21	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	22	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	23	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	24	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	25	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	26	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	2	93	93
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	3	57	57
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	4	78	78
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	6	8	8
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	7	30	30
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	8	71	71
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	9	17	17
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	10	72	72
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	11	81	81
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	13	48	48
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	14	64	64
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	15	65	65
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	16	21	21
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	17	6	6
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	18	67	67
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	19	10	10
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	20	20	20
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	21	23	23
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	24	84	84
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	25	91	91
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	26	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	1	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	2	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	4	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	5	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	6	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	7	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	8	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	9	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	1	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	2	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	3	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	4	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	5	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	6	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	7	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	9	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	10	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	12	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	13	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	16	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	17	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	18	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	19	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	20	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	21	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	22	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	24	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	25	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	26	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	1	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	2	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	3	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	4	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	5	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	6	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	7	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	8	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	9	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	10	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	11	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	12	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	13	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	14	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	15	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	16	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	17	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	18	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	19	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	20	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	22	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	23	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	24	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	25	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	26	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	1	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	2	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	3	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	4	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	6	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	7	5	100
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	8	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	9	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	10	4	75
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	11	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	12	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	13	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	16	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	17	1	0
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	18	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	19	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	20	2	25
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	22	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	23	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	24	\N	\N
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	25	3	50
8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	26	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	1	2	25
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	2	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	3	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	4	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	5	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	6	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	7	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	8	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	9	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	10	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	11	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	12	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	13	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	14	2	25
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	15	2	25
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	16	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	17	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	18	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	19	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	20	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	21	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	22	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	24	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	25	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	26	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	1	59	59
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	2	60	60
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	3	82	82
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	4	44	44
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	5	60	60
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	6	64	64
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	7	99	99
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	8	4	4
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	9	53	53
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	10	84	84
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	11	64	64
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	12	85	85
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	13	67	67
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	14	90	90
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	15	58	58
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	16	24	24
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	18	67	67
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	19	44	44
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	20	32	32
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	21	88	88
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	22	98	98
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	23	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	24	8	8
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	25	54	54
76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	26	85	85
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	1	32	32
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	4	86	86
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	5	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	6	31	31
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	7	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	8	62	62
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	9	42	42
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	10	68	68
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	11	68	68
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	12	9	9
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	13	47	47
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	14	68	68
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	15	78	78
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	16	42	42
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	17	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	18	28	28
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	19	42	42
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	20	79	79
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	21	90	90
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	22	1	1
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	23	60	60
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	24	55	55
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	25	26	26
76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	26	64	64
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	1	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	4	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	5	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	6	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	7	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	8	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	9	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	10	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	11	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	12	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	13	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	14	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	15	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	16	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	17	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	18	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	19	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	20	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	21	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	22	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	23	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	24	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	25	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	26	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	10	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	11	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	12	2	25
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	13	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	14	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	15	2	25
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	16	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	17	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	18	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	19	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	20	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	21	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	22	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	23	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	24	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	25	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	26	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	1	54	54
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	2	69	69
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	3	38	38
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	4	34	34
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	6	27	27
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	7	51	51
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	10	3	3
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	12	54	54
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	14	95	95
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	15	21	21
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	16	86	86
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	18	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	19	88	88
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	20	52	52
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	21	64	64
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	23	46	46
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	24	20	20
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	25	13	13
76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	26	71	71
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	1	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	2	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	4	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	5	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	6	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	7	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	8	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	9	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	10	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	11	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	12	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	13	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	14	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	15	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	16	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	17	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	18	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	19	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	20	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	21	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	23	3	66.66666666666667
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	24	2	33.333333333333336
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	25	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	26	4	100
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	1	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	2	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	4	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	5	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	6	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	7	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	8	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	9	5	100
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	11	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	12	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	13	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	14	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	15	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	16	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	17	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	18	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	19	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	20	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	21	4	75
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	22	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	23	\N	\N
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	24	3	50
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	25	1	0
76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	26	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	1	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	2	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	3	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	4	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	5	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	7	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	8	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	9	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	10	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	12	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	13	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	14	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	15	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	16	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	18	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	19	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	20	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	21	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	22	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	24	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	25	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	1	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	2	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	3	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	1	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	2	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	3	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	4	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	5	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	6	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	7	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	8	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	9	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	10	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	11	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	12	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	14	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	15	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	16	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	17	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	18	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	21	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	22	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	23	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	24	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	25	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	26	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	1	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	2	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	3	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	4	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	5	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	6	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	7	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	8	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	10	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	11	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	12	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	13	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	14	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	15	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	16	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	17	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	18	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	19	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	20	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	21	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	22	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	23	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	24	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	25	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	26	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	2	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	3	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	4	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	5	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	6	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	8	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	9	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	11	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	12	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	13	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	14	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	16	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	20	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	21	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	22	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	23	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	24	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	25	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	26	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	4	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	5	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	6	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	7	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	9	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	11	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	12	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	13	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	14	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	15	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	16	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	17	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	18	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	19	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	20	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	21	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	22	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	23	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	24	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	26	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	1	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	2	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	3	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	4	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	5	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	6	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	7	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	8	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	9	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	10	5	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	11	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	12	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	5	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	6	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	7	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	9	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	10	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	11	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	12	5	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	13	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	14	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	15	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	16	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	17	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	18	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	19	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	20	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	21	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	22	2	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	23	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	24	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	25	4	75
252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	26	3	50
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	1	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	2	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	4	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	5	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	6	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	7	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	8	2	33.333333333333336
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	9	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	10	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	11	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	12	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	13	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	15	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	16	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	17	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	18	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	19	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	21	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	22	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	23	4	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	24	1	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	25	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	26	3	66.66666666666667
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	1	78	78
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	2	42	42
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	3	42	42
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	5	5	5
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	6	68	68
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	7	94	94
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	8	20	20
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	9	12	12
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	10	59	59
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	11	14	14
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	12	64	64
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	13	58	58
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	14	6	6
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	15	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	18	27	27
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	19	35	35
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	20	70	70
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	21	18	18
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	22	95	95
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	23	49	49
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	24	58	58
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	25	40	40
252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	26	85	85
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	1	63	63
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	2	30	30
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	3	1	1
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	4	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	5	36	36
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	6	67	67
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	8	61	61
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	9	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	11	25	25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	12	\N	\N
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	13	88	88
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	14	89	89
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	15	45	45
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	16	31	31
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	17	35	35
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	18	79	79
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	19	60	60
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	20	31	31
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	21	84	84
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	22	66	66
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	23	38	38
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	24	83	83
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	25	100	100
252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	26	59	59
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	1	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	2	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	3	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	4	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	5	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	7	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	9	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	11	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	12	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	13	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	14	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	15	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	16	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	18	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	19	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	20	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	21	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	13	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	14	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	15	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	16	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	17	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	18	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	20	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	22	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	23	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	24	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	25	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	1	22	22
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	2	100	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	3	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	5	26	26
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	6	95	95
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	7	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	8	17	17
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	9	78	78
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	10	75	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	11	1	1
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	13	71	71
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	14	8	8
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	15	18	18
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	16	12	12
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	17	69	69
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	18	57	57
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	19	50	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	20	64	64
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	21	84	84
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	22	11	11
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	23	16	16
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	24	28	28
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	25	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	26	82	82
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	1	27	27
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	4	64	64
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	5	34	34
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	6	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	7	79	79
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	8	88	88
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	9	4	4
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	10	100	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	12	91	91
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	13	73	73
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	15	68	68
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	16	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	17	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	18	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	20	67	67
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	21	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	22	16	16
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	23	84	84
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	24	70	70
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	25	35	35
cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	26	21	21
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	1	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	2	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	3	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	4	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	5	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	7	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	9	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	10	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	11	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	12	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	13	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	15	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	16	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	17	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	18	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	19	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	20	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	21	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	22	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	23	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	25	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	26	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	1	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	2	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	3	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	4	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	5	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	6	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	7	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	8	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	9	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	10	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	11	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	13	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	14	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	15	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	16	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	17	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	18	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	19	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	20	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	21	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	22	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	23	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	24	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	25	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	26	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	1	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	2	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	3	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	4	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	6	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	22	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	23	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	24	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	25	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	26	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	1	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	2	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	3	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	4	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	5	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	6	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	7	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	8	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	9	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	10	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	11	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	12	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	13	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	15	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	16	5	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	17	5	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	18	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	19	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	20	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	21	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	22	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	23	5	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	24	4	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	25	2	25
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	26	3	50
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	1	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	2	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	3	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	4	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	5	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	6	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	7	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	8	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	9	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	11	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	12	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	13	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	14	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	15	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	16	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	17	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	18	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	19	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	20	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	21	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	22	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	23	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	24	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	25	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	1	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	2	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	4	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	5	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	6	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	8	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	9	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	13	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	15	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	16	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	17	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	18	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	19	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	20	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	21	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	23	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	24	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	25	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	26	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	1	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	2	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	3	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	4	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	5	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	6	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	7	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	8	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	9	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	11	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	12	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	13	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	16	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	18	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	19	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	20	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	21	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	22	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	23	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	25	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	26	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	1	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	2	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	3	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	4	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	5	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	6	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	7	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	8	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	9	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	10	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	11	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	12	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	13	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	14	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	15	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	16	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	18	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	20	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	21	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	22	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	23	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	24	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	1	52	52
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	2	22	22
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	3	45	45
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	4	99	99
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	5	11	11
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	6	84	84
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	7	4	4
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	9	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	10	14	14
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	11	2	2
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	12	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	13	55	55
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	14	28	28
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	15	19	19
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	16	91	91
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	17	16	16
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	19	21	21
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	20	35	35
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	21	90	90
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	22	33	33
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	23	18	18
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	24	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	25	39	39
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	26	75	75
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	1	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	2	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	4	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	5	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	6	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	7	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	8	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	9	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	10	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	11	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	12	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	13	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	14	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	15	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	16	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	17	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	18	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	19	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	20	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	21	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	22	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	23	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	24	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	25	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	26	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	1	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	3	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	4	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	5	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	6	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	7	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	8	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	9	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	10	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	11	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	12	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	13	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	14	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	15	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	16	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	17	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	18	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	19	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	20	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	21	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	23	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	24	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	25	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	26	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	1	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	2	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	3	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	4	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	5	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	6	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	7	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	8	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	9	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	10	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	11	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	12	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	13	4	100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	14	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	15	\N	\N
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	16	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	18	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	19	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	20	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	21	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	22	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	23	3	66.66666666666667
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	24	2	33.333333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	25	1	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	26	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	1	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	3	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	5	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	6	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	7	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	8	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	10	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	11	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	13	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	15	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	16	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	17	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	18	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	19	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	20	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	21	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	22	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	23	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	24	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	25	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	26	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	1	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	2	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	3	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	4	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	5	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	6	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	7	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	8	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	10	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	13	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	14	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	15	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	16	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	17	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	19	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	20	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	21	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	22	2	33.333333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	23	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	24	4	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	25	3	66.66666666666667
cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	26	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	1	59	59
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	2	46	46
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	3	94	94
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	4	66	66
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	5	66	66
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	6	10	10
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	7	66	66
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	8	74	74
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	9	85	85
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	10	7	7
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	11	71	71
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	12	68	68
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	13	86	86
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	14	20	20
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	16	28	28
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	19	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	20	87	87
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	21	23	23
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	22	59	59
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	23	31	31
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	24	17	17
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	25	22	22
cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	26	78	78
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	1	72	72
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	3	22	22
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	4	43	43
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	5	84	84
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	6	51	51
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	7	91	91
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	9	99	99
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	10	74	74
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	11	82	82
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	12	64	64
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	13	93	93
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	14	97	97
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	15	87	87
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	7	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	8	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	9	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	10	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	11	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	12	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	13	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	14	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	15	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	16	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	17	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	18	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	20	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	21	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	22	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	23	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	25	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	1	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	2	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	3	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	4	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	5	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	6	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	7	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	8	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	9	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	10	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	11	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	12	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	14	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	15	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	16	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	17	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	18	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	19	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	20	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	21	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	22	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	24	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	25	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	26	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	16	45	45
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	17	44	44
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	18	13	13
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	19	55	55
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	20	96	96
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	21	13	13
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	22	43	43
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	23	15	15
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	24	57	57
cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	26	24	24
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	1	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	2	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	3	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	4	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	5	\N	\N
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	6	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	7	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	8	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	9	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	10	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	11	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	13	1	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	14	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	15	2	25
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	16	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	17	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	18	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	19	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	20	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	21	5	100
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	22	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	23	3	50
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	24	4	75
cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	25	5	100
\.


--
-- Data for Name: response_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.response_history (wave_id, member_id, revision, scale, comment, answers, submitted_at, ended_at, withdrawn) FROM stdin;
2f241495-4617-41bf-90cb-b5874cafde14	fc34821c-70ac-404b-83ab-336404a504d7	1	percent	\N	{"1": 25, "2": 46, "3": 20, "4": 38, "5": 17, "6": 38, "7": 21, "8": 5, "10": 48, "11": 59, "14": 5, "15": 3, "16": 31, "17": null, "19": 47, "20": 97, "21": 24, "22": 67, "24": 12, "25": 69}	2026-11-23 16:04:21.078189+00	2026-11-23 16:04:21.081679+00	f
2f241495-4617-41bf-90cb-b5874cafde14	fc34821c-70ac-404b-83ab-336404a504d7	2	percent	herzien	{"1": 36, "2": 79, "3": 7, "4": 1, "5": null, "7": 3, "8": 93, "9": 47, "10": 40, "11": null, "12": null, "13": 74, "14": 11, "15": 59, "17": 24, "18": 42, "19": 32, "20": 29, "21": 23, "22": 28, "23": 54, "24": 71, "25": 94}	2026-11-23 16:04:21.081679+00	2026-11-23 16:04:21.089008+00	t
8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	1	likert5	\N	{"1": 2, "2": 5, "3": 3, "4": 5, "5": 2, "6": 2, "7": 3, "8": 1, "9": null, "11": 1, "13": 3, "14": 1, "15": 5, "16": null, "17": 3, "18": 2, "19": 1, "20": 2, "21": null, "22": 5, "23": 4, "24": 4, "25": 4, "26": 2}	2026-11-23 16:04:21.114435+00	2026-11-23 16:04:21.118519+00	f
8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	1	percent	\N	{"1": 45, "2": 91, "3": 50, "4": 76, "5": 93, "6": 50, "7": 4, "9": 76, "11": 92, "12": 75, "13": 12, "14": 0, "15": 18, "16": 21, "17": 45, "18": null, "19": 89, "20": 16, "21": 90, "22": 100, "23": null, "24": 16, "25": 98, "26": 38}	2026-11-23 16:04:21.131853+00	2026-11-23 16:04:21.136602+00	f
76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	1	likert5	\N	{"1": 2, "2": 5, "3": 5, "4": 1, "5": 2, "6": null, "7": 2, "9": 2, "10": 3, "13": 2, "15": 2, "16": 1, "17": 5, "19": 1, "20": 2, "21": 4, "22": null, "23": 4, "24": 1, "25": 4, "26": 1}	2026-11-23 16:04:21.16389+00	2026-11-23 16:04:21.167497+00	f
76cdeafb-2214-4c4b-8780-19bc53762613	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	1	likert5	\N	{"3": 1, "4": 3, "6": 1, "7": 5, "8": 4, "9": 2, "10": 5, "11": 2, "12": 2, "14": 3, "15": 4, "16": 3, "17": 1, "19": 1, "21": 5, "22": 5, "23": 3, "24": 2, "25": 2}	2026-11-23 16:04:21.195801+00	2026-11-23 16:04:21.199467+00	t
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	1	percent	\N	{"1": 99, "3": 43, "4": 36, "5": 35, "6": 76, "7": 29, "8": null, "9": 48, "11": null, "12": null, "13": 68, "14": null, "16": 58, "17": 55, "18": 28, "19": null, "20": 45, "21": 58, "22": 4, "24": 21, "26": 87}	2026-11-23 16:04:21.278803+00	2026-11-23 16:04:21.281217+00	f
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d56671e5-7dc8-4a0c-a010-3e2650100733	1	percent	\N	{"1": 34, "2": 8, "3": 77, "4": 69, "5": 83, "6": 68, "7": 32, "8": 46, "9": 7, "11": 44, "13": 6, "14": 98, "15": null, "16": 76, "17": 100, "19": 88, "20": 27, "21": 87, "22": 64, "23": null, "24": 77, "25": 2, "26": 78}	2026-11-23 16:04:21.298312+00	2026-11-23 16:04:21.300793+00	t
cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	1	likert5	\N	{"1": 2, "2": 3, "3": 4, "4": 5, "5": 5, "6": 4, "7": 4, "8": 3, "9": 5, "10": 1, "11": 5, "13": 3, "14": 3, "15": 3, "16": 4, "17": 3, "18": 3, "19": null, "20": 3, "21": 4, "22": 2, "23": 5, "24": 4, "25": 1, "26": 2}	2026-11-23 16:04:21.309239+00	2026-11-23 16:04:21.312402+00	f
cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	1	agree4	\N	{"1": 1, "2": 3, "3": 1, "4": 1, "5": 4, "7": 1, "8": 2, "9": null, "10": 4, "11": 2, "12": 3, "13": null, "14": 2, "15": 2, "16": 4, "17": 3, "18": 4, "20": 3, "21": 3, "22": 3, "24": null, "25": 2, "26": 1}	2026-11-23 16:04:21.327657+00	2026-11-23 16:04:21.330575+00	f
cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	1	likert5	\N	{"2": 1, "3": 3, "5": 3, "6": 4, "7": null, "8": 5, "9": 1, "10": 5, "12": 4, "13": 3, "14": 3, "16": 3, "17": 5, "18": 4, "19": 5, "20": 3, "21": 5, "22": null, "23": 5, "24": 3, "25": 3, "26": 1}	2026-11-23 16:04:21.335065+00	2026-11-23 16:04:21.338349+00	f
cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	1	percent	\N	{"2": 66, "3": 40, "4": 6, "5": 92, "6": 97, "7": 31, "8": 56, "9": null, "10": 25, "11": 37, "12": 91, "13": 39, "14": 46, "15": 17, "16": 55, "17": 44, "18": 78, "19": 0, "20": 5, "21": 27, "22": 28, "23": 14, "24": 84, "25": 61, "26": 69}	2026-11-23 16:04:21.343286+00	2026-11-23 16:04:21.34672+00	f
\.


--
-- Data for Name: responses; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.responses (id, wave_id, member_id, revision, scale, comment, digest, submitted_at, created_at, group_role, group_sector) FROM stdin;
9cf23a3d-ec66-4c67-8058-19355462dadd	2f241495-4617-41bf-90cb-b5874cafde14	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	1	agree4	\N	c9102810e20d186559fda094c7334751d5d6446fa8a9844056f7b3b11f7e53d6	2026-11-23 16:04:21.025626+00	2026-11-23 16:04:21.025626+00	coordinator	housing
d7ceaeff-8130-4b4d-bec1-89af7449bc8f	2f241495-4617-41bf-90cb-b5874cafde14	9f25d186-e0c1-42d8-b155-6e7e52dde19a	1	agree4	\N	cedddc354a8282e5fe6f7bfa4499726aab387845ca99d9aa6f11bd55b626e378	2026-11-23 16:04:21.04732+00	2026-11-23 16:04:21.04732+00	coproducer	welfare
ffc80da0-b0dd-4a0f-9bc4-d17b153be550	2f241495-4617-41bf-90cb-b5874cafde14	9499a424-0369-428c-8bd8-83d4e57d4ca9	1	percent	\N	b05c1f0b0dc38abe5726f9098722039cbdad1ad605486c723730c7bcc080f257	2026-11-23 16:04:21.062577+00	2026-11-23 16:04:21.062577+00	coordinator	housing
09910242-e50b-44a3-b863-828d5e736c05	2f241495-4617-41bf-90cb-b5874cafde14	03609574-84e3-4d40-b15a-063c580430b7	1	agree4	\N	935930df01354895d5de35edc36793934b62e542d5a982f988db0e4cc4f1e891	2026-11-23 16:04:21.067976+00	2026-11-23 16:04:21.067976+00	coproducer	police
a8a2f73a-4061-4d5e-b89f-e9dab2fc29af	2f241495-4617-41bf-90cb-b5874cafde14	829e7ece-3e6e-4575-9b8a-91650cda3beb	1	percent	\N	b4e168753c616523ec6c02f8114cb5d2ae96fbfd6b5ffe58e437a262f76797c4	2026-11-23 16:04:21.073226+00	2026-11-23 16:04:21.073226+00	professional	health_care
41fabcbc-4532-436b-b621-6e8b38dc92c9	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	26e6d855-8863-4c73-8213-47d758adc20d	1	agree4	\N	80eac6f673dca415d2fb14009c386fa608bcfe6fbf0f954c68633dbbcf3ce3ee	2026-11-23 16:04:21.267468+00	2026-11-23 16:04:21.267468+00	professional	social_care
a2d0c359-0a66-4e09-8dfc-f8000cad982b	8b0de1ab-9999-42a9-a589-397cdc514207	8cbf8fdb-dd94-4939-b56b-0d8966dfc96a	1	percent	\N	9205e3ba051b213916edc4775f149ff286034348c4724dbd0f779da0d32e4b79	2026-11-23 16:04:21.10035+00	2026-11-23 16:04:21.10035+00	coordinator	housing
b19d5ea5-9a34-4271-bcc5-133cbb63cc76	8b0de1ab-9999-42a9-a589-397cdc514207	9f25d186-e0c1-42d8-b155-6e7e52dde19a	1	likert5	\N	9a70e2cb0aa6b3a7455a7b105d4460095b9b9a51a162fd2818153dda6a68c31b	2026-11-23 16:04:21.104011+00	2026-11-23 16:04:21.104011+00	coproducer	welfare
3bd352ea-9518-453f-b354-94fc4128c5e7	8b0de1ab-9999-42a9-a589-397cdc514207	ac2a605d-3735-4d1c-99e9-72e84b344789	1	likert5	\N	87016498bf8cc1e11466308ba1f57522e335af49455063a315bb9ef18bfaec29	2026-11-23 16:04:21.109709+00	2026-11-23 16:04:21.109709+00	professional	housing
ef4ad253-be84-4ab2-a64a-bccdf2e92d9f	8b0de1ab-9999-42a9-a589-397cdc514207	9499a424-0369-428c-8bd8-83d4e57d4ca9	2	agree4	herzien	fce0eaabb36f831783d0888a92de30c3e135d1d608d42d308e1243d8f670f210	2026-11-23 16:04:21.118519+00	2026-11-23 16:04:21.114435+00	coordinator	housing
ee9c2eb5-a407-497d-b356-c54da466533c	8b0de1ab-9999-42a9-a589-397cdc514207	829e7ece-3e6e-4575-9b8a-91650cda3beb	1	likert5	\N	35b3d3d896494ac19bea9eb9e04dedab744fb450daa26d2607d9fb9ab4d144be	2026-11-23 16:04:21.122735+00	2026-11-23 16:04:21.122735+00	professional	health_care
d3bbef6b-e0d0-4eac-a6ba-30b0293f3771	8b0de1ab-9999-42a9-a589-397cdc514207	4a7228fa-61a2-44b0-913e-454bed8fc160	1	likert5	\N	edbb656977e0c17d8d05133643f37632a0dee42d11cd96d2e7a3215ca30c22f2	2026-11-23 16:04:21.127141+00	2026-11-23 16:04:21.127141+00	coordinator	health_care
e666743b-79a0-4379-98bf-c299a50afd5b	8b0de1ab-9999-42a9-a589-397cdc514207	fc34821c-70ac-404b-83ab-336404a504d7	2	percent	herzien	d77c2cee7def24bea5021107f1df152452ab972742e70f7b079e60f3bee792d6	2026-11-23 16:04:21.136602+00	2026-11-23 16:04:21.131853+00	volunteer	social_care
33a103d8-a258-408c-b647-2ed98875cee0	76cdeafb-2214-4c4b-8780-19bc53762613	2c9284be-d56f-4c80-90c7-cb4a90f94545	2	likert5	herzien	37d94e769d34f8f39f2778420bc87863a7b33fa646a974ca927b0ab6cb9a6788	2026-11-23 16:04:21.167497+00	2026-11-23 16:04:21.16389+00	coproducer	welfare
d0ed1019-0004-4238-bbc2-e60bccf2eb09	76cdeafb-2214-4c4b-8780-19bc53762613	fd51ee0d-04d9-4f65-9054-47c51f7d7655	1	percent	\N	a0dc38bd0e17ccae5d3664a063cec59cdf06e4661dd3efc4bd1aed6faa2e691c	2026-11-23 16:04:21.172268+00	2026-11-23 16:04:21.172268+00	coordinator	social_care
12356098-fd58-4382-8af8-f38d9c76becd	76cdeafb-2214-4c4b-8780-19bc53762613	065194d7-931d-4759-b4f7-1013aa6fdf2b	1	percent	\N	eba70c9e5bd9dda030631da3d7f235f260ceba8502c3e805502566739aa4ca07	2026-11-23 16:04:21.175021+00	2026-11-23 16:04:21.175021+00	coordinator	social_care
8fffcb4c-3782-489e-8d9b-05ebeb68038e	76cdeafb-2214-4c4b-8780-19bc53762613	37bea85f-bebd-4115-abd0-ef9cf315b3d3	1	likert5	\N	9ff05ac1df580b37934e10a9b5c32cc010922852df57130e7fd2752106114645	2026-11-23 16:04:21.177977+00	2026-11-23 16:04:21.177977+00	professional	citizen
70b2c300-de0e-4c5c-b7ad-068e143cb90f	76cdeafb-2214-4c4b-8780-19bc53762613	583e7d89-edfb-40be-8666-2d278688c173	1	agree4	\N	265872997b0c2aba91915ac3e9e997dde0541759237e7f385e278ceb2e94e314	2026-11-23 16:04:21.182836+00	2026-11-23 16:04:21.182836+00	professional	housing
e9ff500a-7aa7-4cd2-a367-1b8a72b7827d	76cdeafb-2214-4c4b-8780-19bc53762613	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	1	percent	\N	ad8de1c83935e9441e456b6470678622a0f9206c9db1aefec0c77b1460956ca6	2026-11-23 16:04:21.186436+00	2026-11-23 16:04:21.186436+00	coordinator	citizen
d3fd93e2-e73d-46b4-90c2-9a364e614938	76cdeafb-2214-4c4b-8780-19bc53762613	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	1	agree4	\N	401d661a08d63fa00d619a8da80629d8bc2775ff85f99393b643615c4c08d589	2026-11-23 16:04:21.189179+00	2026-11-23 16:04:21.189179+00	professional	welfare
4e8b29d3-3db9-48d0-8869-0f2872e25632	76cdeafb-2214-4c4b-8780-19bc53762613	05f21d85-d46c-42a4-8701-b6fd830715b4	1	likert5	\N	f1ec69e09a692d249f9f98512dcef8c728c6a317e72f10371bffd831aa66961f	2026-11-23 16:04:21.192794+00	2026-11-23 16:04:21.192794+00	volunteer	housing
946a60b0-5242-4636-9361-21518c813b12	252c7ff8-d03f-4c94-b9d3-e84313b925ff	fd51ee0d-04d9-4f65-9054-47c51f7d7655	1	likert5	\N	cfa763e0556f990e09e328cbf758791837ac609e68600a1257733922e7d0b1c6	2026-11-23 16:04:21.207677+00	2026-11-23 16:04:21.207677+00	coordinator	social_care
3727dbff-6437-47f4-a75e-8973e25a1e20	252c7ff8-d03f-4c94-b9d3-e84313b925ff	065194d7-931d-4759-b4f7-1013aa6fdf2b	1	agree4	\N	ff9b1d3f9e5fcf5c84a3ae9ee95901a4434826be36cb1202665703e2f3a33cdf	2026-11-23 16:04:21.210946+00	2026-11-23 16:04:21.210946+00	coordinator	social_care
c74aa3b2-b605-4a29-b017-588fad8ba573	252c7ff8-d03f-4c94-b9d3-e84313b925ff	e0c1450c-2e6c-4f7b-bfa5-67df36b4c25f	1	agree4	\N	eeeb0069ae63d446951bc23a16edb70b54fa2a02fe3f5848338825c16129825f	2026-11-23 16:04:21.214777+00	2026-11-23 16:04:21.214777+00	coordinator	housing
f444fdba-cbc3-4b1b-920a-ac1789322945	252c7ff8-d03f-4c94-b9d3-e84313b925ff	ffbc5cc3-5a0a-4a4d-b128-7568f4e91a56	1	likert5	\N	2ada5e61c87958bf00f5fa61ff81e35b6fbe8d20b7339c30d615d586a1500541	2026-11-23 16:04:21.218246+00	2026-11-23 16:04:21.218246+00	coordinator	citizen
5dcc3382-393a-4566-9aa2-c3a06508db6c	252c7ff8-d03f-4c94-b9d3-e84313b925ff	5b26af2f-cf58-469b-ba3d-e1a0ae60f401	1	likert5	\N	7b63c7ededadf227728bf7926fc2f5356d4338c74f47566205f4625b30988eaf	2026-11-23 16:04:21.221649+00	2026-11-23 16:04:21.221649+00	professional	welfare
fa656fb3-b64e-4d98-9714-4eb7d2f647bf	252c7ff8-d03f-4c94-b9d3-e84313b925ff	5dc0ad3b-7c72-4d4c-bfb4-c1be6899eca0	1	agree4	\N	9ee9a6e75250bf87046666c058ab3be2c62ed00336763cfa0396840d57af3b2f	2026-11-23 16:04:21.224849+00	2026-11-23 16:04:21.224849+00	professional	police
9e828337-eaef-40cd-900a-8cf26ddff865	252c7ff8-d03f-4c94-b9d3-e84313b925ff	05f21d85-d46c-42a4-8701-b6fd830715b4	1	agree4	\N	807d28a1e5508ffd13ca479ef3da7b0b2b2e8b281a59cce1236741c45320172f	2026-11-23 16:04:21.227885+00	2026-11-23 16:04:21.227885+00	volunteer	housing
146a91fc-6341-4561-bf76-4d6778f3ec90	252c7ff8-d03f-4c94-b9d3-e84313b925ff	2781fa9e-9572-4394-a4b4-8e5e760392ba	1	percent	\N	be4a9da82fd4822fc8d276e9e1f420d5dc79799fb4e2133eb9296034ffd72cef	2026-11-23 16:04:21.23079+00	2026-11-23 16:04:21.23079+00	volunteer	social_care
9ef6cf03-1305-4605-9522-3ab3bcb60ea3	252c7ff8-d03f-4c94-b9d3-e84313b925ff	b38fd5cb-7eff-405e-afc6-2fc4149bf1b9	1	percent	\N	2fb97601fe3fc8aceac861720e3b3ff7d508136599b0c037ff8957a19d92c692	2026-11-23 16:04:21.235713+00	2026-11-23 16:04:21.235713+00	volunteer	housing
1727b27c-b6cc-498b-9ff0-3e861bf5c945	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	5985da2a-113f-4d29-900e-ba575e8a482f	1	likert5	\N	b0031eb97db4a9a14d0b96b8a836df6222e9bb07ac2ac1579503a967ef099502	2026-11-23 16:04:21.263901+00	2026-11-23 16:04:21.263901+00	coproducer	police
05646130-478b-49a8-bf56-55ae40bd0c27	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	8ad45601-c124-4be1-9df4-4b3204b7c393	1	likert5	\N	eb149af20d24fa9466081c54433d0419334f9c9043672d09b2c1fe6dc3f084ce	2026-11-23 16:04:21.27087+00	2026-11-23 16:04:21.27087+00	volunteer	social_care
43dff321-5fdb-47d4-9561-1c16d23ca5ae	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	77fb3f25-8c62-4980-865d-ba195d2d30ce	1	agree4	\N	b7b27dfbb810f059f7eb9b46fd65b811f80c38ab7e3213fd05db19145d604108	2026-11-23 16:04:21.274024+00	2026-11-23 16:04:21.274024+00	coproducer	citizen
f8c2efe5-971c-4895-8ae3-e865a96bf376	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	1	agree4	\N	225b62f81389395697c0a9644598bb264ed05da5c3620faa77eac53f9d9a231e	2026-11-23 16:04:21.276548+00	2026-11-23 16:04:21.276548+00	volunteer	police
f5602c74-3348-45bc-bb5d-8413ffecf7a6	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	a429de09-f1d0-43cc-9cfd-964ac858909e	2	agree4	herzien	a41a1874a48388fd17d8684034ddccdb7aa371bf1eeb19d8d3d0064a2d11f88b	2026-11-23 16:04:21.281217+00	2026-11-23 16:04:21.278803+00	volunteer	social_care
e31a26ca-d410-468b-a4ef-683fae431a74	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	1	agree4	\N	31e2c27d1884e930e0185cf4232d63f8c66f8f416c9f8e2a52820771397e01be	2026-11-23 16:04:21.284938+00	2026-11-23 16:04:21.284938+00	professional	welfare
c4b784e3-d8ec-4c64-b2dc-cd9f9415aeed	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b4607420-5e11-4644-a7c8-42ca96023fca	1	percent	\N	10cd284ef1a487002e4c45e7b12789c51db82ce08b0a9a3d01c53c3e460e4aa3	2026-11-23 16:04:21.28743+00	2026-11-23 16:04:21.28743+00	professional	police
eac93dff-5f9a-4767-b8d5-45807aa314f3	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	d87ea95a-149c-4e2f-81e8-c014eda2ec21	1	agree4	\N	dddf3f3b84ff6403952905a6820ae9808553067e68b04cb9d3673ac6075aab2b	2026-11-23 16:04:21.289925+00	2026-11-23 16:04:21.289925+00	volunteer	police
c80ab42a-5224-4fb8-89ff-e87e596b457e	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	1	agree4	\N	962782db35ef4f46874550830ef58483617e974d187f831a2da4aa069b3bd80d	2026-11-23 16:04:21.292506+00	2026-11-23 16:04:21.292506+00	coordinator	citizen
80e9705d-46ea-4cbf-8b80-d71daf579634	1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	1	agree4	\N	5b007de43974a2ef04d54e19fa147b10bb38ae51fca7e4334b9f8735a0159227	2026-11-23 16:04:21.295163+00	2026-11-23 16:04:21.295163+00	coproducer	welfare
8a436642-ae9d-4d33-9755-bc4fd078e925	cce4d961-19e4-49af-babd-2ce65a4f3f14	5985da2a-113f-4d29-900e-ba575e8a482f	2	agree4	herzien	c2f7846fc974f08eedb91b93dad3b2014bcc1404465856d167a6ddffe9c83645	2026-11-23 16:04:21.312402+00	2026-11-23 16:04:21.309239+00	coproducer	police
1c148517-3ff3-4361-95d1-c29f33daf109	cce4d961-19e4-49af-babd-2ce65a4f3f14	77fb3f25-8c62-4980-865d-ba195d2d30ce	1	agree4	\N	96ab7d8e0713e1f5e303013444cb6ac1eba65007f8387ae46f19e4f02fcdd130	2026-11-23 16:04:21.320642+00	2026-11-23 16:04:21.320642+00	coproducer	citizen
cc7698a8-77e6-4cdf-b593-ca45ed74bdec	cce4d961-19e4-49af-babd-2ce65a4f3f14	a429de09-f1d0-43cc-9cfd-964ac858909e	2	agree4	herzien	0d876d45a2227186d17cf2ca62e667bfe5ab3d9b91afa6364db2e84e0d0550a6	2026-11-23 16:04:21.330575+00	2026-11-23 16:04:21.327657+00	volunteer	social_care
e69b38b7-533e-4450-b45d-977071272416	cce4d961-19e4-49af-babd-2ce65a4f3f14	58e05d08-1b63-4293-a8b0-ca4c4b2fff12	2	likert5	herzien	80d0a08db34e3d3e61f68c7d607c5292f39d319ec7314706a75d936b9fec1cdf	2026-11-23 16:04:21.338349+00	2026-11-23 16:04:21.335065+00	professional	welfare
b2dbcbb7-3cd5-4ad7-9f77-3420731c7493	cce4d961-19e4-49af-babd-2ce65a4f3f14	d87ea95a-149c-4e2f-81e8-c014eda2ec21	2	likert5	herzien	44f013eef8684564133fef583372a8244a72f915eef58c91751716e2c6a55d53	2026-11-23 16:04:21.34672+00	2026-11-23 16:04:21.343286+00	volunteer	police
aba3514c-99f6-4a73-af02-6712d6164cd6	cce4d961-19e4-49af-babd-2ce65a4f3f14	b482fd91-b2c6-46b3-bc9e-0d28ef5ca781	1	percent	\N	16d9607778908ea0e5d4e4dbe21fc0c4524e59fc44beae40fbb2aa0dcda623be	2026-11-23 16:04:21.353975+00	2026-11-23 16:04:21.353975+00	coordinator	citizen
0a6c608d-a19f-46e2-b572-7e13a4c75bb9	cce4d961-19e4-49af-babd-2ce65a4f3f14	194e9f7c-0ee3-434f-b5bf-d30b50bea7fb	1	percent	\N	6d34320a56a146b699875eefff4818e6152cddbbf084911022d62c63be1b3a26	2026-11-23 16:04:21.357922+00	2026-11-23 16:04:21.357922+00	coproducer	welfare
4c51258e-693c-4196-a37e-b23f41d82900	cce4d961-19e4-49af-babd-2ce65a4f3f14	f951024c-d77c-466d-96dc-cc2e2de47b15	1	likert5	\N	dea53e49c8c3fc5213e0ddb7fcc938465ad834d2f568bc3ca2d3994ebaf2205a	2026-11-23 16:04:21.361208+00	2026-11-23 16:04:21.361208+00	coordinator	housing
747427c1-9e88-4e1a-87e3-9a96b9083aa2	cce4d961-19e4-49af-babd-2ce65a4f3f14	8ad45601-c124-4be1-9df4-4b3204b7c393	1	percent	\N	040bc25d4d1be54d07de808769568257f87abb8131eb9b8c9fd1b2b5cd97d9be	2026-11-23 16:04:21.316886+00	2026-11-23 16:04:21.316886+00	volunteer	social_care
e2a49bdc-7c86-4264-957c-b0af4882b0d2	cce4d961-19e4-49af-babd-2ce65a4f3f14	4d318eb8-0aa3-498d-8aa2-85c23daf6ee8	1	percent	\N	e919a32fbdec9ec996c6e2ef1f1224ddeb13417e1e0f80e9fffd867b3c84e31b	2026-11-23 16:04:21.324798+00	2026-11-23 16:04:21.324798+00	volunteer	police
b497e9a9-7047-4539-a9ab-7d5bf101150e	cce4d961-19e4-49af-babd-2ce65a4f3f14	a673fff0-c9ee-4f87-9c3f-8fb64eaa2a41	1	likert5	\N	a148c106088d1c68d10705ad558da5482662b3cb5af7605c607043a31b7ce418	2026-11-23 16:04:21.351214+00	2026-11-23 16:04:21.351214+00	professional	welfare
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_migrations (version, name, checksum, applied_at) FROM stdin;
1	001_schema.sql	901d48ad976e90939a6a8808674231029524d521eab1d65aac676a40650e7aca	2026-11-23 16:04:20.056899+00
2	002_instrument_cac.sql	5ff25d82fa25c8ab39bf68d76600c0dab919dbed3b65aa35560e6d96dfbeff79	2026-11-23 16:04:20.07925+00
3	003_resources.sql	57eb9ab214fd23fa2f7b0c58858a4a6334d86126356ddce68286cad74012b670	2026-11-23 16:04:20.220071+00
4	004_score_totals.sql	963e603bbfd9225fc1404c3048f962340c141a6e120486c764c859d383355d2f	2026-11-23 16:04:20.224572+00
5	005_score_reads.sql	e5c2bac51931b0e00f6b46720aa9f515c89e61dab9ea845e3ba0121a40597cb7	2026-11-23 16:04:20.233677+00
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tokens (id, token_hash, role, partnership_ids, label, member_id, wave_id, expires_at, revoked_at, created_at) FROM stdin;
dc192634-fa0b-4fd2-bf44-f0f0514779a8	cf5b27d554e184f5f59b9f48750913a64591a8f044d69d6fe35ab8624e8857c2	admin	{}	fixture-admin	\N	\N	\N	\N	2026-11-23 16:04:20.286791+00
a32e430b-72f1-4add-9f1e-462f84bf2271	a154b005bd33194978f21c2fb80addba1231aa696b549bb4bb782b99aaeaca44	viewer	{}	fixture-viewer	\N	\N	\N	\N	2026-11-23 16:04:20.33752+00
\.


--
-- Data for Name: wave_dimension_totals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wave_dimension_totals (wave_id, "grouping", group_value, dimension_key, n, total, total_squares) FROM stdin;
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	general	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	general	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	all		general	3	215.33333333333334	15612.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	all		growth	5	233.58333333333337	11823.645833333336
2f241495-4617-41bf-90cb-b5874cafde14	all		relation	5	260.86111111111114	14633.815586419754
2f241495-4617-41bf-90cb-b5874cafde14	all		suitability	5	279.76190476190476	16526.24716553288
2f241495-4617-41bf-90cb-b5874cafde14	all		task	5	238.50000000000003	12594.472222222223
2f241495-4617-41bf-90cb-b5874cafde14	all		visibility	5	261.9166666666667	14545.3125
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	general	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	general	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	growth	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	relation	1	60	3600
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	suitability	1	50	2500
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	task	1	58.333333333333336	3402.777777777778
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	visibility	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	growth	2	91.83333333333334	4525.027777777779
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	relation	2	94.41666666666667	5214.506944444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	suitability	2	110	6850
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	task	2	109.16666666666667	6250.694444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	visibility	2	83.08333333333334	3586.1736111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	growth	2	91.83333333333334	4525.027777777779
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	relation	2	94.41666666666667	5214.506944444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	suitability	2	110	6850
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	task	2	109.16666666666667	6250.694444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	visibility	2	83.08333333333334	3586.1736111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	growth	2	100	5555.555555555557
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	relation	2	104.44444444444446	5575.308641975309
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	suitability	2	108.33333333333334	5902.777777777777
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	task	2	108.33333333333334	5902.777777777779
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	visibility	2	133.33333333333334	8888.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	growth	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	relation	1	44.44444444444445	1975.3086419753092
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	suitability	1	58.333333333333336	3402.777777777778
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	task	1	50.00000000000001	2500.000000000001
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	visibility	1	66.66666666666667	4444.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	all		general	3	200	16250
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	growth	2	77.08333333333334	3025.1736111111113
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	general	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	growth	2	66.66666666666667	2222.2222222222226
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	relation	2	80	6400
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	general	1	82	6724
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	growth	1	41.75	1743.0625
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	relation	1	62	3844
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	suitability	1	61.42857142857143	3773.469387755102
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	task	1	21	441
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	visibility	1	45.5	2070.25
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	general	1	82	6724
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	growth	1	41.75	1743.0625
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	relation	1	62	3844
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	suitability	1	61.42857142857143	3773.469387755102
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	task	1	21	441
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	visibility	1	45.5	2070.25
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	general	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	growth	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	general	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	growth	1	37.5	1406.25
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	relation	1	41.666666666666664	1736.1111111111109
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	suitability	1	58.333333333333336	3402.777777777778
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	task	1	37.5	1406.25
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	visibility	1	8.333333333333334	69.44444444444446
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	general	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	growth	1	37.5	1406.25
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	relation	1	41.666666666666664	1736.1111111111109
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	suitability	1	58.333333333333336	3402.777777777778
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	task	1	37.5	1406.25
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	visibility	1	8.333333333333334	69.44444444444446
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	relation	2	55	3025
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	general	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	suitability	2	114.28571428571428	7168.367346938776
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	task	2	80	3200
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	visibility	2	108.33333333333334	5902.777777777777
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	suitability	2	114.28571428571428	7168.367346938776
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	task	2	120	8000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	visibility	2	108.33333333333334	5902.777777777777
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	relation	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	suitability	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	task	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	visibility	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	general	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	growth	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	relation	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	suitability	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	task	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	visibility	0	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	task	3	195.5666666666667	14022.987777777778
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	visibility	3	197.58333333333334	13472.506944444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	general	2	141	10053
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	general	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	growth	3	140.6388888888889	6875.5933641975325
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	relation	3	159.11111111111111	11147.456790123457
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	suitability	3	135.11904761904762	6194.061791383221
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	task	3	123.33333333333334	5211.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	visibility	3	152.5	8881.25
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	general	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	all		growth	7	272.88888888888897	11619.128086419756
8b0de1ab-9999-42a9-a589-397cdc514207	all		relation	7	300.3777777777778	17897.727901234568
8b0de1ab-9999-42a9-a589-397cdc514207	all		suitability	7	363.9047619047619	19919.90136054422
8b0de1ab-9999-42a9-a589-397cdc514207	all		task	7	335.33333333333337	17587.61111111111
8b0de1ab-9999-42a9-a589-397cdc514207	all		visibility	7	356.6666666666667	22509.72222222222
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	growth	1	17.666666666666668	312.11111111111114
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	relation	1	44.6	1989.16
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	suitability	1	56.166666666666664	3154.6944444444443
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	task	1	54.5	2970.25
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	visibility	1	87.5	7656.25
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	growth	1	17.666666666666668	312.11111111111114
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	growth	1	43.75	1914.0625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	relation	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	suitability	1	70.83333333333333	5017.36111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	task	1	56.25	3164.0625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	visibility	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	general	1	54	2916
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	growth	2	149.25	11225.5625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	relation	2	107.33333333333333	6133.777777777777
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	suitability	2	110.46666666666667	6362.884444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	task	2	84.75	3976.3125
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	visibility	2	70.83333333333334	2517.3611111111113
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	growth	3	197.91666666666669	13546.006944444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	relation	3	148.33333333333334	7502.777777777777
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	suitability	3	160	10222.222222222224
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	task	3	109.58333333333334	4675.173611111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	visibility	3	150	8055.555555555557
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	general	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	general	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	growth	3	151.05555555555554	7678.544753086421
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	relation	3	134.11111111111111	7772.456790123457
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	suitability	3	135.11904761904762	6194.061791383221
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	task	3	163.33333333333334	10011.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	visibility	3	152.5	8881.25
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	general	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	suitability	4	205.95238095238096	11412.98185941043
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	task	4	260.83333333333337	18270.13888888889
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	visibility	4	247.91666666666669	16011.284722222223
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	general	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	growth	1	37.5	1406.25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	relation	1	37.5	1406.25
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	suitability	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	task	1	65	4225
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	visibility	1	58.333333333333336	3402.777777777778
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	general	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	task	2	111.80555555555557	6250.48225308642
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	visibility	2	102.08333333333334	5316.840277777779
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	general	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	growth	1	83.33333333333334	6944.444444444446
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	relation	1	41.66666666666667	1736.1111111111115
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	suitability	1	40.00000000000001	1600.0000000000007
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	task	1	55.555555555555564	3086.4197530864208
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	visibility	1	58.33333333333334	3402.7777777777787
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	growth	2	93.75000000000001	4414.0625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	relation	2	133.33333333333334	9027.777777777777
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	suitability	2	90.83333333333331	5417.36111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	task	2	76.25	3564.0625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	relation	1	44.6	1989.16
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	suitability	1	56.166666666666664	3154.6944444444443
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	task	1	54.5	2970.25
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	visibility	1	87.5	7656.25
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	visibility	2	91.66666666666666	5069.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	general	2	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	general	2	58.333333333333336	1736.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	growth	2	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	relation	2	75	3125
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	suitability	2	144.16666666666669	10395.13888888889
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	task	2	95.83333333333334	5017.361111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	general	2	91	4505
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	growth	2	118.5	7099.25
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	relation	2	113.75	6486.0625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	suitability	2	118.66666666666666	7041.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	task	2	117.39999999999999	7174.5999999999985
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	visibility	2	100.25	5027.5625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	visibility	2	125	8125
76cdeafb-2214-4c4b-8780-19bc53762613	all		general	7	378.3333333333333	24782.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	general	2	175	15625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	general	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	growth	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	relation	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	suitability	1	70.83333333333333	5017.36111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	task	1	62.5	3906.25
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	visibility	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		general	7	524.3333333333333	43664.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		growth	9	438.36111111111114	25606.871141975313
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		relation	9	401.05	19963.146944444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		suitability	9	439.8412698412699	22594.457168052406
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		task	9	512.2055555555555	31162.942253086425
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	general	3	145	7421
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	growth	3	186.5	11723.25
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	relation	3	181.08333333333331	11019.840277777777
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	suitability	3	162.46666666666664	8959.551111111112
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	task	3	145.89999999999998	7986.8499999999985
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	visibility	3	137.75	6433.8125
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	growth	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	relation	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	suitability	1	54.166666666666664	2934.0277777777774
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	task	1	56.25	3164.0625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	visibility	1	43.75	1914.0625
76cdeafb-2214-4c4b-8780-19bc53762613	all		growth	8	428.1666666666667	27183.319444444445
76cdeafb-2214-4c4b-8780-19bc53762613	all		relation	8	429.4166666666667	24772.618055555555
76cdeafb-2214-4c4b-8780-19bc53762613	all		suitability	8	464.13333333333327	29216.49555555555
76cdeafb-2214-4c4b-8780-19bc53762613	all		task	8	374.2333333333333	19732.336111111108
76cdeafb-2214-4c4b-8780-19bc53762613	all		visibility	8	387.75	20739.368055555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		visibility	9	544.6666666666667	34036.569444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	growth	2	133.33333333333334	9444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	growth	3	181.41666666666669	11044.756944444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	relation	3	145.63333333333333	8763.667777777779
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	suitability	3	139.72222222222223	6647.447530864199
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	task	3	139.56666666666666	6642.321111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	relation	2	91.66666666666667	4236.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	suitability	2	94.16666666666667	4534.027777777778
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	general	4	350	32500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	growth	4	123.61111111111111	5117.66975308642
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	relation	4	163.75	6963.368055555557
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	general	2	163	13969
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	growth	3	171.36111111111111	10049.815586419754
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	relation	3	182.4666666666667	11335.862222222224
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	suitability	3	132.65079365079367	6058.6669186193
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	task	3	139.83333333333334	6664.472222222223
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	visibility	3	186.66666666666669	11844.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	general	3	278	26084
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	growth	3	96.16666666666667	4706.361111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	relation	3	89.41666666666667	2984.9236111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	suitability	3	138.02380952380952	6376.762471655328
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	visibility	3	194.66666666666669	12708.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	general	3	185.33333333333334	11592.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	growth	3	128.08333333333334	5613.673611111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	relation	3	96.83333333333336	3218.3611111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	suitability	3	154.88095238095238	8097.236394557824
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	task	3	126.08333333333334	6495.618055555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	general	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	visibility	3	85.66666666666666	2838.777777777778
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	general	2	133.33333333333337	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	growth	3	135.41666666666669	7296.006944444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	relation	3	131.25	7990.451388888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	suitability	3	142.26190476190476	6954.7193877551035
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	task	3	143.75000000000003	7052.9513888888905
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	visibility	3	131.94444444444446	6506.558641975309
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	general	3	100.00000000000001	5555.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	growth	4	188.19444444444446	10174.093364197532
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	relation	4	142.36111111111111	8113.9081790123455
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	suitability	4	217.26190476190476	12440.830498866217
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	task	4	182.08333333333337	8605.729166666668
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	visibility	4	223.61111111111114	12826.003086419754
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	growth	1	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	relation	1	60	3600
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	suitability	1	53.333333333333336	2844.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	task	1	26.666666666666668	711.1111111111112
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	visibility	1	75	5625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	growth	2	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	relation	2	110	6100.000000000001
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	suitability	2	100.95238095238095	5112.018140589569
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	task	2	76.66666666666667	3211.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	visibility	2	108.33333333333334	6736.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	general	2	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	growth	2	66.66666666666667	2222.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	relation	2	36.111111111111114	748.4567901234568
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	suitability	2	85.71428571428572	3854.8752834467127
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	task	2	120	7288.8888888888905
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	visibility	2	58.33333333333334	2013.8888888888894
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		general	10	688.3333333333334	56614.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		growth	11	677.5277777777778	43649.20910493827
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		relation	11	614.7777777777778	37465.11827160494
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		suitability	11	589.9142857142857	32437.424807256233
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		task	11	650.9944444444444	42445.79299382716
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		visibility	11	536.4166666666667	31483.5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	general	3	202	16354
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	general	3	205.33333333333334	16295.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	growth	3	171.19444444444446	10463.556327160495
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	relation	3	168.31111111111113	10432.333827160495
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	suitability	3	148.67619047619047	7763.65723356009
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	general	4	110.33333333333334	4440.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	growth	4	197.5277777777778	9880.648919753086
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	relation	4	114.19444444444446	3693.380401234568
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	suitability	4	215	12245.833333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	task	4	157.75	7203.95138888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	visibility	4	219	12283.222222222224
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	general	2	122	10484
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	growth	2	118.91666666666667	7174.506944444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	relation	2	99.46666666666667	5520.284444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	suitability	2	119.5	7140.25
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	task	2	122.91666666666667	7608.506944444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	general	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	general	3	91.66666666666667	5069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	growth	3	150	8055.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	relation	3	92.36111111111111	3600.0192901234577
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	suitability	3	118.45238095238096	4784.934807256235
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	task	3	163.33333333333334	8944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	visibility	3	133.33333333333334	6250
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		general	9	377.00000000000006	22217.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		growth	11	532.9444444444445	28287.766975308645
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		relation	11	391.5555555555555	18532.288580246917
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		suitability	11	543.9285714285714	28167.44614512472
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		task	11	498.16666666666674	24756.902777777777
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		visibility	11	517.6111111111112	27539.780864197535
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	general	4	224	16838
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	growth	4	235.41666666666669	14521.756944444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	relation	4	229.96666666666667	14050.534444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	suitability	4	212.5	11549.25
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	task	4	273.25	19041.95138888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	visibility	4	223.66666666666669	12870.944444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	general	2	172	15184
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	general	2	92.33333333333334	4592.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	growth	2	134.11111111111111	9222.827160493829
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	relation	2	57.333333333333336	1687.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	suitability	2	117.42857142857143	6899.673469387755
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	task	2	96.73333333333333	5130.671111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	visibility	2	78.66666666666667	3105.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	task	3	193.51111111111112	13950.253827160497
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	visibility	3	157	9704.555555555558
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	growth	3	185.08333333333334	11566.95138888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	relation	3	179.7	10778.09
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	visibility	2	108.66666666666667	6208.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	suitability	3	172.48571428571427	9943.362448979591
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	task	3	165.73333333333335	10817.53777777778
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	visibility	3	75.75	2938.0625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	general	2	159	13481
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	growth	2	137.58333333333334	9775.006944444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	relation	2	94	5476
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	suitability	2	114.45238095238095	6568.395124716553
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	task	2	100.9	5425.8099999999995
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	visibility	2	112	6994
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	general	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	growth	1	81.25	6601.5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	relation	1	70	4900
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	suitability	1	54.166666666666664	2934.0277777777774
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	task	1	37.5	1406.25
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	visibility	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	growth	3	158.16666666666669	9083.361111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	relation	3	208.27777777777777	14579.632716049384
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	suitability	3	126.33333333333333	5520.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	task	3	228.1111111111111	17482.827160493827
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	visibility	3	198.33333333333334	13606.944444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	growth	2	133.33333333333334	8888.88888888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	relation	2	122.5	7506.25
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	suitability	2	114.28571428571428	6556.122448979591
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	task	2	83.33333333333334	4027.777777777778
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	visibility	2	43.75	1914.0625
\.


--
-- Data for Name: wave_group_counts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wave_group_counts (wave_id, "grouping", group_value, n_responses) FROM stdin;
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	1
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	2
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	2
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	2
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	1
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	2
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	1
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	1
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	1
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	3
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		9
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	3
2f241495-4617-41bf-90cb-b5874cafde14	all		5
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	3
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	1
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	1
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	3
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	2
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	3
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	2
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	2
8b0de1ab-9999-42a9-a589-397cdc514207	all		7
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	1
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	1
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	1
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	2
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	3
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	2
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	3
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	2
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	4
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	4
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	4
76cdeafb-2214-4c4b-8780-19bc53762613	all		8
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	1
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	2
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	1
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	2
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	3
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	3
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	2
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	4
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	1
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	2
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	1
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		11
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	3
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	3
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	2
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	3
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	3
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		11
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	2
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	1
\.


--
-- Data for Name: wave_item_totals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wave_item_totals (wave_id, "grouping", group_value, item_number, n, total, total_squares) FROM stdin;
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	1	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	12	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	1	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	12	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	all		1	3	215.33333333333334	15612.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	all		2	4	210.33333333333337	13837.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	all		3	4	184	15450
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	1	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	2	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	4	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	7	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	all		5	5	343	31629
2f241495-4617-41bf-90cb-b5874cafde14	all		6	5	243.33333333333337	17809.11111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		11	3	169.33333333333334	12407.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		12	4	69.33333333333334	2407.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	3	2	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	5	2	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	6	2	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	8	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	9	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	10	2	166.66666666666669	14444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	12	2	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	13	2	166.66666666666669	14444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	14	2	100	5555.555555555557
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	15	2	133.33333333333334	8888.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	18	2	66.66666666666667	2222.2222222222226
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	20	2	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	21	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	22	2	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	23	2	133.33333333333334	11111.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	24	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	26	2	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	3	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	5	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	6	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	8	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	9	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	10	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	12	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	13	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	14	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	15	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	18	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	20	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	21	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	22	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	23	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	24	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	police	26	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	all		16	3	186.66666666666669	14844.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	all		26	5	310	27018
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	1	1	82	6724
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	11	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	16	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	17	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	19	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coproducer	25	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	1	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	2	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	3	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	4	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	5	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	6	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	7	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	10	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	11	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	12	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	13	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	14	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	15	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	16	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	17	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	18	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	19	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	20	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	22	1	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	23	1	33.333333333333336	1111.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	25	1	66.66666666666667	4444.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	welfare	26	1	100	10000
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	2	2	73.66666666666667	4493.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	3	1	11	121
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	4	1	27	729
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	5	2	198	19604
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	6	2	106.33333333333334	6440.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	7	1	14	196
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	8	2	115	10225
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	9	2	121.66666666666667	7469.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	10	2	126	10676
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	11	2	136	11296
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	13	2	119.66666666666667	7253.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	14	2	50.333333333333336	1400.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	16	2	120	10400
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	17	2	89.33333333333334	4247.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	18	2	118	10324
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	19	2	110.66666666666667	6380.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	20	2	61.333333333333336	1895.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	21	2	132	11024
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	22	2	63.333333333333336	2011.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	23	2	50	2500
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	24	1	77	5929
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	25	2	39	1521
2f241495-4617-41bf-90cb-b5874cafde14	role	coordinator	26	2	133	11089
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	2	2	73.66666666666667	4493.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	3	1	11	121
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	4	1	27	729
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	5	2	198	19604
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	6	2	106.33333333333334	6440.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	7	1	14	196
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	8	2	115	10225
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	9	2	121.66666666666667	7469.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	10	2	126	10676
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	11	2	136	11296
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	13	2	119.66666666666667	7253.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	14	2	50.333333333333336	1400.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	16	2	120	10400
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	17	2	89.33333333333334	4247.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	18	2	118	10324
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	19	2	110.66666666666667	6380.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	20	2	61.333333333333336	1895.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	21	2	132	11024
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	22	2	63.333333333333336	2011.1111111111113
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	23	2	50	2500
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	24	1	77	5929
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	25	2	39	1521
2f241495-4617-41bf-90cb-b5874cafde14	sector	housing	26	2	133	11089
2f241495-4617-41bf-90cb-b5874cafde14	all		25	4	154.66666666666669	8366.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	all		1	3	200	16250
8b0de1ab-9999-42a9-a589-397cdc514207	all		5	3	150	8750
8b0de1ab-9999-42a9-a589-397cdc514207	all		3	6	273.6666666666667	20193.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	all		4	6	361.33333333333337	25945.11111111111
8b0de1ab-9999-42a9-a589-397cdc514207	all		9	6	275.33333333333337	19525.11111111111
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	2	1	70	4900
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	3	1	73	5329
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	4	1	68	4624
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	5	1	45	2025
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	6	1	37	1369
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	7	1	81	6561
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	8	1	56	3136
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	12	1	36	1296
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	13	1	6	36
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	14	1	49	2401
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	15	1	13	169
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	17	1	90	8100
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	18	1	96	9216
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	19	1	35	1225
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	20	1	36	1296
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	21	1	36	1296
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	22	1	60	3600
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	23	1	16	256
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	24	1	40	1600
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	25	1	49	2401
2f241495-4617-41bf-90cb-b5874cafde14	role	professional	26	1	77	5929
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	1	1	82	6724
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	2	1	70	4900
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	3	1	73	5329
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	4	1	68	4624
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	5	1	45	2025
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	6	1	37	1369
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	7	1	81	6561
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	8	1	56	3136
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	12	1	36	1296
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	13	1	6	36
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	14	1	49	2401
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	15	1	13	169
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	17	1	90	8100
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	18	1	96	9216
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	19	1	35	1225
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	20	1	36	1296
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	21	1	36	1296
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	22	1	60	3600
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	23	1	16	256
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	24	1	40	1600
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	25	1	49	2401
2f241495-4617-41bf-90cb-b5874cafde14	sector	health_care	26	1	77	5929
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	5	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	6	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	11	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	16	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	5	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	6	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	11	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	16	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	all		4	3	128.33333333333334	6464.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		7	3	195	16757
2f241495-4617-41bf-90cb-b5874cafde14	all		8	4	204.33333333333337	14472.11111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		9	3	155	8580.555555555557
2f241495-4617-41bf-90cb-b5874cafde14	all		10	4	292.6666666666667	25120.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	all		13	5	292.33333333333337	21733.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	all		14	5	199.33333333333334	9356.666666666668
2f241495-4617-41bf-90cb-b5874cafde14	all		15	3	146.33333333333334	9057.88888888889
2f241495-4617-41bf-90cb-b5874cafde14	all		17	4	246	16791.555555555555
2f241495-4617-41bf-90cb-b5874cafde14	all		18	5	280.6666666666667	21762.222222222223
2f241495-4617-41bf-90cb-b5874cafde14	all		19	4	245.66666666666669	17605.444444444445
2f241495-4617-41bf-90cb-b5874cafde14	all		20	5	197.33333333333337	13191.11111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		21	4	201.33333333333334	13431.111111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		22	5	190	10055.555555555557
2f241495-4617-41bf-90cb-b5874cafde14	all		23	5	199.33333333333334	13867.11111111111
2f241495-4617-41bf-90cb-b5874cafde14	all		24	3	217	17529
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	1	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	2	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	3	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	4	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	7	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	8	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	9	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	10	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	13	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	14	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	15	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	17	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	18	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	19	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	20	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	21	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	22	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	23	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	24	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	role	volunteer	25	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	1	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	2	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	3	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	4	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	7	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	8	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	9	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	10	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	13	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	14	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	15	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	17	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	18	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	19	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	20	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	21	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	22	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	23	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	24	0	0	0
2f241495-4617-41bf-90cb-b5874cafde14	sector	social_care	25	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	21	1	53	2809
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	1	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	2	2	85	3725
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	5	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	13	2	131	10961
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	15	2	51	1301
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	21	2	78	3434
8b0de1ab-9999-42a9-a589-397cdc514207	all		2	6	378	26124
8b0de1ab-9999-42a9-a589-397cdc514207	all		6	7	287	22555
8b0de1ab-9999-42a9-a589-397cdc514207	all		13	6	279	17015
8b0de1ab-9999-42a9-a589-397cdc514207	all		15	4	216	15526
8b0de1ab-9999-42a9-a589-397cdc514207	all		18	4	267	20739
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	1	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	2	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	3	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	4	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	5	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	6	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	7	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	9	1	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	10	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	12	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	13	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	16	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	17	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	18	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	19	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	20	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	21	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	22	1	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	24	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	25	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	coproducer	26	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	1	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	2	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	3	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	4	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	5	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	6	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	7	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	9	1	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	10	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	12	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	13	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	16	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	17	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	18	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	19	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	20	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	21	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	22	1	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	24	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	25	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	welfare	26	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	2	2	125	8125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	1	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	5	1	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	14	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	15	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	16	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	18	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	3	2	150	12500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	9	2	33.333333333333336	1111.1111111111113
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	10	3	185.66666666666669	11705.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	12	2	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	16	3	99	9801
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	4	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	6	2	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	7	2	175	15625
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	8	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	9	2	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	10	2	125	8125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	11	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	12	2	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	13	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	17	2	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	19	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	20	2	50	1250
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	22	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	all		12	5	150	12500
8b0de1ab-9999-42a9-a589-397cdc514207	all		11	5	289.33333333333337	20797.11111111111
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	1	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	5	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	18	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	12	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	19	3	205	15525
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	20	3	142.66666666666669	7670.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	22	3	73	2929
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	23	3	201	20001
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	25	3	149.66666666666669	11333.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	23	2	150	12500
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	25	2	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	role	professional	26	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	2	2	125	8125
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	3	2	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	4	2	125	8125
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	6	2	100	6250
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	7	2	175	15625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	8	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	9	2	175	15625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	10	2	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	11	2	125	10625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	12	2	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	13	2	125	10625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	17	2	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	19	2	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	20	2	75	3125
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	22	2	150	12500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	23	2	125	8125
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	25	2	150	12500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	26	2	100	6250
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	22	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	26	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	1	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	2	1	93	8649
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	3	1	57	3249
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	4	1	78	6084
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	6	1	8	64
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	7	1	30	900
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	9	1	17	289
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	11	1	81	6561
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	13	1	48	2304
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	1	1	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	2	2	85	3725
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	5	1	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	13	2	81	3461
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	15	2	126	10676
8b0de1ab-9999-42a9-a589-397cdc514207	all		22	6	273	17929
8b0de1ab-9999-42a9-a589-397cdc514207	all		26	5	201	16251
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	3	2	116.66666666666667	6944.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	4	2	58.333333333333336	1736.1111111111113
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	6	3	79	6241
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	7	3	167.66666666666669	10745.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	8	3	155	11525
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	11	2	83.33333333333334	3611.1111111111113
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	14	3	221.33333333333334	18855.11111111111
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	17	3	159	13481
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	24	2	58.333333333333336	1736.1111111111113
8b0de1ab-9999-42a9-a589-397cdc514207	all		23	5	326	28126
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	3	2	66.66666666666667	4444.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	4	2	108.33333333333334	6736.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	6	3	104	6866
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	7	3	167.66666666666669	10745.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	8	3	155	11525
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	9	2	133.33333333333334	11111.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	10	3	135.66666666666669	9205.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	11	2	133.33333333333334	11111.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	12	2	100	10000
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	14	3	146.33333333333334	9480.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	16	3	174	15426
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	17	3	134	9106
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	18	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	19	3	155	13025
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	20	3	167.66666666666669	9545.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	22	3	148	12304
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	23	3	176	15626
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	24	3	58.333333333333336	1736.1111111111113
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	25	3	249.66666666666669	21333.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	role	coordinator	26	3	126	10626
8b0de1ab-9999-42a9-a589-397cdc514207	all		7	7	372.6666666666667	27270.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	all		8	6	301	19691
8b0de1ab-9999-42a9-a589-397cdc514207	all		10	7	407.6666666666667	28139.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	all		14	5	310.33333333333337	23576.11111111111
8b0de1ab-9999-42a9-a589-397cdc514207	all		16	6	295	25867
8b0de1ab-9999-42a9-a589-397cdc514207	all		17	7	240	19142
8b0de1ab-9999-42a9-a589-397cdc514207	all		19	7	240	16250
8b0de1ab-9999-42a9-a589-397cdc514207	all		20	7	237.66666666666669	11195.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	all		24	5	167.33333333333334	9417.111111111111
8b0de1ab-9999-42a9-a589-397cdc514207	all		25	7	390.6666666666667	32114.444444444445
8b0de1ab-9999-42a9-a589-397cdc514207	sector	housing	26	2	101	10001
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	1	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	5	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	14	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	15	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	16	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	18	1	75	5625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	21	1	25	625
8b0de1ab-9999-42a9-a589-397cdc514207	sector	health_care	24	1	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	all		21	4	201	13963
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	8	1	71	5041
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	10	1	72	5184
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	14	1	64	4096
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	15	1	65	4225
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	16	1	21	441
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	17	1	6	36
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	18	1	67	4489
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	19	1	10	100
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	20	1	20	400
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	21	1	23	529
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	24	1	84	7056
8b0de1ab-9999-42a9-a589-397cdc514207	role	volunteer	25	1	91	8281
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	2	1	93	8649
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	3	1	57	3249
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	4	1	78	6084
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	8	1	71	5041
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	10	1	72	5184
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	18	1	67	4489
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	17	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	5	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	8	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	11	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	13	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	17	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	18	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	22	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	8	2	116.66666666666667	6944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	2	2	144	10386
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	4	2	134	11156
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	6	2	127	10729
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	7	2	51	2601
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	10	2	103	10009
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	12	2	79	3541
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	14	2	95	9025
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	15	2	46	1066
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	16	2	161	13021
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	19	2	188	17744
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	20	2	127	8329
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	21	2	114	6596
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	24	2	20	400
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	25	2	63	2669
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	26	2	121	7541
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	2	2	175	15625
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	4	3	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	5	3	141.66666666666669	10069.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	6	3	233.33333333333334	21111.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	7	3	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	10	3	166.66666666666669	12222.222222222223
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	11	3	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	12	3	125	10625
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	13	3	33.333333333333336	1111.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	14	3	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	15	3	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	16	3	208.33333333333334	16736.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	18	3	216.66666666666669	16944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	19	3	266.6666666666667	24444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	20	3	241.66666666666669	20069.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	21	3	50	2500
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	5	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	12	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	22	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	26	0	0	0
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	6	1	8	64
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	7	1	30	900
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	9	1	17	289
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	11	1	81	6561
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	13	1	48	2304
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	14	1	64	4096
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	15	1	65	4225
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	16	1	21	441
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	17	1	6	36
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	19	1	10	100
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	20	1	20	400
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	21	1	23	529
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	24	1	84	7056
8b0de1ab-9999-42a9-a589-397cdc514207	sector	social_care	25	1	91	8281
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	3	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	9	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	all		3	2	120	8168
76cdeafb-2214-4c4b-8780-19bc53762613	all		9	5	261.6666666666667	19017.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	16	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	all		16	7	435.33333333333337	32097.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		23	3	172.66666666666669	10160.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	23	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	3	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	all		1	7	378.3333333333333	24782.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		2	6	429	32111
76cdeafb-2214-4c4b-8780-19bc53762613	all		5	6	301.6666666666667	18669.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	all		4	8	472.33333333333326	37224.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		6	8	505.3333333333333	39397.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		7	7	341.6666666666667	24971.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	all		8	6	357.6666666666667	26429.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	all		10	7	371.66666666666663	26411.22222222222
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	1	2	58.333333333333336	1736.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	1	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	2	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	4	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	5	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	6	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	7	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	8	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	10	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	11	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	12	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	13	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	14	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	15	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	17	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	18	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	19	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	20	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	21	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	24	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	25	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coproducer	26	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	all		13	7	322.33333333333337	23434.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		18	7	386.6666666666667	27842.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	8	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	all		20	8	454.6666666666667	32538.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	2	2	150	12500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	4	2	108.33333333333334	6736.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		11	7	282	21220
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	5	2	116.66666666666667	6944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	6	2	200	20000
76cdeafb-2214-4c4b-8780-19bc53762613	all		12	8	373	25847
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	7	2	116.66666666666667	6944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	9	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	16	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	23	1	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	all		26	8	503.3333333333333	36223.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		14	7	411.3333333333333	33485.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		15	7	207	11139
76cdeafb-2214-4c4b-8780-19bc53762613	all		17	2	100	5000
76cdeafb-2214-4c4b-8780-19bc53762613	all		19	8	440.6666666666667	35888.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	all		21	8	367	28065
76cdeafb-2214-4c4b-8780-19bc53762613	all		24	8	366.3333333333333	27100.11111111111
76cdeafb-2214-4c4b-8780-19bc53762613	all		25	8	259.6666666666667	13205.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	17	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	5	1	60	3600
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	2	1	60	3600
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	3	1	82	6724
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	5	1	60	3600
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	7	1	99	9801
76cdeafb-2214-4c4b-8780-19bc53762613	all		22	5	315.6666666666667	26549.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	8	2	66	3860
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	9	2	95	4573
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	11	2	132	8720
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	13	2	114	6698
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	18	2	95	5273
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	22	2	99	9605
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	1	2	91	4505
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	4	2	130	9332
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	6	2	95	5057
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	1	3	145	7421
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	2	2	129	8361
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	3	2	120	8168
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	4	3	164	10488
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	6	3	122	5786
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	7	2	150	12402
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	10	3	155	11689
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	12	3	148	10222
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	14	3	253	21749
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	15	3	157	9889
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	16	3	152	9736
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	19	3	174	11444
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	20	3	163	9969
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	21	3	242	19940
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	23	2	106	5716
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	24	3	83	3489
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	25	3	93	3761
76cdeafb-2214-4c4b-8780-19bc53762613	role	coordinator	26	3	220	16362
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	10	2	83.33333333333334	3611.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	11	2	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	12	2	150	12500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	13	2	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	14	2	58.333333333333336	1736.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	15	2	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	18	2	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	19	2	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	20	2	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	21	2	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	24	2	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	25	2	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	welfare	26	2	175	15625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	8	2	66	3860
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	9	2	95	4573
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	10	2	152	11680
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	11	2	132	8720
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	12	2	94	7306
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	13	2	114	6698
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	14	2	158	12724
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	15	2	136	9448
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	16	2	66	2340
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	18	2	95	5273
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	19	2	86	3700
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	20	2	111	7265
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	21	2	178	15844
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	22	2	99	9605
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	23	1	60	3600
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	24	2	63	3089
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	25	2	80	3592
76cdeafb-2214-4c4b-8780-19bc53762613	sector	social_care	26	2	149	11321
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	22	2	166.66666666666669	14444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	1	2	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	9	2	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	24	3	133.33333333333334	11111.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	25	3	116.66666666666667	6944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	26	3	183.33333333333334	13611.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	1	2	175	15625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	3	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	5	2	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	10	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	14	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	15	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	17	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	23	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	3	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	13	2	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	4	2	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	18	2	175	15625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	6	2	83.33333333333334	3611.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	20	2	116.66666666666667	6944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	7	2	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	8	2	141.66666666666669	10069.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	9	2	166.66666666666669	14444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	10	1	33.33333333333334	1111.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	26	2	58.333333333333336	1736.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	11	2	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	12	2	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	14	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	15	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	16	2	108.33333333333334	6736.111111111111
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	1	1	54	2916
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	3	1	38	1444
76cdeafb-2214-4c4b-8780-19bc53762613	sector	citizen	23	1	46	2116
76cdeafb-2214-4c4b-8780-19bc53762613	role	professional	23	1	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	1	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	2	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	5	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	13	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	18	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	20	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	26	1	25	625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	2	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		24	8	391	28308.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	7	3	210.66666666666669	15780.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	8	3	145	11025
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		13	8	487.6666666666667	41177.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		15	5	211.66666666666669	14247.222222222223
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		16	8	322.6666666666667	16863.77777777778
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	4	3	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	4	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	6	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	7	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	8	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	9	1	100	10000
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	11	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	12	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	16	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	19	1	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	21	1	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	22	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	24	1	50	2500
76cdeafb-2214-4c4b-8780-19bc53762613	role	volunteer	25	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	4	2	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		18	8	406	27525.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		19	7	320	21005.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	8	3	225	20625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		20	7	359.3333333333333	27597.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		25	8	540	40905.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	15	2	66.66666666666667	2222.2222222222226
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	1	3	278	26084
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	2	3	108.66666666666667	6208.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	3	3	67	2389
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		21	6	277	18560.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	5	3	105	10025
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		22	9	486	39561.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	1	4	350	32500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	2	4	141.66666666666669	10069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	3	4	158.33333333333334	11736.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	5	4	208.33333333333334	16736.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	7	4	316.6666666666667	26944.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	9	3	175	15625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	10	4	250	22500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	12	4	291.6666666666667	25069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	13	3	241.66666666666669	20069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	14	4	100	5555.555555555557
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	16	4	191.66666666666669	10347.222222222223
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	18	4	266.6666666666667	19444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	19	3	58.333333333333336	1736.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	20	3	225	20625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	21	3	108.33333333333334	6736.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	22	4	58.333333333333336	1736.1111111111113
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	17	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	19	2	66.66666666666667	4444.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	21	2	75	5625
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	22	2	116.66666666666669	6944.444444444445
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	23	0	0	0
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	24	2	150	12500
76cdeafb-2214-4c4b-8780-19bc53762613	sector	housing	25	2	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	17	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		14	8	395	33512.555555555555
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		4	5	191.66666666666669	15069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		17	6	318.33333333333337	24836.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		23	8	553.6666666666667	43289.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	6	3	125	10625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	11	3	150	12500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	17	3	83.33333333333334	3611.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	23	3	250	22500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	25	4	258.33333333333337	19236.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	26	3	108.33333333333334	4236.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		26	8	402.3333333333333	22997.666666666668
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	1	2	163	13969
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	3	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	4	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	12	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	14	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	20	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	coordinator	24	3	150	8055.555555555557
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	10	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	2	2	30	900
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	3	2	34.333333333333336	1112.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		7	7	477.3333333333333	38002.666666666664
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	5	2	69.33333333333334	2407.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	6	3	100.33333333333334	5600.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		9	7	278.6666666666667	20838.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	2	2	166.66666666666669	14444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	8	2	161	13721
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	11	3	91.66666666666667	5069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		10	5	309	25981
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	13	3	154.66666666666669	12188.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	14	3	255.66666666666669	22365.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	15	3	178.33333333333334	13136.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	4	2	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	7	2	133.33333333333334	11111.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	12	2	200	20000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		12	7	480.6666666666667	39790.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	6	2	168	14624
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	11	2	114	10196
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	23	2	149	12401
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	26	2	110	7850
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		1	7	524.3333333333333	43664.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		2	8	380.33333333333337	27177.88888888889
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		3	7	301.33333333333337	23501.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		5	8	382.6666666666667	29168.22222222222
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		6	8	326.6666666666667	21960.222222222223
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		8	7	339.3333333333333	25857.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	all		11	8	430.6666666666667	33390.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	16	3	97.66666666666667	3183.2222222222226
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	17	3	168.33333333333334	12336.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	18	3	212.33333333333334	17352.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	19	3	160	9155.555555555557
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	25	2	133.33333333333334	11111.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	15	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	16	2	108.33333333333334	6736.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	1	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	2	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	3	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	5	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	6	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	7	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	9	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	10	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	11	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	12	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	13	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	14	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	16	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	17	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	18	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	19	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	20	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	21	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	22	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	23	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	25	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	citizen	26	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	1	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	5	2	133.33333333333334	11111.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	6	2	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	7	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	8	2	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	9	2	91.66666666666667	5069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	11	2	175	15625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	13	2	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	15	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	16	2	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	17	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	18	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	19	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	22	2	166.66666666666669	14444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	23	2	150	12500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	24	2	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	25	2	141.66666666666669	10069.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	1	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	2	1	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	5	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	6	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	7	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	8	1	33.333333333333336	1111.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	9	1	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	11	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	13	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	15	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	16	1	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	17	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	18	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	19	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	22	1	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	23	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	24	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	25	1	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	police	26	1	66.66666666666667	4444.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	10	1	59	3481
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	9	3	187	15769
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	10	3	209	15981
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	12	3	155.66666666666669	9165.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	13	2	158	13364
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	14	3	39.333333333333336	1147.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	18	3	143.66666666666669	7673.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	19	2	35	1225
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	20	2	170	14900
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	21	3	51.333333333333336	1435.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	1	2	141	10053
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	2	2	72	2664
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	3	2	43	1765
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	5	2	41	1321
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	8	2	81	4121
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	25	2	140	11600
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	2	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	3	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	4	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	5	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	6	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	8	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	9	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	11	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	12	1	25	625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	13	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	14	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	16	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	20	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	22	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	23	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	24	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	25	1	75	5625
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	welfare	26	1	50	2500
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	professional	26	2	116.66666666666667	6944.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	4	1	100	10000
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	9	1	0	0
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	7	2	127.33333333333334	9947.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	9	2	12	144
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		17	7	249.33333333333337	21367.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	12	2	164	14096
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		22	7	399.6666666666667	27339
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		24	9	300	19583.33333333333
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	1	3	91.66666666666667	5069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	3	3	91.66666666666667	2847.2222222222226
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	6	3	168.33333333333334	10224.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	11	3	105.66666666666667	5265.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	13	3	146	11108
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	14	3	195	17957
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	15	2	145	12025
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	16	2	64.33333333333334	2072.1111111111113
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	17	2	135	11225
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	18	3	139.33333333333334	8081.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	19	3	161.66666666666669	9269.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	20	3	134.33333333333334	6972.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	21	3	168.66666666666669	11824.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	22	3	261	23381
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	23	3	153.66666666666669	8289.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	24	3	241	20253
252c7ff8-d03f-4c94-b9d3-e84313b925ff	role	volunteer	26	3	177.33333333333334	11817.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	20	3	164.33333333333334	12072.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	21	2	150.66666666666669	11500.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	22	3	166	14356
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	23	3	204.66666666666669	15888.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	24	3	216.33333333333334	18000.11111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	housing	26	3	125.66666666666667	5703.222222222223
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		1	9	377.00000000000006	22217.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		3	9	278.33333333333337	12719.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		4	10	499	41606.555555555555
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		5	10	727.6666666666667	60398.77777777778
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		6	9	575.6666666666667	49625.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		7	9	262.33333333333337	15085.444444444447
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		8	8	300	13888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		9	10	591.6666666666667	43680.555555555555
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		11	9	510.3333333333335	40073.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		13	10	446.6666666666667	35594.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		10	7	305.6666666666667	25265.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		12	9	191.66666666666669	12847.222222222223
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	22	3	128.33333333333334	10136.111111111111
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	24	3	174.66666666666669	10308.444444444445
252c7ff8-d03f-4c94-b9d3-e84313b925ff	sector	social_care	25	3	190	14100
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		2	9	422.00000000000006	29372.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		19	9	337.6666666666667	25163.22222222222
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		21	10	490	39211.11111111112
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		26	8	391.66666666666674	23680.55555555556
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	1	3	185.33333333333334	11592.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	2	4	166.66666666666669	10000.000000000002
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	10	2	25	625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	15	2	50	2500
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	2	3	188.66666666666669	14928.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	10	1	25	625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	17	3	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	22	2	125	10625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	15	2	116.66666666666667	6944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	24	3	208.33333333333334	16736.11111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		15	7	402.33333333333337	31749.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	3	3	78.33333333333334	3136.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	5	3	211	20121
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	7	3	104	5571.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	9	2	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	11	3	35.33333333333334	1115.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	13	2	155	13025
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	14	3	61.33333333333334	1895.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	16	3	91	8281
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	19	2	54.33333333333334	1552.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	20	3	135	6780.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	21	3	156.66666666666669	10322.222222222223
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	22	3	133	6644.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	24	2	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	25	2	39	1521
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	26	2	108.33333333333334	6736.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	14	1	33.33333333333334	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	12	2	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	15	3	185.66666666666669	14805.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	23	3	118	5879.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	3	2	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	2	2	200	20000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	17	2	33.333333333333336	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	5	3	93.33333333333334	2943.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	14	1	8	64
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	20	3	125	10625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	22	2	141.66666666666669	10069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	23	3	216.66666666666669	16944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	24	3	58.333333333333336	1736.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	25	3	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	3	2	70	2650
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	14	2	53	1409
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	23	3	134.66666666666669	7268.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	1	4	110.33333333333334	4440.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	4	4	224.00000000000003	15981.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	5	4	194.33333333333334	11509.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	6	3	234	19556
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	7	3	95.66666666666667	5085.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	8	2	116.66666666666667	6944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	9	3	216.66666666666669	16944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	10	3	114	10196
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	11	3	177	15629
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	12	3	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	13	4	130	8650
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	16	4	149.33333333333334	10017.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	17	4	16	256
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	18	3	208.33333333333334	16736.11111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	20	4	126.66666666666669	4072.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	22	3	208	16714
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	24	3	158.33333333333334	11736.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	25	4	272.3333333333333	22632.11111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	4	3	125	10625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	5	3	216.66666666666669	16944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	6	3	150	12500
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	7	3	25	625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	8	3	116.66666666666669	4722.222222222223
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	9	3	83.33333333333334	3611.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	10	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	11	3	241.66666666666669	20069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	12	3	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	13	3	175	15625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	14	3	25	625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	16	2	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	6	1	95	9025
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	24	2	98	5684
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	1	4	224	16838
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	6	3	95	9025
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	8	3	130	8658
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	15	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	1	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	2	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	7	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	13	3	216.66666666666669	16944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	18	4	241.66666666666669	17847.222222222223
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	26	4	150	8055.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	3	2	66.66666666666667	2222.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		18	9	516.6666666666666	39027.777777777774
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	4	2	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	5	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	6	2	200	20000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	8	2	66.66666666666667	2222.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	9	2	66.66666666666667	2222.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	16	3	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		23	10	701.3333333333334	57268.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	17	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	1	3	100.00000000000001	5555.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	4	4	175.00000000000003	11180.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	5	3	200	13333.333333333336
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	6	3	241.66666666666669	20069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	19	3	83.33333333333334	3611.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	7	3	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	8	3	150	8055.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	9	4	341.6666666666667	30069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	20	3	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	22	2	91.66666666666669	5069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	11	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	2	3	155.33333333333334	9372.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	19	3	154.33333333333334	11552.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	11	2	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	12	2	133.33333333333334	11111.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	13	2	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	24	2	75	5625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	18	2	108.33333333333334	6736.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	12	3	58.333333333333336	1736.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	13	4	116.66666666666667	6944.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	16	4	133.33333333333334	11111.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	21	3	156.66666666666669	12544.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	26	3	141.66666666666669	10069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	14	2	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	15	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	17	2	133.33333333333334	11111.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	18	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	19	2	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	20	2	200	20000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	21	2	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	23	2	200	20000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	24	2	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	25	2	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	2	2	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	19	2	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	21	2	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		20	11	526.6666666666666	39627.777777777774
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		25	10	397.3333333333333	33257.11111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	7	3	100	5555.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	9	3	241.66666666666669	20069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	23	3	266.6666666666667	24444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	12	3	25	625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	23	3	266.6666666666667	24444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	18	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	15	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		14	7	119.66666666666669	3631.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	all		16	10	249.33333333333337	20017.11111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	10	2	114	10196
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	19	4	183.33333333333334	13611.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	20	4	166.66666666666669	12222.222222222223
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	21	4	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	volunteer	25	4	158.33333333333334	11736.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	police	15	2	19	361
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	3	1	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	4	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	5	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	6	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	8	1	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	9	1	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	10	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	11	1	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	12	1	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	13	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	14	1	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	15	1	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	16	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	17	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	18	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	19	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	20	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	21	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	23	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	24	1	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	25	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coordinator	26	1	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	10	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	16	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	citizen	26	1	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	18	3	175.00000000000003	11180.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	coproducer	26	1	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	1	2	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	2	2	133.33333333333334	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	3	2	66.66666666666667	2222.2222222222226
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	4	2	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	5	2	200	20000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	6	2	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	7	2	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	8	2	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	9	2	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	10	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	11	2	133.33333333333334	11111.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	12	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	13	1	100	10000
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	14	2	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	4	2	199	19801
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	6	2	84	7056
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	8	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	role	professional	17	1	16	256
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	1	2	133.33333333333337	8888.88888888889
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	2	3	133.33333333333334	11111.111111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	3	3	75	5625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	4	2	75	5625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	5	2	166.66666666666669	14444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	6	2	141.66666666666669	10069.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	8	2	83.33333333333334	3611.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	11	2	66.66666666666667	4444.444444444445
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	21	3	133.33333333333334	11111.11111111111
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	25	3	25	625
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	social_care	26	3	116.66666666666669	4722.222222222223
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	16	2	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	18	2	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	19	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	20	2	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	21	2	100	5555.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	22	2	100	5555.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	23	2	100	5555.555555555557
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	24	2	33.333333333333336	1111.1111111111113
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	25	1	0	0
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	sector	welfare	26	1	66.66666666666667	4444.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		2	7	479.3333333333333	36977.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		3	8	341	20500.555555555555
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		4	9	514.6666666666667	34398.22222222222
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		7	9	619.3333333333334	48739.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		9	9	499.33333333333337	40487.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	25	1	66.66666666666667	4444.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	1	3	205.33333333333334	16295.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	3	2	88.66666666666667	4928.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	4	2	76.33333333333334	2960.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	5	3	184	12611.555555555557
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	9	1	99	9801
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	11	2	148.66666666666669	11168.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	18	2	113	10169
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	2	0	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	20	2	129.33333333333334	10327.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	26	2	24	576
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		1	10	688.3333333333334	56614.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		6	10	489.33333333333337	37837.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	14	0	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		8	9	454	32884
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		10	10	614.3333333333334	48163.88888888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	26	1	21	441
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		11	9	462.3333333333333	31279.88888888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		13	9	581.3333333333334	45928.88888888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		14	7	325	29873
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		15	10	539.6666666666667	36267
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		16	9	460	30383.555555555555
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		17	9	504.66666666666663	33294.22222222222
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		18	7	520	44668
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		19	7	396.6666666666667	28094.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		20	9	622.3333333333333	52106.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		21	9	661.6666666666667	57823.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		22	10	454	27165.333333333336
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		23	10	379.33333333333337	22386.88888888889
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	3	1	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	4	2	139	9721
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		24	9	472	35472
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		25	8	448.66666666666663	34278.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	7	2	179	16241
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	9	2	104	10016
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	16	1	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	2	1	33.333333333333336	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	25	2	110	6850
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		5	9	443.33333333333337	29910.666666666664
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	8	2	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	15	1	66.66666666666667	4444.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	17	1	33.333333333333336	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	19	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	2	2	125	8125
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	3	2	75	3125
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	5	2	100.66666666666669	5600.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	5	2	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	6	2	150	12500
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	8	2	125	8125
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	9	2	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	13	2	173	15329
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	12	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	1	2	92.33333333333334	4592.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	2	2	79.33333333333334	3227.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	3	2	160.66666666666669	13280.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	4	2	99.33333333333334	5467.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	5	2	99.33333333333334	5467.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	6	2	110	10100
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	7	2	99.33333333333334	5467.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	8	1	17	289
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	8	2	174	15476
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	10	2	7	49
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	6	3	184.33333333333334	13712.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	7	2	124.33333333333334	9392.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	19	1	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	3	1	33.333333333333336	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	4	1	33.333333333333336	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	5	2	59.333333333333336	1787.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	7	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	10	2	141.66666666666669	10069.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	11	2	67.66666666666667	4445.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	12	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	25	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	10	3	140.66666666666669	9920.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	13	3	259.6666666666667	23093.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	14	2	97	9409
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	15	3	187	13124.555555555557
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	16	2	78.33333333333334	3136.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	10	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	13	2	152.66666666666669	11840.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	14	2	20	400
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	16	2	61.333333333333336	1895.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	21	2	123	10529
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	22	2	92.33333333333334	4592.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	23	2	31	961
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	24	2	117	10289
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	25	2	88.66666666666667	4928.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	26	2	78	6084
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	20	2	100.33333333333334	5600.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	17	3	177.33333333333334	13047.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	22	2	49.33333333333334	1367.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	19	3	155	13025
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	24	2	170	14900
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	3	2	33.33333333333334	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	1	3	202	16354
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	21	3	213	20169
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	22	3	109.66666666666667	4071.2222222222226
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	23	3	81.66666666666667	4669.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	24	3	257	23249
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	24	1	28	784
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	15	2	75	3125
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	22	2	150	12500
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		12	5	373	29501
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	1	2	172	15184
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	4	3	168	12474
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	14	1	8	64
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	12	2	191	18281
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	13	3	210.66666666666669	14814.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	12	1	91	8281
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	4	3	172.33333333333334	10832.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	7	3	279	26241
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	9	4	215.33333333333334	17211.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	1	2	122	10484
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	2	2	200	20000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	9	2	111.33333333333334	7195.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	13	2	137.66666666666669	9485.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	15	2	84.66666666666667	4768.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	16	2	78.66666666666667	4588.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	17	2	102.33333333333334	5872.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	18	2	157	13249
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	19	2	116.66666666666667	6944.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	20	2	164	14096
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	21	2	150.66666666666669	11500.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	22	2	44.333333333333336	1232.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	23	2	82.66666666666667	4700.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	social_care	26	2	115.33333333333334	7835.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	10	4	341.6666666666667	30069.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	1	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	19	2	116.66666666666667	6944.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	20	3	231	18585
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	22	3	60.33333333333334	1488.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	26	3	136.33333333333334	8276.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	11	3	117.66666666666667	6945.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	15	4	252.66666666666669	19392.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	16	3	103.66666666666669	5213.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	17	3	152.33333333333334	8372.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	18	3	232	18874
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	21	3	225.66666666666669	17125.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	23	4	216.66666666666669	14256.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	volunteer	25	3	210	16850
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	4	2	125	10625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	7	2	100	6250
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	11	2	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	14	2	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	16	2	175	15625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	17	2	100	6250
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	18	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	19	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	20	2	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	24	2	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	25	2	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	26	2	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	2	2	125	8125
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	8	2	125	8125
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	3	3	97	3609
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	5	3	184	17056
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	6	3	201	15101
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	9	3	174	15426
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	10	2	149	11101
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	13	1	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	21	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	professional	23	1	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	12	2	114	6596
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	13	2	118	9274
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	14	3	197	19409
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	16	3	220	17650
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	17	3	144	8186
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	18	2	113	10169
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	19	2	105	5525
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	20	3	196	19216
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	21	2	113	10169
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	23	2	15	225
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	6	3	33.33333333333334	1111.1111111111113
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	8	3	113	8369
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	10	3	266.6666666666667	24444.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	11	2	116.66666666666667	6944.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	15	3	201.33333333333334	15735.111111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	17	2	150	12500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	18	2	175	15625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	21	2	175	15625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	police	23	3	200.66666666666669	14000.444444444445
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	25	2	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	7	3	191	14531
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	11	3	132	9224
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	15	3	162	10694
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	22	3	193	14349
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	24	3	82	3874
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	welfare	26	3	124	10576
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	5	1	66	4356
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	12	1	68	4624
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	26	1	78	6084
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	9	1	85	7225
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	11	1	71	5041
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	12	1	68	4624
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	citizen	20	1	87	7569
cce4d961-19e4-49af-babd-2ce65a4f3f14	all		26	8	338.33333333333337	24936.11111111111
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coproducer	12	1	64	4096
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	1	2	159	13481
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	2	2	121	7741
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	3	2	144	11336
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	4	2	141	9981
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	6	2	60	2600
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	7	2	116	6856
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	8	2	99	6101
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	9	2	110	7850
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	10	2	57	2549
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	11	2	146	10666
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	13	2	86	7396
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	14	2	120	10400
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	15	1	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	16	2	103	6409
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	17	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	18	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	19	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	20	2	162	13194
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	21	2	123	10529
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	22	2	134	9106
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	23	2	81	3461
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	24	2	92	5914
cce4d961-19e4-49af-babd-2ce65a4f3f14	role	coordinator	25	2	122	10484
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	1	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	2	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	3	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	4	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	6	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	7	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	8	1	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	9	1	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	10	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	11	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	13	1	0	0
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	14	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	15	1	25	625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	16	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	17	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	18	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	19	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	20	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	21	1	100	10000
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	22	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	23	1	50	2500
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	24	1	75	5625
cce4d961-19e4-49af-babd-2ce65a4f3f14	sector	housing	25	1	100	10000
\.


--
-- Data for Name: waves; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.waves (id, partnership_id, instrument_id, label, opens_at, closes_at, closed_at, created_at) FROM stdin;
2f241495-4617-41bf-90cb-b5874cafde14	5b9b26c3-1c99-4054-9056-04cebce45b7c	b91cf962-9051-491d-9c81-f6f621706616	2025	2024-01-01 00:00:00+00	2099-01-01 00:00:00+00	2026-11-23 16:04:21.093211+00	2026-11-23 16:04:21.018432+00
8b0de1ab-9999-42a9-a589-397cdc514207	5b9b26c3-1c99-4054-9056-04cebce45b7c	b91cf962-9051-491d-9c81-f6f621706616	2026	2025-01-01 00:00:00+00	2099-01-01 00:00:00+00	\N	2026-11-23 16:04:21.096837+00
76cdeafb-2214-4c4b-8780-19bc53762613	de796093-0955-4ef1-8190-5c1c0e059f15	b91cf962-9051-491d-9c81-f6f621706616	2025	2024-01-01 00:00:00+00	2099-01-01 00:00:00+00	2026-11-23 16:04:21.201878+00	2026-11-23 16:04:21.160281+00
252c7ff8-d03f-4c94-b9d3-e84313b925ff	de796093-0955-4ef1-8190-5c1c0e059f15	b91cf962-9051-491d-9c81-f6f621706616	2026	2025-01-01 00:00:00+00	2099-01-01 00:00:00+00	\N	2026-11-23 16:04:21.204468+00
1b6908fa-3d4d-4b6a-9aab-fcd695aa67ef	36e46940-8db5-4f1d-bd71-487247bc1ebc	b91cf962-9051-491d-9c81-f6f621706616	2025	2024-01-01 00:00:00+00	2099-01-01 00:00:00+00	2026-11-23 16:04:21.302718+00	2026-11-23 16:04:21.260832+00
cce4d961-19e4-49af-babd-2ce65a4f3f14	36e46940-8db5-4f1d-bd71-487247bc1ebc	b91cf962-9051-491d-9c81-f6f621706616	2026	2025-01-01 00:00:00+00	2099-01-01 00:00:00+00	\N	2026-11-23 16:04:21.305492+00
\.


--
-- Name: answer_scales answer_scales_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.answer_scales
    ADD CONSTRAINT answer_scales_pkey PRIMARY KEY (key);


--
-- Name: dimensions dimensions_instrument_id_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dimensions
    ADD CONSTRAINT dimensions_instrument_id_position_key UNIQUE (instrument_id, "position");


--
-- Name: dimensions dimensions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dimensions
    ADD CONSTRAINT dimensions_pkey PRIMARY KEY (instrument_id, key);


--
-- Name: instruments instruments_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruments
    ADD CONSTRAINT instruments_key_key UNIQUE (key);


--
-- Name: instruments instruments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruments
    ADD CONSTRAINT instruments_pkey PRIMARY KEY (id);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (instrument_id, number);


--
-- Name: members members_partnership_id_label_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_partnership_id_label_key UNIQUE (partnership_id, label);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: neighbourhoods neighbourhoods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.neighbourhoods
    ADD CONSTRAINT neighbourhoods_pkey PRIMARY KEY (id);


--
-- Name: partnerships partnerships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnerships
    ADD CONSTRAINT partnerships_pkey PRIMARY KEY (id);


--
-- Name: response_answers response_answers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_answers
    ADD CONSTRAINT response_answers_pkey PRIMARY KEY (wave_id, member_id, item_number);


--
-- Name: response_history response_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_pkey PRIMARY KEY (wave_id, member_id, revision);


--
-- Name: responses responses_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_id_key UNIQUE (id);


--
-- Name: responses responses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_pkey PRIMARY KEY (wave_id, member_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: tokens tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (id);


--
-- Name: tokens tokens_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: wave_dimension_totals wave_dimension_totals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_dimension_totals
    ADD CONSTRAINT wave_dimension_totals_pkey PRIMARY KEY (wave_id, "grouping", group_value, dimension_key);


--
-- Name: wave_group_counts wave_group_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_group_counts
    ADD CONSTRAINT wave_group_counts_pkey PRIMARY KEY (wave_id, "grouping", group_value);


--
-- Name: wave_item_totals wave_item_totals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_item_totals
    ADD CONSTRAINT wave_item_totals_pkey PRIMARY KEY (wave_id, "grouping", group_value, item_number);


--
-- Name: waves waves_partnership_id_label_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waves
    ADD CONSTRAINT waves_partnership_id_label_key UNIQUE (partnership_id, label);


--
-- Name: waves waves_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waves
    ADD CONSTRAINT waves_pkey PRIMARY KEY (id);


--
-- Name: neighbourhoods_code_year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX neighbourhoods_code_year ON public.neighbourhoods USING btree (code, COALESCE(code_year, 0)) WHERE (code IS NOT NULL);


--
-- Name: neighbourhoods_municipality; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX neighbourhoods_municipality ON public.neighbourhoods USING btree (municipality_code);


--
-- Name: partnerships_neighbourhood; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partnerships_neighbourhood ON public.partnerships USING btree (neighbourhood_id);


--
-- Name: tokens_invitation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tokens_invitation ON public.tokens USING btree (wave_id, member_id) WHERE (wave_id IS NOT NULL);


--
-- Name: waves_label; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX waves_label ON public.waves USING btree (label);


--
-- Name: dimensions dimensions_instrument_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dimensions
    ADD CONSTRAINT dimensions_instrument_id_fkey FOREIGN KEY (instrument_id) REFERENCES public.instruments(id);


--
-- Name: items items_instrument_id_dimension_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_instrument_id_dimension_key_fkey FOREIGN KEY (instrument_id, dimension_key) REFERENCES public.dimensions(instrument_id, key);


--
-- Name: members members_partnership_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_partnership_id_fkey FOREIGN KEY (partnership_id) REFERENCES public.partnerships(id);


--
-- Name: partnerships partnerships_neighbourhood_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnerships
    ADD CONSTRAINT partnerships_neighbourhood_id_fkey FOREIGN KEY (neighbourhood_id) REFERENCES public.neighbourhoods(id);


--
-- Name: response_answers response_answers_wave_id_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_answers
    ADD CONSTRAINT response_answers_wave_id_member_id_fkey FOREIGN KEY (wave_id, member_id) REFERENCES public.responses(wave_id, member_id) ON DELETE CASCADE;


--
-- Name: response_history response_history_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: response_history response_history_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


--
-- Name: responses responses_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: responses responses_scale_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_scale_fkey FOREIGN KEY (scale) REFERENCES public.answer_scales(key);


--
-- Name: responses responses_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


--
-- Name: tokens tokens_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: tokens tokens_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


--
-- Name: wave_dimension_totals wave_dimension_totals_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_dimension_totals
    ADD CONSTRAINT wave_dimension_totals_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


--
-- Name: wave_group_counts wave_group_counts_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_group_counts
    ADD CONSTRAINT wave_group_counts_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


--
-- Name: wave_item_totals wave_item_totals_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_item_totals
    ADD CONSTRAINT wave_item_totals_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


--
-- Name: waves waves_instrument_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waves
    ADD CONSTRAINT waves_instrument_id_fkey FOREIGN KEY (instrument_id) REFERENCES public.instruments(id);


--
-- Name: waves waves_partnership_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waves
    ADD CONSTRAINT waves_partnership_id_fkey FOREIGN KEY (partnership_id) REFERENCES public.partnerships(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rb8fSNbCPgBHw9qqcFetEygdblLdTdRcMadpU8chMjH8JBiH8Qb03bgH7Z6D4cf


--
-- PostgreSQL database dump
--

\restrict QcNWesv7xrO1hTp2GnJxN1gi0cccgVYrOwPwkWEIDicf4Oi3CsI2hfXUiF8ODQM

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

--
-- Name: cacd_after(timestamp with time zone, uuid, bigint, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_after(created timestamp with time zone, id uuid, cursor_micros bigint, cursor_id uuid) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN ((cursor_micros IS NULL) OR (ROW(created, id) > ROW(('1970-01-01 00:00:00+00'::timestamp with time zone + ((cursor_micros)::double precision * '00:00:00.000001'::interval)), cursor_id)));


--
-- Name: cacd_contribution(double precision[], integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_contribution(v double precision[], sign integer, OUT n integer[], OUT total double precision[], OUT squares double precision[]) RETURNS record
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
 SELECT COALESCE(array_agg(
         CASE
             WHEN (u.x IS NULL) THEN 0
             ELSE cacd_contribution.sign
         END ORDER BY u.i), '{}'::integer[]) AS "coalesce",
     COALESCE(array_agg(COALESCE(((cacd_contribution.sign)::double precision * u.x), (0)::double precision) ORDER BY u.i), '{}'::double precision[]) AS "coalesce",
     COALESCE(array_agg(COALESCE((((cacd_contribution.sign)::double precision * u.x) * u.x), (0)::double precision) ORDER BY u.i), '{}'::double precision[]) AS "coalesce"
    FROM unnest(cacd_contribution.v) WITH ORDINALITY u(x, i);
END;


--
-- Name: cacd_dimension_means(uuid, double precision[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_dimension_means(p_instrument uuid, v double precision[]) RETURNS double precision[]
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN (SELECT array_agg(m.mean ORDER BY d.position)
              FROM dimensions d
              CROSS JOIN LATERAL (SELECT avg(v[i.number]) AS mean
                                    FROM items i
                                   WHERE i.instrument_id = d.instrument_id
                                     AND i.dimension_key = d.key) AS m
             WHERE d.instrument_id = p_instrument);
END $$;


--
-- Name: cacd_import_rows(jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_import_rows(p_rows jsonb) RETURNS TABLE(row_number integer, member_id uuid, label text, role text, sector text, scale text, answers smallint[], answer_values double precision[], digest text)
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
 SELECT (e.ord)::integer AS ord,
     ((e.r ->> 'member_id'::text))::uuid AS uuid,
     (e.r ->> 'label'::text),
     (e.r ->> 'role'::text),
     (e.r ->> 'sector'::text),
     (e.r ->> 'scale'::text),
     ((e.r ->> 'answers'::text))::smallint[] AS int2,
     ((e.r ->> 'values'::text))::double precision[] AS float8,
     (e.r ->> 'digest'::text)
    FROM jsonb_array_elements(cacd_import_rows.p_rows) WITH ORDINALITY e(r, ord);
END;


SET default_tablespace = '';

SET default_table_access_method = heap;

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
    answers smallint[] NOT NULL,
    answer_values double precision[] NOT NULL,
    dimension_means double precision[] NOT NULL,
    source text NOT NULL,
    token_id uuid,
    CONSTRAINT responses_answers_check CHECK (('-1'::integer <= ALL (answers))),
    CONSTRAINT responses_revision_check CHECK ((revision >= 1))
);


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
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    paper_entry boolean DEFAULT false NOT NULL,
    CONSTRAINT waves_check CHECK ((closes_at > opens_at)),
    CONSTRAINT waves_label_check CHECK (((length(label) >= 1) AND (length(label) <= 100)))
);


--
-- Name: cacd_import_errors(public.waves, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_import_errors(p_wave public.waves, p_rows jsonb) RETURNS jsonb
    LANGUAGE sql STABLE
    RETURN (SELECT COALESCE(jsonb_agg(jsonb_build_object('row', e.row_number, 'field', e.field, 'message', e.message) ORDER BY e.row_number, e.field), '[]'::jsonb) AS "coalesce" FROM (SELECT all_errors.row_number, all_errors.field, all_errors.message FROM (SELECT f.row_number, 'member_id'::text AS field, CASE WHEN (m.id IS NULL) THEN 'no member with this id in the partnership'::text WHEN (NOT m.active) THEN 'the member is inactive'::text WHEN (EXISTS (SELECT 1 FROM public.responses r WHERE ((r.wave_id = (cacd_import_errors.p_wave).id) AND (r.member_id = m.id)))) THEN 'the member already has a response in this wave'::text WHEN (EXISTS (SELECT 1 FROM public.cacd_import_rows(cacd_import_errors.p_rows) o(row_number, member_id, label, role, sector, scale, answers, answer_values, digest) WHERE ((o.member_id = f.member_id) AND (o.row_number < f.row_number)))) THEN 'the member has an earlier row in this import'::text ELSE NULL::text END AS message FROM (public.cacd_import_rows(cacd_import_errors.p_rows) f(row_number, member_id, label, role, sector, scale, answers, answer_values, digest) LEFT JOIN public.members m ON (((m.id = f.member_id) AND (m.partnership_id = (cacd_import_errors.p_wave).partnership_id)))) WHERE (f.member_id IS NOT NULL) UNION ALL SELECT f.row_number, 'label'::text, CASE WHEN (EXISTS (SELECT 1 FROM public.members m WHERE ((m.partnership_id = (cacd_import_errors.p_wave).partnership_id) AND (m.label = f.label)))) THEN 'a member with this label exists: give its member_id'::text WHEN (EXISTS (SELECT 1 FROM public.cacd_import_rows(cacd_import_errors.p_rows) o(row_number, member_id, label, role, sector, scale, answers, answer_values, digest) WHERE ((o.label = f.label) AND (o.row_number < f.row_number)))) THEN 'the label has an earlier row in this import'::text ELSE NULL::text END AS "case" FROM public.cacd_import_rows(cacd_import_errors.p_rows) f(row_number, member_id, label, role, sector, scale, answers, answer_values, digest) WHERE (f.member_id IS NULL) UNION ALL SELECT f.row_number, (s.i)::text AS i, 'is not an item of this wave''s instrument'::text FROM public.cacd_import_rows(cacd_import_errors.p_rows) f(row_number, member_id, label, role, sector, scale, answers, answer_values, digest), LATERAL generate_subscripts(f.answers, 1) s(i) WHERE ((f.answers[s.i] IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM public.items i WHERE ((i.instrument_id = (cacd_import_errors.p_wave).instrument_id) AND (i.number = s.i))))))) all_errors WHERE (all_errors.message IS NOT NULL) ORDER BY all_errors.row_number, all_errors.field LIMIT 32) e);


--
-- Name: cacd_import_responses(uuid, uuid, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_import_responses(p_token_id uuid, p_wave uuid, p_rows jsonb) RETURNS TABLE(outcome text, imported integer, errors jsonb)
    LANGUAGE plpgsql
    AS $$
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
-- Name: cacd_instrument_json(public.instruments, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_instrument_json(i public.instruments, p_language text) RETURNS json
    LANGUAGE sql STABLE
    RETURN json_build_object('key', (i).key, 'title', json_build_object('en', (i).title_en, 'nl', (i).title_nl), 'label', CASE p_language WHEN 'nl'::text THEN (i).title_nl ELSE (i).title_en END, 'source', (i).source, 'scale', json_build_object('min', (i).score_min, 'max', (i).score_max), 'dimensions', (SELECT json_agg(json_build_object('key', d.key, 'position', d."position", 'name', json_build_object('en', d.name_en, 'nl', d.name_nl), 'label', CASE cacd_instrument_json.p_language WHEN 'nl'::text THEN d.name_nl ELSE d.name_en END, 'items', (SELECT json_agg(t.number ORDER BY t.number) AS json_agg FROM public.items t WHERE ((t.instrument_id = (cacd_instrument_json.i).id) AND (t.dimension_key = d.key)))) ORDER BY d."position") AS json_agg FROM public.dimensions d WHERE (d.instrument_id = (cacd_instrument_json.i).id)), 'items', (SELECT json_agg(json_build_object('number', t.number, 'dimension', t.dimension_key, 'text', json_build_object('en', t.text_en, 'nl', t.text_nl), 'label', CASE cacd_instrument_json.p_language WHEN 'nl'::text THEN t.text_nl ELSE t.text_en END) ORDER BY t.number) AS json_agg FROM public.items t WHERE (t.instrument_id = (cacd_instrument_json.i).id)), 'answer_scales', (SELECT json_object_agg(s.key, json_build_object('description', s.description, 'min', s.minimum, 'max', s.maximum, 'to_percent', s.to_percent, 'labels', s.labels) ORDER BY s.key) AS json_object_agg FROM public.answer_scales s));


--
-- Name: cacd_time(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_time(t timestamp with time zone) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    RETURN to_char((t AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'::text);


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
-- Name: wave_totals_version; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.wave_totals_version
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wave_totals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wave_totals (
    wave_id uuid NOT NULL,
    "grouping" text NOT NULL,
    group_value text NOT NULL,
    n_responses integer NOT NULL,
    item_n integer[] NOT NULL,
    item_sum double precision[] NOT NULL,
    item_squares double precision[] NOT NULL,
    dimension_n integer[] NOT NULL,
    dimension_sum double precision[] NOT NULL,
    dimension_squares double precision[] NOT NULL,
    version bigint DEFAULT nextval('public.wave_totals_version'::regclass) NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    overall_n integer DEFAULT 0 NOT NULL,
    overall_sum double precision DEFAULT 0 NOT NULL,
    overall_squares double precision DEFAULT 0 NOT NULL,
    CONSTRAINT wave_totals_grouping_check CHECK (("grouping" = ANY (ARRAY['all'::text, 'role'::text, 'sector'::text])))
);


--
-- Name: cacd_overall_spread(public.wave_totals); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_overall_spread(t public.wave_totals) RETURNS text
    LANGUAGE sql STABLE
    RETURN (json_build_object('n', (t).overall_n, 'mean', CASE WHEN ((t).overall_n > 0) THEN ((t).overall_sum / ((t).overall_n)::double precision) ELSE NULL::double precision END, 'sd', CASE WHEN ((t).overall_n > 1) THEN sqrt(GREATEST((0)::double precision, (((t).overall_squares - (((t).overall_sum * (t).overall_sum) / ((t).overall_n)::double precision)) / (((t).overall_n - 1))::double precision))) ELSE NULL::double precision END))::text;


--
-- Name: cacd_page(timestamp with time zone[], uuid[], json[], integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_page(created timestamp with time zone[], ids uuid[], items json[], page_limit integer) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    total integer := coalesce(cardinality(items), 0);
BEGIN
    RETURN json_build_object(
        'data', coalesce(array_to_json(items[1:least(total, page_limit)]), '[]'::json),
        'next_cursor', CASE WHEN total > page_limit
                            THEN (extract(epoch FROM created[page_limit]) * 1000000)::bigint
                                 || '_' || ids[page_limit] END)::text;
END $$;


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
-- Name: cacd_response_archive(public.responses, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_response_archive(r public.responses, is_withdrawal boolean) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO response_history (wave_id, member_id, revision, scale, comment, answers,
                                  submitted_at, withdrawn, source, token_id)
    VALUES (r.wave_id, r.member_id, r.revision, r.scale, r.comment, r.answers,
            r.submitted_at, is_withdrawal, r.source, r.token_id);
END $$;


--
-- Name: cacd_response_json(public.responses); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_response_json(r public.responses) RETURNS json
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN json_build_object('wave_id', r.wave_id, 'member_id', r.member_id,
        'revision', r.revision, 'submitted_at', cacd_time(r.submitted_at), 'scale', r.scale,
        'answers', (SELECT coalesce(json_object_agg(s.i::text, r.answer_values[s.i]
                                                    ORDER BY s.i), '{}')
                      FROM generate_subscripts(r.answers, 1) AS s(i)
                     WHERE r.answers[s.i] IS NOT NULL),
        'comment', r.comment);
END $$;


--
-- Name: cacd_response_source(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_response_source(p_role text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE p_role WHEN 'respondent'::text THEN 'invitation'::text WHEN 'coordinator'::text THEN 'coordinator'::text ELSE 'admin'::text END;


--
-- Name: cacd_submit_response(text, text[], uuid, uuid, text, smallint[], double precision[], text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_submit_response(p_token text, p_roles text[], p_wave uuid, p_member uuid, p_scale text, p_answers smallint[], p_values double precision[], p_comment text, p_digest text) RETURNS TABLE(token_id uuid, role text, scope text, token_member uuid, token_wave uuid, outcome text, revision integer, submitted_at text, detail json)
    LANGUAGE plpgsql
    AS $$
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
               source = cacd_response_source(principal.role), token_id = principal.id
         WHERE r.wave_id = p_wave AND r.member_id = p_member
         RETURNING * INTO stored;
        outcome := 'replaced';
    ELSE
        INSERT INTO responses (wave_id, member_id, revision, scale, comment, digest,
                               answers, answer_values, dimension_means, group_role,
                               group_sector, source, token_id)
        VALUES (p_wave, p_member,
                (SELECT coalesce(max(h.revision), 0) + 1 FROM response_history h
                  WHERE h.wave_id = p_wave AND h.member_id = p_member),
                p_scale, p_comment, p_digest, p_answers, p_values, means,
                member.role, member.sector, cacd_response_source(principal.role),
                principal.id)
        RETURNING * INTO stored;
        outcome := 'created';
        existing := NULL;
    END IF;
    PERFORM cacd_totals_change(p_wave, existing, stored);
    revision := stored.revision;
    submitted_at := cacd_time(stored.submitted_at);
    RETURN NEXT;
END $$;


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
    CONSTRAINT tokens_role_check CHECK ((role = ANY (ARRAY['admin'::text, 'coordinator'::text, 'viewer'::text, 'respondent'::text, 'metrics'::text])))
);


--
-- Name: cacd_token(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_token(p_hash text) RETURNS TABLE(id uuid, role text, scope uuid[], member_id uuid, wave_id uuid)
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT t.id,
     t.role,
         CASE
             WHEN ((t.role = 'admin'::text) OR ((t.role = 'viewer'::text) AND (cardinality(t.partnership_ids) = 0))) THEN NULL::uuid[]
             ELSE t.partnership_ids
         END AS partnership_ids,
     t.member_id,
     t.wave_id
    FROM public.tokens t
   WHERE ((t.token_hash = cacd_token.p_hash) AND (t.revoked_at IS NULL) AND ((t.expires_at IS NULL) OR (t.expires_at > now())));
END;


--
-- Name: cacd_totals_add(public.wave_totals, double precision[], double precision[], integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_totals_add(t public.wave_totals, v double precision[], means double precision[], sign integer) RETURNS public.wave_totals
    LANGUAGE plpgsql IMMUTABLE
    AS $$
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


--
-- Name: cacd_totals_change(uuid, public.responses, public.responses); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_totals_change(p_wave uuid, p_old public.responses, p_new public.responses) RETURNS void
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: cacd_vector_add(anyarray, anyarray); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_vector_add(a anyarray, b anyarray) RETURNS anyarray
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i)
            FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) $$;


--
-- Name: cacd_vector_sum(anyarray); Type: AGGREGATE; Schema: public; Owner: -
--

CREATE AGGREGATE public.cacd_vector_sum(anyarray) (
    SFUNC = public.cacd_vector_add,
    STYPE = anyarray
);


--
-- Name: cacd_totals_rebuild(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_totals_rebuild(p_wave uuid) RETURNS void
    LANGUAGE sql
    BEGIN ATOMIC
 DELETE FROM public.wave_totals
   WHERE (wave_totals.wave_id = cacd_totals_rebuild.p_wave);
 INSERT INTO public.wave_totals (wave_id, "grouping", group_value, n_responses, item_n, item_sum, item_squares, dimension_n, dimension_sum, dimension_squares, overall_n, overall_sum, overall_squares)  SELECT cacd_totals_rebuild.p_wave AS p_wave,
             g."grouping",
             g.group_value,
             (count(*))::integer AS count,
             public.cacd_vector_sum(i.n) AS cacd_vector_sum,
             public.cacd_vector_sum(i.total) AS cacd_vector_sum,
             public.cacd_vector_sum(i.squares) AS cacd_vector_sum,
             public.cacd_vector_sum(m.n) AS cacd_vector_sum,
             public.cacd_vector_sum(m.total) AS cacd_vector_sum,
             public.cacd_vector_sum(m.squares) AS cacd_vector_sum,
             (count(o.mean))::integer AS count,
             COALESCE(sum(o.mean), (0)::double precision) AS "coalesce",
             COALESCE(sum((o.mean * o.mean)), (0)::double precision) AS "coalesce"
            FROM ((((public.responses r
              CROSS JOIN LATERAL ( VALUES ('all'::text,''::text), ('role'::text,COALESCE(r.group_role, ''::text)), ('sector'::text,COALESCE(r.group_sector, ''::text))) g("grouping", group_value))
              CROSS JOIN LATERAL public.cacd_contribution(r.answer_values, 1) i(n, total, squares))
              CROSS JOIN LATERAL public.cacd_contribution(r.dimension_means, 1) m(n, total, squares))
              CROSS JOIN LATERAL ( SELECT avg(v.v) AS mean
                    FROM unnest(r.answer_values) v(v)) o)
           WHERE (r.wave_id = cacd_totals_rebuild.p_wave)
           GROUP BY g."grouping", g.group_value
           ORDER BY g."grouping", g.group_value;
END;


--
-- Name: cacd_wave_delete(uuid, uuid[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_delete(p_wave uuid, p_scope uuid[]) RETURNS text
    LANGUAGE plpgsql
    AS $$
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
    DELETE FROM tokens WHERE wave_id = p_wave;
    DELETE FROM wave_totals WHERE wave_id = p_wave;
    DELETE FROM waves WHERE id = p_wave;
    RETURN 'deleted';
END $$;


--
-- Name: cacd_wave_status(public.waves, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_status(w public.waves, at timestamp with time zone) RETURNS text
    LANGUAGE sql STABLE
    RETURN CASE WHEN ((w).closed_at IS NOT NULL) THEN 'closed'::text WHEN (w).paper_entry THEN 'open'::text WHEN (at >= (w).closes_at) THEN 'closed'::text WHEN (at < (w).opens_at) THEN 'scheduled'::text ELSE 'open'::text END;


--
-- Name: cacd_wave_json(public.waves); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_json(w public.waves) RETURNS json
    LANGUAGE sql STABLE
    RETURN (SELECT json_build_object('id', (cacd_wave_json.w).id, 'partnership_id', (cacd_wave_json.w).partnership_id, 'label', (cacd_wave_json.w).label, 'instrument', i.key, 'opens_at', public.cacd_time((cacd_wave_json.w).opens_at), 'closes_at', public.cacd_time((cacd_wave_json.w).closes_at), 'closed_at', public.cacd_time((cacd_wave_json.w).closed_at), 'status', public.cacd_wave_status(cacd_wave_json.w, now()), 'paper_entry', (cacd_wave_json.w).paper_entry, 'n_members', c.members, 'n_responses', c.responses, 'response_rate', CASE WHEN (c.members > 0) THEN ((c.responses)::double precision / (c.members)::double precision) ELSE NULL::double precision END, 'created_at', public.cacd_time((cacd_wave_json.w).created_at), 'updated_at', public.cacd_time((cacd_wave_json.w).updated_at)) AS json_build_object FROM public.instruments i, LATERAL (SELECT (SELECT count(*) AS count FROM public.members m WHERE ((m.partnership_id = (cacd_wave_json.w).partnership_id) AND m.active)) AS members, (SELECT count(*) AS count FROM public.responses r WHERE (r.wave_id = (cacd_wave_json.w).id)) AS responses) c WHERE (i.id = (cacd_wave_json.w).instrument_id));


--
-- Name: cacd_wave_update(uuid, uuid[], jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_wave_update(p_wave uuid, p_scope uuid[], p_changes jsonb) RETURNS TABLE(state text, body text)
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: cacd_withdraw_response(uuid, uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cacd_withdraw_response(p_wave uuid, p_member uuid) RETURNS text
    LANGUAGE plpgsql
    AS $$
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
    PERFORM cacd_totals_change(p_wave, existing, NULL);
    RETURN 'withdrawn';
END $$;


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    token_id uuid,
    role text,
    method text NOT NULL,
    route text NOT NULL,
    resource_id text,
    status integer NOT NULL,
    request_id text NOT NULL
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
    submitted_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone DEFAULT now() NOT NULL,
    withdrawn boolean NOT NULL,
    answers smallint[] NOT NULL,
    source text NOT NULL,
    token_id uuid
);


--
-- Name: response_sources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.response_sources (
    key text NOT NULL,
    description text NOT NULL
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
-- Data for Name: answer_scales; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.answer_scales (key, description, minimum, maximum, to_percent, labels) FROM stdin;
agree4	the checklist's own four answer categories	1	4	(v-1)*100/3	{"1": "nee / no", "2": "eerder niet / rather not", "3": "eerder wel / rather yes", "4": "ja / yes"}
likert5	five-point agreement scale	1	5	(v-1)*25	\N
percent	a 0-100 score, as published item scores are	0	100	v	\N
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (id, at, token_id, role, method, route, resource_id, status, request_id) FROM stdin;
2d4b2e83-a4a6-49f2-9f63-39d0ea9e4dd1	2026-11-30 06:19:48.173845+00	1571b491-4d2d-4adf-a05a-160261afb41d	admin	POST	/v1/partnerships	69c888c3-a887-4745-b861-1aab324acb11	201	H5GQufUqBrtWbjQl
7da69425-b951-4f7a-bb8b-8875119d0f9d	2026-11-30 06:19:48.173845+00	1571b491-4d2d-4adf-a05a-160261afb41d	admin	POST	/v1/partnerships/{id}/members	e90cbf0b-60b6-4220-ba44-a20c62af2e12	201	WgKB3qQSLe_iGZLU
5aa4c7e1-8744-47f8-9ac9-eac18ca62b53	2026-11-30 06:19:48.195124+00	1571b491-4d2d-4adf-a05a-160261afb41d	admin	POST	/v1/partnerships/{id}/members	cbf5e37d-2fec-4b59-99f3-49f1370c2439	201	rxFMHq968ie-JquE
30eb7a9d-4d24-4718-8f9b-909d2bb50053	2026-11-30 06:19:48.195124+00	1571b491-4d2d-4adf-a05a-160261afb41d	admin	POST	/v1/partnerships/{id}/members	d16be064-f015-43e5-b8c2-3abc696a75df	201	wl4fmR7Fa1ptyi54
5aa5b55a-9c01-4250-b49c-da634b5a8960	2026-11-30 06:19:48.195124+00	1571b491-4d2d-4adf-a05a-160261afb41d	admin	POST	/v1/partnerships/{id}/waves	5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	201	ove07iFHhPlzdbVh
7d70552a-f9e3-47f4-9f1e-36b64d958835	2026-11-30 06:19:48.230736+00	1571b491-4d2d-4adf-a05a-160261afb41d	admin	POST	/v1/waves/{id}/invitations	5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	201	mkziTwfXUH3IZVtC
939cd49d-abcc-413a-bb7a-dfa266cecab1	2026-11-30 06:19:48.270687+00	527bbc94-5ccf-41ba-b997-c831f478ea08	respondent	PUT	/v1/waves/{id}/responses/{id}	e90cbf0b-60b6-4220-ba44-a20c62af2e12	201	_D7KTTG-edW7zkLd
\.


--
-- Data for Name: dimensions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dimensions (instrument_id, key, "position", name_en, name_nl) FROM stdin;
dad838cf-8bca-4212-8fcd-09e94bfed917	general	1	General	Algemeen
dad838cf-8bca-4212-8fcd-09e94bfed917	suitability	2	Suitability of the partners	Geschiktheid van de partners
dad838cf-8bca-4212-8fcd-09e94bfed917	task	3	Task dimension	Taakdimensie
dad838cf-8bca-4212-8fcd-09e94bfed917	relation	4	Relation dimension	Relatiedimensie
dad838cf-8bca-4212-8fcd-09e94bfed917	growth	5	Growth dimension	Groeidimensie
dad838cf-8bca-4212-8fcd-09e94bfed917	visibility	6	Visibility dimension	Zichtbaarheidsdimensie
\.


--
-- Data for Name: instruments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instruments (id, key, title_en, title_nl, source, score_min, score_max, created_at) FROM stdin;
dad838cf-8bca-4212-8fcd-09e94bfed917	cac	Coordinated Action Checklist	Checklist Gecoördineerde Actie	Wagemakers A, Koelen MA, Lezwijn J, Vaandrager L. Coordinated action checklist: a tool for partnerships to facilitate and evaluate community health promotion. Global Health Promotion 2010;17(3):17-28. Item wording as printed in van Lammeren R, Schalk J, van der Pas S, Bussemaker J. Int J Environ Res Public Health 2025;22(6):954, Appendix A. Dutch wording of items 1-21 as on a Dutch project-group sheet of the checklist (the end of item 21 completed); items 22-26 in Dutch are translations of the English wording.	0	100	2026-11-30 06:19:47.906179+00
\.


--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.items (instrument_id, number, dimension_key, text_en, text_nl) FROM stdin;
dad838cf-8bca-4212-8fcd-09e94bfed917	1	general	The collaboration is an asset to health promotion (including welfare)	Het netwerk is een aanwinst voor gezondheidsbevordering.
dad838cf-8bca-4212-8fcd-09e94bfed917	2	suitability	To realize the goals of the collaboration, the right people are involved	Om het doel van het netwerk te bereiken zijn de juiste mensen in het netwerk vertegenwoordigd.
dad838cf-8bca-4212-8fcd-09e94bfed917	3	suitability	Equity of the partners is essential for good collaboration	Goede samenwerking in het netwerk staat of valt met de gelijkwaardigheid van de partners.
dad838cf-8bca-4212-8fcd-09e94bfed917	4	suitability	The contribution of the different members is to everyone's full satisfaction	De inbreng van de verschillende betrokkenen is naar volle tevredenheid.
dad838cf-8bca-4212-8fcd-09e94bfed917	5	suitability	I have a special interest in participating in this collaboration because of my position or organization	Ik heb er vanuit mijn functie/organisatie direct belang bij betrokken te zijn/te werken binnen het netwerk.
dad838cf-8bca-4212-8fcd-09e94bfed917	6	suitability	I can contribute to the collaboration in a satisfactory way (time, resources, etc.)	Ik ben in staat mij voldoende in te zetten (tijd, middelen) voor het netwerk.
dad838cf-8bca-4212-8fcd-09e94bfed917	7	suitability	I feel strongly involved in this partnership	Ik voel mij betrokken bij het netwerk.
dad838cf-8bca-4212-8fcd-09e94bfed917	8	suitability	I can contribute constructively to the collaboration because of my expertise	Ik kan een deskundige bijdrage leveren aan het netwerk.
dad838cf-8bca-4212-8fcd-09e94bfed917	9	task	There is agreement on the mission, the goal and the planning within the partnership	Er is overeenstemming onder betrokkenen over de missie, het doel en de planning.
dad838cf-8bca-4212-8fcd-09e94bfed917	10	task	The partnership achieves regular (small) successes	Het netwerk boekt tussentijds (kleine) successen.
dad838cf-8bca-4212-8fcd-09e94bfed917	11	task	The partnership functions well (working structure, working methods)	Het netwerk functioneert goed (werkstructuur, werkmethode).
dad838cf-8bca-4212-8fcd-09e94bfed917	12	task	The partnership evaluates progress at regular intervals and makes adjustments if necessary	Het netwerk evalueert tussentijds de voortgang en voert zo nodig bijsturingen door.
dad838cf-8bca-4212-8fcd-09e94bfed917	13	task	The conditions for the existence of the collaboration are satisfactory	De randvoorwaarden voor het bestaan van het netwerk zijn naar tevredenheid.
dad838cf-8bca-4212-8fcd-09e94bfed917	14	relation	The partnership partners communicate in an open manner	De betrokkenen van het netwerk zijn open in hun communicatie.
dad838cf-8bca-4212-8fcd-09e94bfed917	15	relation	The partnership partners work together in a constructive manner and know how to involve each other when action is needed	De betrokkenen van het netwerk werken constructief samen en weten elkaar te vinden als er iets gebeuren moet.
dad838cf-8bca-4212-8fcd-09e94bfed917	16	relation	The partnership partners are willing to compromise	De betrokkenen van het netwerk zijn bereid tot het sluiten van compromissen.
dad838cf-8bca-4212-8fcd-09e94bfed917	17	relation	In the partnership, conflicts are dealt with in a constructive way	Binnen het netwerk wordt constructief omgegaan met conflicten.
dad838cf-8bca-4212-8fcd-09e94bfed917	18	relation	The partnership partners will carry out decisions and actions loyally	De betrokkenen van het netwerk voeren besluiten en acties loyaal uit.
dad838cf-8bca-4212-8fcd-09e94bfed917	19	growth	I create goodwill and involvement for the partnership within my organization	Ik creëer goodwill en betrokkenheid voor het netwerk binnen mijn organisatie/afdeling.
dad838cf-8bca-4212-8fcd-09e94bfed917	20	growth	Giving feedback to the local officials on behalf of the partnership is satisfactory	Er is een goede terugkoppeling vanuit het netwerk naar de coördinerende ambtenaren en het lokaal beleid.
dad838cf-8bca-4212-8fcd-09e94bfed917	21	growth	The partnership is willing to recruit new partners in the course of time	Het netwerk is bereid in de loop van de tijd andere/nieuwe partners op te nemen.
dad838cf-8bca-4212-8fcd-09e94bfed917	22	growth	The partnership succeeds in mobilizing others for actions	Het netwerk slaagt erin anderen te mobiliseren voor acties.
dad838cf-8bca-4212-8fcd-09e94bfed917	23	visibility	The partnership maintains the external relationships in an accurate way	Het netwerk onderhoudt de externe relaties op een zorgvuldige manier.
dad838cf-8bca-4212-8fcd-09e94bfed917	24	visibility	The partnership is seen as reliable and legitimate by external relations	Het netwerk wordt door externe relaties als betrouwbaar en legitiem gezien.
dad838cf-8bca-4212-8fcd-09e94bfed917	25	visibility	The image of my partnership in the outside world is good	Het beeld van het netwerk in de buitenwereld is goed.
dad838cf-8bca-4212-8fcd-09e94bfed917	26	visibility	The partnership takes care of continuation after the project period	Het netwerk zorgt voor continuïteit na afloop van de projectperiode.
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.members (id, partnership_id, label, organisation, sector, role, active, deactivated_at, created_at, updated_at) FROM stdin;
e90cbf0b-60b6-4220-ba44-a20c62af2e12	69c888c3-a887-4745-b861-1aab324acb11	A01	\N	welfare	professional	t	\N	2026-11-30 06:19:48.162375+00	2026-11-30 06:19:48.162375+00
cbf5e37d-2fec-4b59-99f3-49f1370c2439	69c888c3-a887-4745-b861-1aab324acb11	A02	\N	welfare	professional	t	\N	2026-11-30 06:19:48.171427+00	2026-11-30 06:19:48.171427+00
d16be064-f015-43e5-b8c2-3abc696a75df	69c888c3-a887-4745-b861-1aab324acb11	A03	\N	welfare	professional	t	\N	2026-11-30 06:19:48.179054+00	2026-11-30 06:19:48.179054+00
\.


--
-- Data for Name: neighbourhoods; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.neighbourhoods (id, code, code_year, name, municipality_code, ses_score, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: partnerships; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partnerships (id, name, neighbourhood_id, description, archived_at, created_at, updated_at) FROM stdin;
69c888c3-a887-4745-b861-1aab324acb11	Oude links	\N	\N	\N	2026-11-30 06:19:48.149254+00	2026-11-30 06:19:48.149254+00
\.


--
-- Data for Name: response_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.response_history (wave_id, member_id, revision, scale, comment, submitted_at, ended_at, withdrawn, answers, source, token_id) FROM stdin;
\.


--
-- Data for Name: response_sources; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.response_sources (key, description) FROM stdin;
invitation	sent by the member with its own invitation
coordinator	entered by a coordinator
admin	entered by an admin
import	imported from paper forms by an admin
unrecorded	stored before cacd recorded who entered responses
\.


--
-- Data for Name: responses; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.responses (id, wave_id, member_id, revision, scale, comment, digest, submitted_at, created_at, group_role, group_sector, answers, answer_values, dimension_means, source, token_id) FROM stdin;
11dc0854-7ffc-4f11-8304-bee696d22252	5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	e90cbf0b-60b6-4220-ba44-a20c62af2e12	1	agree4	\N	7240c2958cf35495d0805f5599d70aa5bd69d46f834b60a8125de2581b0e587c	2026-11-30 06:19:48.25438+00	2026-11-30 06:19:48.25438+00	professional	welfare	{3,4}	{66.66666666666667,100}	{66.66666666666667,100,NULL,NULL,NULL,NULL}	invitation	527bbc94-5ccf-41ba-b997-c831f478ea08
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_migrations (version, name, checksum, applied_at) FROM stdin;
1	001_schema.sql	901d48ad976e90939a6a8808674231029524d521eab1d65aac676a40650e7aca	2026-11-30 06:19:47.853961+00
2	002_instrument_cac.sql	5ff25d82fa25c8ab39bf68d76600c0dab919dbed3b65aa35560e6d96dfbeff79	2026-11-30 06:19:47.906179+00
3	003_resources.sql	57eb9ab214fd23fa2f7b0c58858a4a6334d86126356ddce68286cad74012b670	2026-11-30 06:19:47.946759+00
4	004_score_totals.sql	963e603bbfd9225fc1404c3048f962340c141a6e120486c764c859d383355d2f	2026-11-30 06:19:47.949558+00
5	005_score_reads.sql	e5c2bac51931b0e00f6b46720aa9f515c89e61dab9ea845e3ba0121a40597cb7	2026-11-30 06:19:47.964245+00
6	006_answer_vectors.sql	d29514834ae7a957c0f32b69f163e3f73dd76192013ae7198fef5f0580f6e376	2026-11-30 06:19:47.96578+00
7	007_metrics_role.sql	5ea00748ee63892bfe3a8e8d1b87470499424151941ad263dad7a4bc052a3d28	2026-11-30 06:19:47.983134+00
8	008_wave_changes.sql	f9080dba9467e6fb214d70cf7d6c179e2a07192e5a556aefeacc39483b2759d0	2026-11-30 06:19:47.983943+00
9	009_paper_rounds.sql	fcd439ebc3f49a5d62787c518e133f0d422d1398daefbc5a2391b86730e74d3f	2026-11-30 06:19:47.984992+00
10	010_audit_log.sql	6cf9766b6267aac3b22e0e2396783ff34a314bdc44a4f212d04a71f621198406	2026-11-30 06:19:47.985707+00
11	011_overall_spread.sql	daab42f74708bb41d6940676ed2c2f791656c6fabd8824b990d5ba6872a3d2a8	2026-11-30 06:19:47.991647+00
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tokens (id, token_hash, role, partnership_ids, label, member_id, wave_id, expires_at, revoked_at, created_at) FROM stdin;
1571b491-4d2d-4adf-a05a-160261afb41d	9949dfdbbedacc373d4f19d6b630b657d19bc864f9d9f0ba0ae7fb8ff4bfe375	admin	{}	fixture-admin	\N	\N	\N	\N	2026-11-30 06:19:48.012887+00
527bbc94-5ccf-41ba-b997-c831f478ea08	b5094afa6e4ef86f4a2d8bbff0f8a1179c2f57bc3a95bcc1a10b6f49ab57580e	respondent	{69c888c3-a887-4745-b861-1aab324acb11}	invitation	e90cbf0b-60b6-4220-ba44-a20c62af2e12	5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	2099-01-01 00:00:00+00	\N	2026-11-30 06:19:48.209486+00
4686fc8d-84f4-4256-8e27-b478afa66043	e2acad3518a3710c960aa9d811d46ee9568d6bb3f735a91e9c7a48bbae5a3a53	respondent	{69c888c3-a887-4745-b861-1aab324acb11}	invitation	cbf5e37d-2fec-4b59-99f3-49f1370c2439	5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	2099-01-01 00:00:00+00	\N	2026-11-30 06:19:48.209486+00
866e124c-8a71-4731-8132-7d8b7dbb80f1	55885e1aea6912e856b7b1877f5be32edec6bac0ae5a955bea2db8916d24fd64	respondent	{69c888c3-a887-4745-b861-1aab324acb11}	invitation	d16be064-f015-43e5-b8c2-3abc696a75df	5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	2099-01-01 00:00:00+00	\N	2026-11-30 06:19:48.209486+00
\.


--
-- Data for Name: wave_totals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wave_totals (wave_id, "grouping", group_value, n_responses, item_n, item_sum, item_squares, dimension_n, dimension_sum, dimension_squares, version, changed_at, overall_n, overall_sum, overall_squares) FROM stdin;
5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	all		1	{1,1}	{66.66666666666667,100}	{4444.444444444445,10000}	{1,1,0,0,0,0}	{66.66666666666667,100,0,0,0,0}	{4444.444444444445,10000,0,0,0,0}	2	2026-11-30 06:19:48.25438+00	1	83.33333333333334	6944.444444444446
5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	role	professional	1	{1,1}	{66.66666666666667,100}	{4444.444444444445,10000}	{1,1,0,0,0,0}	{66.66666666666667,100,0,0,0,0}	{4444.444444444445,10000,0,0,0,0}	4	2026-11-30 06:19:48.25438+00	1	83.33333333333334	6944.444444444446
5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	sector	welfare	1	{1,1}	{66.66666666666667,100}	{4444.444444444445,10000}	{1,1,0,0,0,0}	{66.66666666666667,100,0,0,0,0}	{4444.444444444445,10000,0,0,0,0}	6	2026-11-30 06:19:48.25438+00	1	83.33333333333334	6944.444444444446
\.


--
-- Data for Name: waves; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.waves (id, partnership_id, instrument_id, label, opens_at, closes_at, closed_at, created_at, updated_at, paper_entry) FROM stdin;
5eebaca7-ed14-49e3-bb6a-3c031a37ba4f	69c888c3-a887-4745-b861-1aab324acb11	dad838cf-8bca-4212-8fcd-09e94bfed917	2026	2026-01-01 00:00:00+00	2099-01-01 00:00:00+00	\N	2026-11-30 06:19:48.187377+00	2026-11-30 06:19:48.187377+00	f
\.


--
-- Name: wave_totals_version; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wave_totals_version', 6, true);


--
-- Name: answer_scales answer_scales_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.answer_scales
    ADD CONSTRAINT answer_scales_pkey PRIMARY KEY (key);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


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
-- Name: response_history response_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_pkey PRIMARY KEY (wave_id, member_id, revision);


--
-- Name: response_sources response_sources_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_sources
    ADD CONSTRAINT response_sources_pkey PRIMARY KEY (key);


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
-- Name: wave_totals wave_totals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_totals
    ADD CONSTRAINT wave_totals_pkey PRIMARY KEY (wave_id, "grouping", group_value);


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
-- Name: audit_log_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_at ON public.audit_log USING btree (at, id);


--
-- Name: audit_log_resource; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_resource ON public.audit_log USING btree (resource_id, at, id);


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
-- Name: response_history response_history_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id);


--
-- Name: response_history response_history_source_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_source_fkey FOREIGN KEY (source) REFERENCES public.response_sources(key);


--
-- Name: response_history response_history_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.response_history
    ADD CONSTRAINT response_history_token_id_fkey FOREIGN KEY (token_id) REFERENCES public.tokens(id);


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
-- Name: responses responses_source_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_source_fkey FOREIGN KEY (source) REFERENCES public.response_sources(key);


--
-- Name: responses responses_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_token_id_fkey FOREIGN KEY (token_id) REFERENCES public.tokens(id);


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
-- Name: wave_totals wave_totals_wave_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wave_totals
    ADD CONSTRAINT wave_totals_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES public.waves(id);


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

\unrestrict QcNWesv7xrO1hTp2GnJxN1gi0cccgVYrOwPwkWEIDicf4Oi3CsI2hfXUiF8ODQM


-- The whole schema the contract needs. Each migration runs once, in its own
-- transaction, recorded in schema_migrations (see service/migrate.c).

CREATE TABLE instruments (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key         text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9_-]{1,40}$'),
    title_en    text NOT NULL,
    title_nl    text NOT NULL,
    source      text NOT NULL,
    score_min   integer NOT NULL,
    score_max   integer NOT NULL CHECK (score_max > score_min),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dimensions (
    instrument_id uuid NOT NULL REFERENCES instruments,
    key           text NOT NULL CHECK (key ~ '^[a-z0-9_]{1,40}$'),
    position      integer NOT NULL CHECK (position > 0),
    name_en       text NOT NULL,
    name_nl       text NOT NULL,
    PRIMARY KEY (instrument_id, key),
    UNIQUE (instrument_id, position)
);

CREATE TABLE items (
    instrument_id uuid NOT NULL,
    number        integer NOT NULL CHECK (number > 0),
    dimension_key text NOT NULL,
    text_en       text NOT NULL,
    text_nl       text NOT NULL,
    PRIMARY KEY (instrument_id, number),
    FOREIGN KEY (instrument_id, dimension_key) REFERENCES dimensions
);

-- How a raw answer becomes a 0-100 value is fixed by the contract and lives
-- in service/scoring.c; this table describes the scales for clients.
CREATE TABLE answer_scales (
    key         text PRIMARY KEY,
    description text NOT NULL,
    minimum     integer NOT NULL,
    maximum     integer NOT NULL CHECK (maximum > minimum),
    to_percent  text NOT NULL,
    labels      jsonb
);

CREATE TABLE neighbourhoods (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code              text CHECK (code ~ '^(GM[0-9A-Z]{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$'),
    code_year         integer CHECK (code_year BETWEEN 1900 AND 2200),
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    municipality_code text CHECK (municipality_code ~ '^GM[0-9A-Z]{4}$'),
    ses_score         double precision,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
-- CBS reuses codes across boundary years, so a code is unique per year.
CREATE UNIQUE INDEX neighbourhoods_code_year
    ON neighbourhoods (code, coalesce(code_year, 0)) WHERE code IS NOT NULL;
CREATE INDEX neighbourhoods_municipality ON neighbourhoods (municipality_code);

CREATE TABLE partnerships (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    neighbourhood_id uuid REFERENCES neighbourhoods,
    description      text,
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partnerships_neighbourhood ON partnerships (neighbourhood_id);

CREATE TABLE members (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partnership_id uuid NOT NULL REFERENCES partnerships,
    label          text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    organisation   text,
    sector         text NOT NULL CHECK (sector IN ('health_care', 'mental_health',
                       'social_care', 'welfare', 'municipality', 'police', 'housing',
                       'education', 'citizen', 'other')),
    role           text NOT NULL CHECK (role IN ('professional', 'coproducer',
                       'coordinator', 'volunteer', 'other')),
    active         boolean NOT NULL DEFAULT true,
    deactivated_at timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    -- a pseudonym must point at one person within its partnership
    UNIQUE (partnership_id, label)
);

CREATE TABLE waves (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partnership_id uuid NOT NULL REFERENCES partnerships,
    instrument_id  uuid NOT NULL REFERENCES instruments,
    label          text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    opens_at       timestamptz NOT NULL,
    closes_at      timestamptz NOT NULL,
    closed_at      timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (partnership_id, label),
    CHECK (closes_at > opens_at)
);
CREATE INDEX waves_label ON waves (label);

-- The latest revision of each member's response in a wave: what counts.
CREATE TABLE responses (
    id            uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(), -- stable key for paging
    wave_id       uuid NOT NULL REFERENCES waves,
    member_id     uuid NOT NULL REFERENCES members,
    revision      integer NOT NULL CHECK (revision >= 1),
    scale         text NOT NULL REFERENCES answer_scales,
    comment       text,
    digest        text NOT NULL, -- of scale, answers and comment: a replay changes nothing
    submitted_at  timestamptz NOT NULL DEFAULT now(),  -- of this revision
    created_at    timestamptz NOT NULL DEFAULT now(),  -- of the first revision
    PRIMARY KEY (wave_id, member_id)
);

CREATE TABLE response_answers (
    wave_id     uuid NOT NULL,
    member_id   uuid NOT NULL,
    item_number integer NOT NULL,
    raw_value   integer,          -- on the response's scale; NULL = don't know
    value       double precision, -- on 0-100; NULL = don't know
    PRIMARY KEY (wave_id, member_id, item_number),
    FOREIGN KEY (wave_id, member_id) REFERENCES responses ON DELETE CASCADE,
    CHECK ((raw_value IS NULL) = (value IS NULL)),
    CHECK (value BETWEEN 0 AND 100)
);

-- Every revision that was replaced or withdrawn, so no answer is ever lost.
CREATE TABLE response_history (
    wave_id       uuid NOT NULL REFERENCES waves,
    member_id     uuid NOT NULL REFERENCES members,
    revision      integer NOT NULL,
    scale         text NOT NULL,
    comment       text,
    answers       jsonb NOT NULL, -- raw values by item number
    submitted_at  timestamptz NOT NULL,
    ended_at      timestamptz NOT NULL DEFAULT now(),
    withdrawn     boolean NOT NULL,
    PRIMARY KEY (wave_id, member_id, revision)
);

CREATE TABLE tokens (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    token_hash      text NOT NULL UNIQUE, -- SHA-256 of the token, hex; the token itself is never stored
    role            text NOT NULL CHECK (role IN ('admin', 'coordinator', 'viewer', 'respondent')),
    partnership_ids uuid[] NOT NULL DEFAULT '{}',
    label           text,
    member_id       uuid REFERENCES members,
    wave_id         uuid REFERENCES waves,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'respondent') = (member_id IS NOT NULL AND wave_id IS NOT NULL))
);
CREATE INDEX tokens_invitation ON tokens (wave_id, member_id) WHERE wave_id IS NOT NULL;

-- RFC 3339 in UTC for every time the API returns.
CREATE FUNCTION cacd_time(t timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');

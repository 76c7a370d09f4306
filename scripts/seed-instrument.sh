#!/usr/bin/env bash
# Regenerates sql/migrations/002_instrument_cac.sql from ../shared/cac-instrument.json.
# Run it only to create a new migration: an applied migration never changes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source_file=${1:-$here/../shared/cac-instrument.json}
grep -q '\$instrument\$' "$source_file" && { echo "dollar quote clash" >&2; exit 1; }
{
cat <<'SQL'
-- Seeds the Coordinated Action Checklist from shared/cac-instrument.json,
-- kept here verbatim so the migration carries its own data.
CREATE TEMPORARY TABLE instrument_source ON COMMIT DROP AS SELECT $instrument$
SQL
cat "$source_file"
cat <<'SQL'
$instrument$::jsonb AS doc;

INSERT INTO instruments (key, title_en, title_nl, source, score_min, score_max)
SELECT doc->>'key', doc->'title'->>'en', doc->'title'->>'nl', doc->>'source',
       (doc->'scale'->>'min')::integer, (doc->'scale'->>'max')::integer
FROM instrument_source;

INSERT INTO dimensions (instrument_id, key, position, name_en, name_nl)
SELECT instruments.id, d.value->>'key', d.ordinality, d.value->'name'->>'en',
       d.value->'name'->>'nl'
FROM instrument_source
JOIN instruments ON instruments.key = doc->>'key',
     jsonb_array_elements(doc->'dimensions') WITH ORDINALITY AS d;

INSERT INTO items (instrument_id, number, dimension_key, text_en, text_nl)
SELECT instruments.id, (i.value->>'number')::integer, d.value->>'key',
       i.value->'text'->>'en', i.value->'text'->>'nl'
FROM instrument_source
JOIN instruments ON instruments.key = doc->>'key',
     jsonb_array_elements(doc->'dimensions') AS d,
     jsonb_array_elements(d.value->'items') AS i;

-- A scale's values are either labelled categories {"1": ..} or a range "1..5".
INSERT INTO answer_scales (key, description, minimum, maximum, to_percent, labels)
SELECT s.key, s.value->>'description',
       CASE WHEN jsonb_typeof(s.value->'values') = 'object'
            THEN (SELECT min(k::integer) FROM jsonb_object_keys(s.value->'values') AS k)
            ELSE split_part(s.value->>'values', '..', 1)::integer END,
       CASE WHEN jsonb_typeof(s.value->'values') = 'object'
            THEN (SELECT max(k::integer) FROM jsonb_object_keys(s.value->'values') AS k)
            ELSE split_part(s.value->>'values', '..', 2)::integer END,
       s.value->>'to_percent',
       CASE WHEN jsonb_typeof(s.value->'values') = 'object' THEN s.value->'values' END
FROM instrument_source, jsonb_each(doc->'answer_scales') AS s;
SQL
} > "$here/sql/002_instrument_cac.sql"

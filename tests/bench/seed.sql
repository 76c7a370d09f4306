-- Generated data for `make bench`: 1,000 partnerships in one municipality,
-- each with a wave labelled 'bench' and 5 responses; one more partnership
-- with a wave of 10 responses ('small') and one of 10,000 ('large'). The
-- first of the 1,000 has an earlier wave ('pair') with the same 5, so its
-- trend has two waves too: the reference of the trend figure.
-- Answers are on the percent scale, a tenth of them "don't know".
SET client_min_messages = warning;
SELECT setseed(0.42);

INSERT INTO neighbourhoods (code, name, municipality_code, ses_score)
SELECT 'BU9999' || lpad(g::text, 4, '0'), 'Buurt ' || g, 'GM9999', random() * 2 - 1
  FROM generate_series(1, 1000) g;

INSERT INTO partnerships (name, neighbourhood_id)
SELECT 'Bench ' || n.name, n.id FROM neighbourhoods n WHERE n.municipality_code = 'GM9999';
INSERT INTO partnerships (name) VALUES ('Bench sizes');

INSERT INTO members (partnership_id, label, sector, role)
SELECT p.id, 'm' || g, (ARRAY['health_care','welfare','police','citizen','housing'])[1 + g % 5],
       (ARRAY['professional','coproducer'])[1 + g % 2]
  FROM partnerships p, generate_series(1, 5) g WHERE p.name LIKE 'Bench Buurt%';
INSERT INTO members (partnership_id, label, sector, role)
SELECT p.id, 'm' || g, (ARRAY['health_care','welfare','police','citizen','housing'])[1 + g % 5],
       (ARRAY['professional','coproducer'])[1 + g % 2]
  FROM partnerships p, generate_series(1, 10000) g WHERE p.name = 'Bench sizes';

INSERT INTO waves (partnership_id, instrument_id, label, opens_at, closes_at)
SELECT p.id, i.id, l.label, '2026-01-01', '2099-01-01'
  FROM partnerships p, instruments i,
       (VALUES ('bench'), ('small'), ('large')) AS l(label)
 WHERE i.key = 'cac'
   AND ((p.name LIKE 'Bench Buurt%' AND l.label = 'bench')
     OR (p.name = 'Bench sizes' AND l.label IN ('small', 'large')));
INSERT INTO waves (partnership_id, instrument_id, label, opens_at, closes_at)
SELECT p.id, i.id, 'pair', '2025-01-01', '2025-12-31'
  FROM partnerships p, instruments i
 WHERE i.key = 'cac' AND p.name = 'Bench Buurt 1';

-- small: the first 10 members; large: all 10,000; bench: the 5 of each.
-- Answers on the percent scale, one in ten "don't know".
CREATE TEMPORARY TABLE bench_answers AS
SELECT w.id AS wave_id, m.id AS member_id, m.role, m.sector, w.instrument_id,
       (SELECT array_agg(CASE WHEN random() < 0.1 THEN -1
                              ELSE floor(random() * 101)::integer END ORDER BY g)
          FROM generate_series(1, 26) g WHERE m.id IS NOT NULL)::smallint[] AS answers
  FROM waves w JOIN members m ON m.partnership_id = w.partnership_id
 WHERE w.label IN ('bench', 'pair', 'large')
    OR (w.label = 'small' AND m.label IN ('m1','m2','m3','m4','m5','m6','m7','m8','m9','m10'));

INSERT INTO responses (wave_id, member_id, revision, scale, digest, group_role, group_sector,
                       answers, answer_values, dimension_means, source)
SELECT b.wave_id, b.member_id, 1, 'percent', md5(b.member_id::text), b.role, b.sector,
       b.answers, v.answer_values, cacd_dimension_means(b.instrument_id, v.answer_values), 'admin'
  FROM bench_answers b,
       LATERAL (SELECT array_agg(nullif(a, -1)::double precision ORDER BY i) AS answer_values
                  FROM unnest(b.answers) WITH ORDINALITY AS u(a, i)) AS v;

SELECT count(*) AS waves_counted FROM (SELECT cacd_totals_rebuild(id) FROM waves) t;

-- A wave that 60 members keep revising (make bench: revisions).
INSERT INTO partnerships (name) VALUES ('Bench revisions');
INSERT INTO members (partnership_id, label, sector, role)
SELECT p.id, 'r' || g, (ARRAY['health_care','welfare','police','citizen','housing'])[1 + g % 5],
       (ARRAY['professional','coproducer','coordinator','volunteer','other'])[1 + (g / 5) % 5]
  FROM partnerships p, generate_series(1, 60) g WHERE p.name = 'Bench revisions';
INSERT INTO waves (partnership_id, instrument_id, label, opens_at, closes_at)
SELECT p.id, i.id, 'revisions', '2026-01-01', '2099-01-01'
  FROM partnerships p, instruments i WHERE p.name = 'Bench revisions' AND i.key = 'cac';

-- What pgbench writes for its side of the revisions figure: a response row
-- upserted and one running-totals row of its wave updated, per transaction.
CREATE TABLE bench_responses (member integer PRIMARY KEY, answers smallint[], revision integer);
CREATE TABLE bench_totals (wave integer PRIMARY KEY, n bigint, total double precision[]);
INSERT INTO bench_totals VALUES (1, 0, array_fill(0::double precision, ARRAY[26]));

-- sets hint bits and the visibility map now, not during the first reads
VACUUM ANALYZE;

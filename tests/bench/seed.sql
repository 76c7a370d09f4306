-- Generated data for `make bench`: 1,000 partnerships in one municipality,
-- each with a wave labelled 'bench' and 5 responses; one more partnership
-- with a wave of 10 responses ('small') and one of 10,000 ('large').
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

-- small: the first 10 members; large: all 10,000; bench: the 5 of each.
INSERT INTO responses (wave_id, member_id, revision, scale, digest, group_role, group_sector)
SELECT w.id, m.id, 1, 'percent', md5(m.id::text), m.role, m.sector
  FROM waves w JOIN members m ON m.partnership_id = w.partnership_id
 WHERE w.label = 'bench' OR w.label = 'large'
    OR (w.label = 'small' AND m.label IN ('m1','m2','m3','m4','m5','m6','m7','m8','m9','m10'));

INSERT INTO response_answers (wave_id, member_id, item_number, raw_value, value)
SELECT r.wave_id, r.member_id, i.number, v, v
  FROM responses r, items i,
       LATERAL (SELECT CASE WHEN random() < 0.1 THEN NULL
                            ELSE floor(random() * 101)::integer END AS v) x;

SELECT count(*) AS waves_counted FROM (SELECT cacd_totals_rebuild(id) FROM waves) t;
-- sets hint bits and the visibility map now, not during the first reads
VACUUM ANALYZE;

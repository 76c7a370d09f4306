-- Answers and running totals as vectors, so that a submission writes O(1)
-- rows whatever the number of items and a read reads O(groups) rows.
--
-- responses.answers          raw values by item number (index = number):
--                            NULL unanswered, -1 "don't know"
-- responses.answer_values    the same on 0-100, NULL where nothing counts
-- responses.dimension_means  the respondent's own mean per dimension, by
--                            dimension position (rule 4's sd and n)
-- wave_totals                one row per (wave, grouping, group): n, sum
--                            and sum of squares per item and per dimension,
--                            the response count, and a version and time
--                            that change with every change
--
-- Existing totals are copied value for value, not recomputed, so every
-- score reads exactly as before. Functions live in sql/functions from now
-- on (re-created by every migrate); the ones that read the tables dropped
-- here go first.

DROP FUNCTION cacd_wave_scores_json(waves, text);
DROP FUNCTION cacd_totals_json(uuid, text);
DROP FUNCTION cacd_layout_json(uuid);
DROP FUNCTION cacd_submit_response(uuid, uuid, uuid[], text, integer[], integer[],
                                   double precision[], text, text);
DROP FUNCTION cacd_withdraw_response(uuid, uuid);
DROP FUNCTION cacd_totals_rebuild(uuid);
DROP FUNCTION cacd_totals_apply(uuid, uuid, integer);
DROP FUNCTION cacd_response_archive(responses, boolean);
DROP FUNCTION cacd_response_json(responses);

-- Who entered a revision: the member's invitation, a coordinator, an admin
-- or an import (privacy rule 6c counts some toward k and not others).
-- Revisions stored before this migration did not record it.
CREATE TABLE response_sources (
    key         text PRIMARY KEY,
    description text NOT NULL
);
INSERT INTO response_sources VALUES
    ('invitation', 'sent by the member with its own invitation'),
    ('coordinator', 'entered by a coordinator'),
    ('admin', 'entered by an admin'),
    ('import', 'imported from paper forms by an admin'),
    ('unrecorded', 'stored before cacd recorded who entered responses');

CREATE TEMPORARY TABLE wave_sizes ON COMMIT DROP AS
SELECT w.id AS wave_id, max(i.number) AS items
  FROM waves w JOIN items i ON i.instrument_id = w.instrument_id
 GROUP BY w.id;

ALTER TABLE responses
    ADD COLUMN answers smallint[],
    ADD COLUMN answer_values double precision[],
    ADD COLUMN dimension_means double precision[],
    ADD COLUMN source text NOT NULL DEFAULT 'unrecorded' REFERENCES response_sources,
    ADD COLUMN token_id uuid REFERENCES tokens;

UPDATE responses r
   SET answers = v.answers, answer_values = v.answer_values
  FROM (SELECT r2.wave_id, r2.member_id,
               array_agg(CASE WHEN a.item_number IS NULL THEN NULL
                              WHEN a.raw_value IS NULL THEN -1
                              ELSE a.raw_value END::smallint ORDER BY s.i) AS answers,
               array_agg(a.value ORDER BY s.i) AS answer_values
          FROM responses r2
          JOIN wave_sizes z ON z.wave_id = r2.wave_id
          CROSS JOIN LATERAL generate_series(1, z.items) AS s(i)
          LEFT JOIN response_answers a
                 ON a.wave_id = r2.wave_id AND a.member_id = r2.member_id AND a.item_number = s.i
         GROUP BY r2.wave_id, r2.member_id) AS v
 WHERE v.wave_id = r.wave_id AND v.member_id = r.member_id;

UPDATE responses r
   SET dimension_means = (
       SELECT array_agg(m.mean ORDER BY d.position)
         FROM waves w
         JOIN dimensions d ON d.instrument_id = w.instrument_id
         CROSS JOIN LATERAL (SELECT avg(r.answer_values[i.number]) AS mean
                               FROM items i
                              WHERE i.instrument_id = d.instrument_id
                                AND i.dimension_key = d.key) AS m
        WHERE w.id = r.wave_id);

ALTER TABLE responses
    ALTER COLUMN answers SET NOT NULL,
    ALTER COLUMN answer_values SET NOT NULL,
    ALTER COLUMN dimension_means SET NOT NULL,
    ALTER COLUMN source DROP DEFAULT,
    ADD CHECK (-1 <= ALL (answers));

ALTER TABLE response_history
    ADD COLUMN answer_vector smallint[],
    ADD COLUMN source text NOT NULL DEFAULT 'unrecorded' REFERENCES response_sources,
    ADD COLUMN token_id uuid REFERENCES tokens;

UPDATE response_history h
   SET answer_vector = (
       SELECT array_agg(CASE WHEN NOT h.answers ? s.i::text THEN NULL
                             WHEN h.answers ->> s.i::text IS NULL THEN -1
                             ELSE (h.answers ->> s.i::text)::smallint END ORDER BY s.i)
         FROM generate_series(1, greatest((SELECT items FROM wave_sizes WHERE wave_id = h.wave_id),
                                          (SELECT max(k::integer) FROM jsonb_object_keys(h.answers) AS k),
                                          1)) AS s(i));

ALTER TABLE response_history DROP COLUMN answers;
ALTER TABLE response_history RENAME COLUMN answer_vector TO answers;
ALTER TABLE response_history
    ALTER COLUMN answers SET NOT NULL,
    ALTER COLUMN source DROP DEFAULT;

CREATE SEQUENCE wave_totals_version;

CREATE TABLE wave_totals (
    wave_id           uuid NOT NULL REFERENCES waves,
    grouping          text NOT NULL CHECK (grouping IN ('all', 'role', 'sector')),
    group_value       text NOT NULL,
    n_responses       integer NOT NULL,
    item_n            integer[] NOT NULL,           -- by item number
    item_sum          double precision[] NOT NULL,
    item_squares      double precision[] NOT NULL,
    dimension_n       integer[] NOT NULL,           -- by dimension position
    dimension_sum     double precision[] NOT NULL,
    dimension_squares double precision[] NOT NULL,
    version           bigint NOT NULL DEFAULT nextval('wave_totals_version'),
    changed_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (wave_id, grouping, group_value)
);

INSERT INTO wave_totals (wave_id, grouping, group_value, n_responses, item_n, item_sum,
                         item_squares, dimension_n, dimension_sum, dimension_squares)
SELECT c.wave_id, c.grouping, c.group_value, c.n_responses,
       i.n, i.total, i.squares, d.n, d.total, d.squares
  FROM wave_group_counts c
  JOIN wave_sizes z ON z.wave_id = c.wave_id
  CROSS JOIN LATERAL (
       SELECT array_agg(coalesce(t.n, 0)::integer ORDER BY s.i) AS n,
              array_agg(coalesce(t.total, 0) ORDER BY s.i) AS total,
              array_agg(coalesce(t.total_squares, 0) ORDER BY s.i) AS squares
         FROM generate_series(1, z.items) AS s(i)
         LEFT JOIN wave_item_totals t
                ON t.wave_id = c.wave_id AND t.grouping = c.grouping
               AND t.group_value = c.group_value AND t.item_number = s.i) AS i
  CROSS JOIN LATERAL (
       SELECT array_agg(coalesce(t.n, 0)::integer ORDER BY dim.position) AS n,
              array_agg(coalesce(t.total, 0) ORDER BY dim.position) AS total,
              array_agg(coalesce(t.total_squares, 0) ORDER BY dim.position) AS squares
         FROM waves w
         JOIN dimensions dim ON dim.instrument_id = w.instrument_id
         LEFT JOIN wave_dimension_totals t
                ON t.wave_id = c.wave_id AND t.grouping = c.grouping
               AND t.group_value = c.group_value AND t.dimension_key = dim.key
        WHERE w.id = c.wave_id) AS d;

DROP TABLE wave_item_totals, wave_dimension_totals, wave_group_counts, response_answers;

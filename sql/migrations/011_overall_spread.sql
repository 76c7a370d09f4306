-- Each group's respondents' own overall means (each the mean of the items
-- that respondent answered, on 0-100) as n, sum and sum of squares. The
-- intervals of the evaluation views (trend change_ci, gaps, the report)
-- need their spread; kept here, a read takes it from the group's totals
-- row instead of scanning the wave's responses every time.
ALTER TABLE wave_totals
    ADD COLUMN overall_n integer NOT NULL DEFAULT 0,
    ADD COLUMN overall_sum double precision NOT NULL DEFAULT 0,
    ADD COLUMN overall_squares double precision NOT NULL DEFAULT 0;

UPDATE wave_totals t
   SET overall_n = s.n, overall_sum = s.total, overall_squares = s.squares
  FROM (SELECT r.wave_id, g.grouping, g.group_value, count(o.mean)::integer AS n,
               coalesce(sum(o.mean), 0) AS total, coalesce(sum(o.mean * o.mean), 0) AS squares
          FROM responses r
          CROSS JOIN LATERAL (SELECT avg(v) AS mean FROM unnest(r.answer_values) AS v) AS o
          CROSS JOIN LATERAL (VALUES ('all', ''), ('role', coalesce(r.group_role, '')),
                                     ('sector', coalesce(r.group_sector, '')))
                             AS g(grouping, group_value)
         GROUP BY 1, 2, 3) AS s
 WHERE t.wave_id = s.wave_id AND t.grouping = s.grouping AND t.group_value = s.group_value;

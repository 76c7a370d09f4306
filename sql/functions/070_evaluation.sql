-- For the evaluation views' intervals (gaps, trend change_ci, report): the
-- spread of respondents' own overall means in a wave (each the mean of the
-- items that respondent answered), of one role or, with p_role NULL, of
-- everyone, as {"n", "mean", "sd"}. The overall score is a mean of item
-- scores, so its interval needs these rather than the running totals.
CREATE OR REPLACE FUNCTION cacd_overall_spread(p_wave uuid, p_role text) RETURNS text
    LANGUAGE sql STABLE
    RETURN (
        SELECT json_build_object('n', count(o.mean), 'mean', avg(o.mean),
                                 'sd', stddev_samp(o.mean))::text
          FROM responses r
          CROSS JOIN LATERAL (SELECT avg(v) AS mean FROM unnest(r.answer_values) AS v) AS o
         WHERE r.wave_id = p_wave
           AND (p_role IS NULL OR r.group_role = p_role));

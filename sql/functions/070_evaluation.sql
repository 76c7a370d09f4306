-- For the evaluation views' intervals (gaps, trend change_ci, report): the
-- spread of the respondents' own overall means in one group's totals row
-- (each the mean of the items that respondent answered; migration 011), as
-- {"n", "mean", "sd"}. The overall score is a mean of item scores, so its
-- interval needs these rather than the item totals.
-- (Until migration 011 this scanned the wave's responses at every read.)
DROP FUNCTION IF EXISTS cacd_overall_spread(uuid, text);
CREATE OR REPLACE FUNCTION cacd_overall_spread(t wave_totals) RETURNS text
    LANGUAGE sql STABLE
    RETURN json_build_object(
        'n', t.overall_n,
        'mean', CASE WHEN t.overall_n > 0 THEN t.overall_sum / t.overall_n END,
        'sd', CASE WHEN t.overall_n > 1
                   THEN sqrt(greatest(0, (t.overall_squares
                                          - t.overall_sum * t.overall_sum / t.overall_n)
                                         / (t.overall_n - 1))) END)::text;

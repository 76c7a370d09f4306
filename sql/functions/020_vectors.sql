-- Element-wise arithmetic on the vectors that answers and totals are kept
-- in (see migration 006). A missing element counts as 0, so vectors of
-- different lengths add up.

-- (A quoted body: PostgreSQL takes no polymorphic arguments otherwise.)
CREATE OR REPLACE FUNCTION cacd_vector_add(a anyarray, b anyarray) RETURNS anyarray
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i)
            FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) $$;

CREATE OR REPLACE AGGREGATE cacd_vector_sum(anyarray) (
    SFUNC = cacd_vector_add,
    STYPE = anyarray
);

-- What one respondent's values add to n, sum and sum of squares (sign +1),
-- or take away (sign -1). A NULL value adds nothing.
CREATE OR REPLACE FUNCTION cacd_contribution(v double precision[], sign integer,
        OUT n integer[], OUT total double precision[], OUT squares double precision[])
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT coalesce(array_agg(CASE WHEN x IS NULL THEN 0 ELSE sign END ORDER BY i), '{}'),
               coalesce(array_agg(coalesce(sign * x, 0) ORDER BY i), '{}'),
               coalesce(array_agg(coalesce(sign * x * x, 0) ORDER BY i), '{}')
          FROM unnest(v) WITH ORDINALITY AS u(x, i);
    END;

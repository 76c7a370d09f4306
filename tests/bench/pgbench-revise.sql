-- pgbench's side of the revisions figure: upsert a response row and update
-- one running-totals row of its wave, durably, in one transaction.
\set member random(1, 60)
\set value random(0, 100)
BEGIN;
INSERT INTO bench_responses VALUES (:member, ARRAY[:value]::smallint[], 1)
    ON CONFLICT (member) DO UPDATE SET answers = excluded.answers,
                                       revision = bench_responses.revision + 1;
UPDATE bench_totals SET n = n + 1, total[1] = total[1] + :value WHERE wave = 1;
COMMIT;

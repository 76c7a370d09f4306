-- The audit log in the order things happened (issue: rows of one batch
-- shared the batch's now() and sorted by a random uuid, so a wave's close
-- could be listed before its creation).
--
-- at   now holds the time the request arrived, given by cacd;
-- seq  a sequence taken when the row is stored. A change's row is stored
--      in the change's own transaction (service/audit.c), so for requests
--      made one after another seq follows the order of their answers;
--      GET /v1/audit lists by seq.
-- route may be NULL: a write to a path that no route matches (404, or a
--      body refused as too large before routing) is logged too.
ALTER TABLE audit_log ADD COLUMN seq bigint;
CREATE SEQUENCE audit_log_seq OWNED BY audit_log.seq;
UPDATE audit_log a
   SET seq = o.n
  FROM (SELECT id, row_number() OVER (ORDER BY at, id) AS n FROM audit_log) AS o
 WHERE a.id = o.id;
SELECT setval('audit_log_seq', coalesce((SELECT max(seq) FROM audit_log), 0) + 1, false);
ALTER TABLE audit_log
    ALTER COLUMN seq SET DEFAULT nextval('audit_log_seq'),
    ALTER COLUMN seq SET NOT NULL,
    ALTER COLUMN route DROP NOT NULL;
CREATE UNIQUE INDEX audit_log_seq_key ON audit_log (seq);
CREATE INDEX audit_log_resource_seq ON audit_log (resource_id, seq);
DROP INDEX audit_log_resource;

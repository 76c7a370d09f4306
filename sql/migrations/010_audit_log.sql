-- Who changed what, and when (GET /v1/audit): one row per write request
-- (POST, PUT, PATCH, DELETE) that reached the API, whatever its outcome,
-- so refused attempts show too. It names the token (by id, never the
-- token), its role, the route, the resource and the status; never the
-- body, so never an answer. Rows older than audit_retention_days go.
CREATE TABLE audit_log (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    at          timestamptz NOT NULL DEFAULT now(),
    token_id    uuid,
    role        text,
    method      text NOT NULL,
    route       text NOT NULL,
    resource_id text,
    status      integer NOT NULL,
    request_id  text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_resource ON audit_log (resource_id, at, id);

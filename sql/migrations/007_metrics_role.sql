-- A token role for Prometheus: it may read /metrics and nothing else, so a
-- scraper never holds a token that reads scores or writes anything.
ALTER TABLE tokens DROP CONSTRAINT tokens_role_check;
ALTER TABLE tokens ADD CONSTRAINT tokens_role_check
    CHECK (role IN ('admin', 'coordinator', 'viewer', 'respondent', 'metrics'));

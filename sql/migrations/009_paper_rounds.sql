-- Rounds that partnerships held on paper before they used cacd. An admin
-- may create a wave whose dates lie in the past; it is marked paper_entry
-- and stays open for entries (PUT by staff, POST .../import) until it is
-- closed explicitly, whatever closes_at says, so its scores are published
-- once, with all its forms in, and never grow in public by a few forms at
-- a time (privacy rule 6d).
ALTER TABLE waves ADD COLUMN paper_entry boolean NOT NULL DEFAULT false;

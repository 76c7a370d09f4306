-- Functions whose arguments changed. sql/functions creates the new
-- signatures with CREATE OR REPLACE, which leaves the old one beside it as
-- an overload; they are dropped here so no caller can reach the old code.
--
-- cacd_import_errors(waves, jsonb): imports became set-based (schema 12);
-- the forms are now read from a temporary table, not passed as jsonb.
DROP FUNCTION IF EXISTS cacd_import_errors(waves, jsonb);

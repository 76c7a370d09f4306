-- The audit log (service/audit.c).

-- Whether the change that audit row p_id belongs to was stored. Its
-- transaction holds an advisory lock on the id until it ends, so this waits
-- for that end first (bounded by the caller's lock_timeout), then looks
-- with a fresh snapshot: a COMMIT still under way is never taken for a
-- rollback.
CREATE OR REPLACE FUNCTION cacd_audit_stored(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM set_config('lock_timeout', '800ms', true);
    PERFORM pg_advisory_xact_lock(hashtextextended(p_id::text, 7));
    RETURN EXISTS (SELECT 1 FROM audit_log WHERE id = p_id);
END $$;

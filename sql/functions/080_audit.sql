-- The audit log (service/audit.c).

-- Whether the change that audit row p_id belongs to was stored, once its
-- transaction has ended. A probe row with the same id is inserted: the
-- primary key makes that insert wait while the change's transaction is
-- still under way (bounded by lock_timeout), and then conflict if it
-- committed, or go in if it did not. The probe is always undone (its
-- subtransaction rolled back), so a COMMIT still under way is never taken
-- for a rollback, and nothing is left behind.
CREATE OR REPLACE FUNCTION cacd_audit_stored(p_id uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    probed integer;
BEGIN
    PERFORM set_config('lock_timeout', '800ms', true);
    BEGIN
        INSERT INTO audit_log (id, method, status, request_id)
        VALUES (p_id, 'PROBE', 0, 'probe')
        ON CONFLICT (id) DO NOTHING;
        GET DIAGNOSTICS probed = ROW_COUNT;
        IF probed = 1 THEN
            RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'not stored';
        END IF;
        RETURN true;
    EXCEPTION WHEN raise_exception THEN
        RETURN false;
    END;
END $$;

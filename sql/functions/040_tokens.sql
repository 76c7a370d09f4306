-- What a bearer token grants, by the SHA-256 of the token: one row while it
-- is valid, none once it is unknown, expired or revoked. Unscoped (NULL
-- scope): admins always; viewers with no partnerships. Statements on hot
-- paths join it, so the token check travels with the query.
CREATE OR REPLACE FUNCTION cacd_token(p_hash text)
    RETURNS TABLE (id uuid, role text, scope uuid[], member_id uuid, wave_id uuid)
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT t.id, t.role,
               CASE WHEN t.role = 'admin' OR (t.role = 'viewer'
                                              AND cardinality(t.partnership_ids) = 0)
                    THEN NULL ELSE t.partnership_ids END,
               t.member_id, t.wave_id
          FROM tokens t
         WHERE t.token_hash = p_hash AND t.revoked_at IS NULL
           AND (t.expires_at IS NULL OR t.expires_at > now());
    END;

-- Instances keep valid tokens in memory (service/token_cache.c) and
-- forget one as soon as it changes: a revocation, a new expiry or scope,
-- or its removal is announced on channel cacd_tokens with the token's
-- hash (never the token).
CREATE OR REPLACE FUNCTION cacd_tokens_notify() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cacd_tokens', OLD.token_hash);
    RETURN NULL;
END $$;

-- Published score views are kept in memory too: a new wave, or a change
-- to a wave, a partnership or a neighbourhood (a label, a name, an SES
-- score, a deletion) is announced on cacd_waves, and every instance lets
-- its kept views go.
CREATE OR REPLACE FUNCTION cacd_waves_notify() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cacd_waves', CASE TG_OP WHEN 'INSERT' THEN NEW.id ELSE OLD.id END::text);
    RETURN NULL;
END $$;

-- Made here with the functions they call, in one transaction.
DROP TRIGGER IF EXISTS tokens_notify ON tokens;
CREATE TRIGGER tokens_notify AFTER UPDATE OR DELETE ON tokens
    FOR EACH ROW EXECUTE FUNCTION cacd_tokens_notify();
DROP TRIGGER IF EXISTS waves_notify ON waves;
CREATE TRIGGER waves_notify AFTER INSERT OR UPDATE OR DELETE ON waves
    FOR EACH ROW EXECUTE FUNCTION cacd_waves_notify();
DROP TRIGGER IF EXISTS neighbourhoods_notify ON neighbourhoods;
CREATE TRIGGER neighbourhoods_notify AFTER UPDATE OR DELETE ON neighbourhoods
    FOR EACH ROW EXECUTE FUNCTION cacd_waves_notify();
DROP TRIGGER IF EXISTS partnerships_notify ON partnerships;
CREATE TRIGGER partnerships_notify AFTER UPDATE OR DELETE ON partnerships
    FOR EACH ROW EXECUTE FUNCTION cacd_waves_notify();

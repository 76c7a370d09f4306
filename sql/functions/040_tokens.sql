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

-- One-time invitation codes (migration 013). The codes and the session
-- tokens are made in C; only their SHA-256 hashes come here.

-- Whether an invitation can still be claimed: not spent, not expired.
CREATE OR REPLACE FUNCTION cacd_invitation_live(i invitations, at timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN i.spent_at IS NULL AND i.expires_at > at;

DROP FUNCTION IF EXISTS cacd_invitees(uuid, uuid[], uuid[], boolean);

-- Who gets a new code when a wave's invitations are sent: p_members, or
-- when NULL every active member without a response; either way only
-- members of the wave's partnership, and (unless p_reissue) only those
-- without a live or claimed code. Also the wave's status and whether its
-- partnership is archived (held FOR SHARE: an archive waits for this).
CREATE OR REPLACE FUNCTION cacd_invitees(p_wave uuid, p_scope uuid[], p_members uuid[],
        p_reissue boolean)
    RETURNS TABLE (status text, archived boolean, member_ids text, unknown_ids text,
                   wave_label text, closes_at text, partnership text)
    LANGUAGE plpgsql AS $$
DECLARE
    wave waves;
BEGIN
    SELECT * INTO wave FROM waves
     WHERE id = p_wave AND (p_scope IS NULL OR partnership_id = ANY (p_scope));
    IF NOT FOUND THEN
        RETURN;
    END IF;
    status := cacd_wave_status(wave, now());
    wave_label := wave.label;
    closes_at := cacd_time(wave.closes_at);
    partnership := (SELECT p.name FROM partnerships p WHERE p.id = wave.partnership_id);
    SELECT p.archived_at IS NOT NULL INTO archived
      FROM partnerships p WHERE p.id = wave.partnership_id FOR SHARE;
    -- members named that are not active members of the partnership
    unknown_ids := (SELECT array_agg(g.id ORDER BY g.id)::text
                      FROM unnest(p_members) AS g(id)
                     WHERE NOT EXISTS (SELECT 1 FROM members m
                                        WHERE m.id = g.id AND m.active
                                          AND m.partnership_id = wave.partnership_id));
    member_ids := array(
        SELECT m.id
          FROM members m
         WHERE m.partnership_id = wave.partnership_id
           AND m.active
           AND (CASE WHEN p_members IS NULL
                     THEN NOT EXISTS (SELECT 1 FROM responses r
                                       WHERE r.wave_id = wave.id AND r.member_id = m.id)
                     ELSE m.id = ANY (p_members) END)
           AND (p_reissue
                OR NOT EXISTS (SELECT 1 FROM invitations i
                                WHERE i.wave_id = wave.id AND i.member_id = m.id
                                  AND (i.claimed_at IS NOT NULL
                                       OR cacd_invitation_live(i, now()))))
         ORDER BY m.created_at, m.id)::text;
    RETURN NEXT;
END $$;

-- New codes for p_members ($3 their hashes, in the same order); with
-- p_reissue, each member's earlier codes are spent first and the sessions
-- claimed with them revoked. A JSON array of {member_id, label,
-- expires_at} in the order given.
CREATE OR REPLACE FUNCTION cacd_invite(p_wave uuid, p_members uuid[], p_hashes text[],
        p_reissue boolean) RETURNS json
    LANGUAGE plpgsql AS $$
DECLARE
    closes timestamptz;
BEGIN
    SELECT closes_at INTO closes FROM waves WHERE id = p_wave;
    IF p_reissue THEN
        UPDATE tokens SET revoked_at = now()
         WHERE revoked_at IS NULL
           AND id IN (SELECT i.token_id FROM invitations i
                       WHERE i.wave_id = p_wave AND i.member_id = ANY (p_members)
                         AND i.token_id IS NOT NULL);
        UPDATE invitations SET spent_at = now()
         WHERE wave_id = p_wave AND member_id = ANY (p_members) AND spent_at IS NULL;
    END IF;
    INSERT INTO invitations (wave_id, member_id, code_hash, expires_at)
    SELECT p_wave, g.member_id, g.code_hash, closes
      FROM unnest(p_members, p_hashes) WITH ORDINALITY AS g(member_id, code_hash, position)
     ORDER BY g.position;
    RETURN (SELECT coalesce(json_agg(json_build_object('member_id', m.id, 'label', m.label,
                                                       'role', m.role, 'sector', m.sector,
                                                       'expires_at', cacd_time(closes))
                                     ORDER BY g.position), '[]')
              FROM unnest(p_members) WITH ORDINALITY AS g(member_id, position)
              JOIN members m ON m.id = g.member_id);
END $$;

-- The first use of a code: a respondent session for its member and wave
-- (p_token_hash, made in C), valid until the wave closes. Outcomes:
-- claimed, unknown (no such code), spent (claimed before, or replaced),
-- expired, wave_not_open. The invitation's id comes back for the audit.
CREATE OR REPLACE FUNCTION cacd_invitation_claim(p_code_hash text, p_token_hash text)
    RETURNS TABLE (outcome text, invitation_id uuid, token_id uuid, wave_id uuid,
                   member_id uuid, expires_at text)
    LANGUAGE plpgsql AS $$
DECLARE
    invitation invitations;
    wave waves;
    session tokens;
BEGIN
    SELECT * INTO invitation FROM invitations i WHERE i.code_hash = p_code_hash FOR UPDATE;
    IF NOT FOUND THEN
        outcome := 'unknown'; RETURN NEXT; RETURN;
    END IF;
    invitation_id := invitation.id;
    wave_id := invitation.wave_id;
    member_id := invitation.member_id;
    IF invitation.spent_at IS NOT NULL THEN
        outcome := 'spent'; RETURN NEXT; RETURN;
    END IF;
    SELECT * INTO wave FROM waves w WHERE w.id = invitation.wave_id;
    IF cacd_wave_status(wave, now()) <> 'open' THEN
        outcome := 'wave_not_open'; RETURN NEXT; RETURN;
    END IF;
    IF invitation.expires_at <= now() THEN
        outcome := 'expired'; RETURN NEXT; RETURN;
    END IF;
    INSERT INTO tokens (token_hash, role, partnership_ids, label, member_id, wave_id,
                        expires_at)
    VALUES (p_token_hash, 'respondent', ARRAY[wave.partnership_id], 'invitation',
            invitation.member_id, invitation.wave_id, wave.closes_at)
    RETURNING * INTO session;
    UPDATE invitations i SET claimed_at = now(), spent_at = now(), token_id = session.id
     WHERE i.id = invitation.id;
    outcome := 'claimed';
    token_id := session.id;
    expires_at := cacd_time(session.expires_at);
    RETURN NEXT;
END $$;

-- Statements of service/invitations.c: one-time invitation codes
-- (sql/functions/090_invitations.sql).

-- $3 the members named (NULL: every active member without a response), $4
-- whether to replace their codes on purpose.
-- name: invitations_invitees
SELECT status, archived, member_ids, unknown_ids, wave_label, closes_at, partnership
FROM cacd_invitees($1::uuid, $2::uuid[], $3::uuid[], $4::boolean);

-- $2 the members and $3 their codes' hashes, in one order.
-- name: invitations_issue
SELECT cacd_invite($1::uuid, $2::uuid[], $3::text[], $4::boolean)::text;

-- Who was invited to a wave (each member's latest invitation), whether and
-- when it was claimed, and whether the member has responded; never codes
-- or answers. counts: invited, claimed and responded, in all and per role
-- of the members ($3 = k: only roles with at least k members invited, so a
-- count never singles out one person). NULL when the wave is not in the
-- caller's scope.
-- name: invitations_list idempotent
WITH w AS (SELECT *
    FROM waves
    WHERE id = $1::uuid
    AND ($2::uuid[] IS NULL OR partnership_id = ANY ($2::uuid[]))), latest AS (SELECT i.*, m.label, m.role, EXISTS (SELECT 1
            FROM responses r
            WHERE r.wave_id = i.wave_id
            AND r.member_id = i.member_id) AS responded
    FROM (SELECT DISTINCT ON (member_id) *
        FROM invitations
        WHERE wave_id = (SELECT id
            FROM w)
        ORDER BY member_id, created_at DESC) AS i
    JOIN members m ON m.id = i.member_id), roles AS (SELECT role, count(*) AS invited, count(claimed_at) AS claimed, count(*) FILTER (WHERE responded) AS responded
    FROM latest
    GROUP BY role
    HAVING count(*) >= $3::integer)
SELECT json_build_object('data', (SELECT coalesce(json_agg(json_build_object('member_id', l.member_id, 'label', l.label, 'invited_at', cacd_time(l.created_at), 'expires_at', cacd_time(l.expires_at), 'claimed', l.claimed_at IS NOT NULL, 'claimed_at', cacd_time(l.claimed_at), 'responded', l.responded) ORDER BY l.created_at, l.member_id), '[]')
        FROM latest l), 'counts', json_build_object('invited', (SELECT count(*)
            FROM latest), 'claimed', (SELECT count(claimed_at)
            FROM latest), 'responded', (SELECT count(*) FILTER (WHERE responded)
            FROM latest), 'by_role', (SELECT coalesce(json_object_agg(role, json_build_object('invited', invited, 'claimed', claimed, 'responded', responded) ORDER BY role), '{}')
            FROM roles)))::text
FROM w;

-- $1 the code's hash, $2 the new session token's hash.
-- name: invitations_claim
SELECT outcome, invitation_id, token_id, wave_id, member_id, expires_at
FROM cacd_invitation_claim($1, $2);

-- What a respondent's session is for: its wave, member and partnership.
-- name: invitations_me idempotent
SELECT json_build_object('wave', json_build_object('id', w.id, 'label', w.label, 'closes_at', cacd_time(w.closes_at), 'status', cacd_wave_status(w, now())), 'member', json_build_object('id', m.id, 'label', m.label), 'partnership', json_build_object('id', p.id, 'name', p.name), 'instrument', i.key, 'responded', EXISTS (SELECT 1
            FROM responses r
            WHERE r.wave_id = w.id
            AND r.member_id = m.id))::text
FROM waves w
JOIN members m ON m.id = $2::uuid AND m.partnership_id = w.partnership_id
JOIN partnerships p ON p.id = w.partnership_id
JOIN instruments i ON i.id = w.instrument_id
WHERE w.id = $1::uuid;

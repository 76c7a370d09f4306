-- Statements of service/form.c: cacd's own form for members.

-- What a link's code stands for, without spending it: the invitation's
-- state (live, spent, expired), the round's, and whether the session
-- cookie the browser sent ($2, its hash) was made from this invitation.
-- name: form_invitation idempotent
SELECT CASE
WHEN i.spent_at IS NOT NULL THEN 'spent'
WHEN i.expires_at <= now() THEN 'expired'
ELSE 'live' END, cacd_wave_status(w, now()), p.name, p.contact, w.label, cacd_time(w.closes_at), EXISTS (SELECT 1
        FROM tokens t
        WHERE t.id = i.token_id
        AND t.token_hash = $2
        AND t.revoked_at IS NULL
        AND (t.expires_at IS NULL OR t.expires_at > now()))
FROM invitations i
JOIN waves w ON w.id = i.wave_id
JOIN partnerships p ON p.id = w.partnership_id
WHERE i.code_hash = $1;

-- Everything a page of the form shows of the session (token hash $1): the
-- member, the wave and its scale (labels in $2, 'nl' or 'en'), the
-- partnership, and the stored response. The token's validity is a column
-- rather than a filter, so that a page for an ended session still names the
-- partnership. The instrument's texts come from form_items, kept in memory.
-- name: form_page idempotent
SELECT t.id::text, (t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()))::text, t.member_id::text, t.wave_id::text, cacd_wave_status(w, now()), p.name, p.contact, w.label, cacd_time(w.closes_at), w.form_scale, s.minimum::text, s.maximum::text, (s.labels->$2)::text, r.scale, r.answers::text, r.comment, w.instrument_id::text
FROM tokens t
JOIN waves w ON w.id = t.wave_id
JOIN partnerships p ON p.id = w.partnership_id
JOIN answer_scales s ON s.key = w.form_scale
LEFT JOIN responses r ON r.wave_id = t.wave_id AND r.member_id = t.member_id
WHERE t.token_hash = $1
AND t.role = 'respondent';

-- An instrument's items in page order (one part per dimension), with the
-- texts in both languages: kept in memory by service/form_items.c.
-- name: form_items idempotent
SELECT i.number::text, d.position::text, d.name_nl, d.name_en, i.text_nl, i.text_en
FROM items i
JOIN dimensions d ON d.instrument_id = i.instrument_id AND d.key = i.dimension_key
WHERE i.instrument_id = $1::uuid
ORDER BY d.position, i.number;

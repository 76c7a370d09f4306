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

-- Everything a page of the form shows, for the session token's hash $1,
-- one row per item of the wave's instrument in page order; texts in $2
-- ('nl' or 'en'). The token's validity is a column rather than a filter,
-- so that a page for an ended session still names the partnership.
-- name: form_page idempotent
SELECT t.id::text, (t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()))::text, t.member_id::text, t.wave_id::text, cacd_wave_status(w, now()), p.name, p.contact, w.label, cacd_time(w.closes_at), w.form_scale, s.minimum::text, s.maximum::text, (s.labels->$2)::text, r.scale, r.answers::text, r.comment, i.number::text, d.position::text, CASE
WHEN $2 = 'en' THEN d.name_en
ELSE d.name_nl END, CASE
WHEN $2 = 'en' THEN i.text_en
ELSE i.text_nl END
FROM tokens t
JOIN waves w ON w.id = t.wave_id
JOIN partnerships p ON p.id = w.partnership_id
JOIN answer_scales s ON s.key = w.form_scale
LEFT JOIN responses r ON r.wave_id = t.wave_id AND r.member_id = t.member_id
JOIN items i ON i.instrument_id = w.instrument_id
JOIN dimensions d ON d.instrument_id = w.instrument_id AND d.key = i.dimension_key
WHERE t.token_hash = $1
AND t.role = 'respondent'
ORDER BY d.position, i.number;

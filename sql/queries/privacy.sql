-- Statements of service/scores_privacy.c, prepared by name on each connection.

-- Who responded to each of the waves, for privacy rule 6: whether the
-- response counts toward k (6c: fixed when it was stored, see
-- cacd_counts_toward_k), the member's role and sector as counted, and the
-- raw answers (NULL unanswered, -1 don't know).
-- name: privacy_respondents idempotent
SELECT r.wave_id::text, r.counts_toward_k,
    coalesce(r.group_role, ''), coalesce(r.group_sector, ''), r.answers::text
FROM responses r
WHERE r.wave_id = ANY ($1::uuid[])
ORDER BY r.wave_id;

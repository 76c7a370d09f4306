-- Invitations only the member can use (privacy rule 6c: the threat is
-- whoever hands out the links).
--
-- invitations: one-time codes. The coordinator gets a link holding a code
-- (stored here only as its SHA-256), never a credential: the member's first
-- use exchanges the code for a respondent session token (token_id), and
-- the code is spent. A reissue spends a live code on purpose.
CREATE TABLE invitations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wave_id     uuid NOT NULL REFERENCES waves,
    member_id   uuid NOT NULL REFERENCES members,
    code_hash   text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    claimed_at  timestamptz,
    spent_at    timestamptz,  -- claimed, or replaced by a reissue
    token_id    uuid REFERENCES tokens,
    CHECK (claimed_at IS NULL OR spent_at IS NOT NULL)
);
CREATE INDEX invitations_member ON invitations (wave_id, member_id, created_at);

-- Respondent tokens handed out before this change were bearer credentials
-- in the coordinator's hands: they are listed as claimed invitations (so
-- inviting again leaves those members alone) and keep working for their
-- own response until their wave closes.
INSERT INTO invitations (wave_id, member_id, code_hash, created_at, expires_at, claimed_at,
                         spent_at, token_id)
SELECT t.wave_id, t.member_id, 'legacy-token:' || t.id, t.created_at,
       coalesce(t.expires_at, w.closes_at), t.created_at, t.created_at, t.id
  FROM tokens t
  JOIN waves w ON w.id = t.wave_id
 WHERE t.role = 'respondent' AND t.wave_id IS NOT NULL AND t.member_id IS NOT NULL;

-- Members a coordinator adds count toward k only once an admin confirmed
-- them (member_confirmation). Members already there keep counting as they
-- did: published numbers never change.
ALTER TABLE members
    ADD COLUMN confirmed boolean NOT NULL DEFAULT true,
    ADD COLUMN confirmed_at timestamptz;
ALTER TABLE members ALTER COLUMN confirmed SET DEFAULT false;

-- Whether a response counts toward k, fixed when it is stored (and turned
-- on by a confirmation only while its wave is open), so that a closed
-- wave's published numbers never change.
ALTER TABLE responses ADD COLUMN counts_toward_k boolean;
UPDATE responses SET counts_toward_k = source IN ('invitation', 'admin', 'import');
ALTER TABLE responses
    ALTER COLUMN counts_toward_k SET NOT NULL,
    ALTER COLUMN counts_toward_k SET DEFAULT false;

-- A wave's label and dates may now change (PATCH /v1/waves/{id}) and a wave
-- made by mistake may be deleted. updated_at lets a dashboard that syncs
-- with updated_since see such a change; earlier waves last changed when
-- they were closed or made.
ALTER TABLE waves ADD COLUMN updated_at timestamptz;
UPDATE waves SET updated_at = coalesce(closed_at, created_at);
ALTER TABLE waves ALTER COLUMN updated_at SET NOT NULL,
                  ALTER COLUMN updated_at SET DEFAULT now();

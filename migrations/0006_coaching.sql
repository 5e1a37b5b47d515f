-- Promise less: each promise's lead-time band when it was committed to (for the realism check and stats), and
-- the workspace's coaching settings.
ALTER TABLE promises ADD COLUMN lead_band TEXT;
CREATE INDEX promises_by_owner_band ON promises (team_id, owner_id, lead_band, due_at);

ALTER TABLE workspace_settings ADD COLUMN coaching_enabled INTEGER NOT NULL DEFAULT 1;
-- Open promises due on one business day at which the load check speaks up.
ALTER TABLE workspace_settings ADD COLUMN load_threshold INTEGER NOT NULL DEFAULT 5;

-- Acting on a promise: a pending hand-over, the recovery date of a broken promise, and receipts that make a
-- repeated Slack interaction (a retry of the same payload) do nothing the second time.

-- A hand-over waiting for the new owner to accept; the current owner stays the owner until then.
ALTER TABLE promises ADD COLUMN handover_to TEXT;
ALTER TABLE promises ADD COLUMN handover_requested_by TEXT;
ALTER TABLE promises ADD COLUMN handover_requested_at INTEGER;
-- For a broken promise: when the customer will have it now.
ALTER TABLE promises ADD COLUMN recovery_due_at INTEGER;

CREATE TABLE interaction_receipts (
  team_id TEXT    NOT NULL,
  key     TEXT    NOT NULL,
  at      INTEGER NOT NULL,
  PRIMARY KEY (team_id, key)
) WITHOUT ROWID;

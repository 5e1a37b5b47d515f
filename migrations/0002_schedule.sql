-- The durable schedule (everything that must happen later is a row), workspace and person settings, and the
-- promise columns the reminder ladder needs.

-- Bumped on every re-plan; a job planned for an older version is stale and is skipped, not sent.
ALTER TABLE promises ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 0;
-- When the owner committed to the current deadline: creation, or the last extension. Reminder lead times count
-- from here.
ALTER TABLE promises ADD COLUMN committed_at INTEGER;
UPDATE promises SET committed_at = created_at;
-- When the owner last said "On track": silences the at-risk escalation until the next reminder.
ALTER TABLE promises ADD COLUMN on_track_at INTEGER;
-- When the owner was last reminded (any reminder DM).
ALTER TABLE promises ADD COLUMN last_reminded_at INTEGER;

CREATE TABLE jobs (
  id           INTEGER PRIMARY KEY,
  team_id      TEXT    NOT NULL,
  promise_id   INTEGER REFERENCES promises (id),
  kind         TEXT    NOT NULL,
  run_at       INTEGER NOT NULL,
  -- One row per planned thing: planning the same thing twice (two processes, a retried request) inserts once.
  unique_key   TEXT    NOT NULL UNIQUE,
  payload      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
  status       TEXT    NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'done', 'skipped', 'failed', 'cancelled')),
  attempts     INTEGER NOT NULL DEFAULT 0,
  -- A claimed row is locked until locked_until; a process that dies mid-send releases it by expiry.
  locked_by    TEXT,
  locked_until INTEGER,
  last_error   TEXT,
  -- Why a row was skipped or cancelled, or what a done row did (e.g. "fallback: escalation not configured").
  outcome      TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);

CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'pending';
CREATE INDEX jobs_by_promise ON jobs (promise_id, status);

CREATE TABLE workspace_settings (
  team_id               TEXT PRIMARY KEY,
  escalation_channel_id TEXT,
  -- Working hours, wall-clock 'HH:MM' in each person's own zone, and ISO weekdays '1,2,3,4,5'.
  work_start            TEXT NOT NULL DEFAULT '09:00',
  work_end              TEXT NOT NULL DEFAULT '17:30',
  work_days             TEXT NOT NULL DEFAULT '1,2,3,4,5',
  -- What a date without a time means, 'HH:MM'.
  end_of_business       TEXT NOT NULL DEFAULT '17:00',
  holiday_country       TEXT NOT NULL DEFAULT 'NL',
  -- NULL: the DEFAULT_TIMEZONE from the environment.
  default_time_zone     TEXT,
  -- The language of channel posts (escalations, the digest): 'en' or 'nl'.
  language              TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'nl')),
  -- The reminder ladder as JSON; NULL means the default ladder.
  ladder                TEXT CHECK (ladder IS NULL OR json_valid(ladder)),
  updated_by            TEXT,
  updated_at            INTEGER NOT NULL
);

CREATE TABLE person_settings (
  team_id    TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  lead_id    TEXT,
  updated_by TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id)
) WITHOUT ROWID;

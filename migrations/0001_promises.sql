-- Promises, their append-only event trail, and a cache of Slack users' time zone and locale.
-- Instants are integer milliseconds since the Unix epoch (UTC). Every query is scoped by team_id.

CREATE TABLE promises (
  id               INTEGER PRIMARY KEY,
  team_id          TEXT    NOT NULL,
  owner_id         TEXT    NOT NULL,
  created_by       TEXT    NOT NULL,
  customer         TEXT,
  what             TEXT    NOT NULL CHECK (length(what) > 0),
  due_at           INTEGER NOT NULL,
  -- The phrase the deadline was read from ("by Friday 3pm"), and the zone and language it was read in.
  deadline_text    TEXT    NOT NULL,
  time_zone        TEXT    NOT NULL,
  locale           TEXT    NOT NULL,
  source           TEXT    NOT NULL CHECK (source IN ('slash_command', 'message_shortcut', 'modal')),
  source_permalink TEXT,
  channel_id       TEXT,
  status           TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
  -- Set when kept: 1 on time, 0 late (a late promise still counts as broken in the keep rate).
  kept_on_time     INTEGER CHECK (kept_on_time IN (0, 1)),
  closed_at        INTEGER,
  -- Identifies the Slack request that created the promise (the trigger_id), so a retry records nothing twice.
  request_key      TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  UNIQUE (team_id, request_key)
);

CREATE INDEX promises_by_owner ON promises (team_id, owner_id, status, due_at);
CREATE INDEX promises_by_status ON promises (team_id, status, due_at);
CREATE INDEX promises_by_customer ON promises (team_id, customer COLLATE NOCASE, created_at);

CREATE TABLE promise_events (
  id         INTEGER PRIMARY KEY,
  promise_id INTEGER NOT NULL REFERENCES promises (id),
  team_id    TEXT    NOT NULL,
  type       TEXT    NOT NULL,
  -- The Slack user who acted; NULL when Kept itself acted (e.g. the scheduler marking a promise broken).
  actor_id   TEXT,
  data       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
  at         INTEGER NOT NULL
);

CREATE INDEX promise_events_by_promise ON promise_events (promise_id, id);
CREATE INDEX promise_events_by_team ON promise_events (team_id, type, at);

CREATE TRIGGER promise_events_append_only_update BEFORE UPDATE ON promise_events
BEGIN
  SELECT RAISE(ABORT, 'promise_events is append-only');
END;

CREATE TRIGGER promise_events_append_only_delete BEFORE DELETE ON promise_events
BEGIN
  SELECT RAISE(ABORT, 'promise_events is append-only');
END;

CREATE TABLE slack_users (
  team_id      TEXT    NOT NULL,
  user_id      TEXT    NOT NULL,
  -- NULL when Slack gave none; the configured DEFAULT_TIMEZONE is used then.
  time_zone    TEXT,
  locale       TEXT,
  display_name TEXT,
  is_bot       INTEGER NOT NULL DEFAULT 0,
  deleted      INTEGER NOT NULL DEFAULT 0,
  fetched_at   INTEGER NOT NULL,
  PRIMARY KEY (team_id, user_id)
) WITHOUT ROWID;

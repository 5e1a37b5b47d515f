-- The daily digest: channels that get it, at a local time on business days. Each day's post is a job row whose
-- unique key names the channel and the local date, so it is posted at most once per channel per day.

CREATE TABLE digest_channels (
  team_id    TEXT    NOT NULL,
  channel_id TEXT    NOT NULL,
  -- Wall-clock 'HH:MM' in time_zone.
  local_time TEXT    NOT NULL DEFAULT '09:00',
  time_zone  TEXT    NOT NULL,
  created_by TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (team_id, channel_id)
) WITHOUT ROWID;

-- Stats and the digest look promises up by when they were made, came due and were closed.
CREATE INDEX promises_by_created ON promises (team_id, created_at);
CREATE INDEX promises_by_closed ON promises (team_id, closed_at) WHERE closed_at IS NOT NULL;

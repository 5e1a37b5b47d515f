-- The realism check reads only settled promises (kept or broken) by lead-time band. Indexing only those keeps
-- the band indexes out of recording a promise: a new promise is open, so it writes two index pages fewer per
-- /promise, and the entries are added when the promise is settled, a write that touches the row anyway.
DROP INDEX promises_band_by_owner;
CREATE INDEX promises_band_by_owner ON promises (team_id, owner_id, lead_band, status, due_at, kept_on_time)
  WHERE status IN ('kept', 'broken');
DROP INDEX promises_band_by_team;
CREATE INDEX promises_band_by_team ON promises (team_id, lead_band, status, due_at, kept_on_time)
  WHERE status IN ('kept', 'broken');

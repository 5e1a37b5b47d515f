-- Every index on promises is one more page SQLite writes to the WAL when a promise is recorded, and writing a
-- page is most of what a commit costs. The realism check reads all lead-time bands at once, so the owner and
-- status indexes serve it as well as the band-first ones did once they carry lead_band and kept_on_time: two
-- indexes fewer to write, the same rows read.
DROP INDEX promises_band_by_owner;
DROP INDEX promises_band_by_team;
DROP INDEX promises_by_owner;
CREATE INDEX promises_by_owner ON promises (team_id, owner_id, status, due_at, lead_band, kept_on_time);
DROP INDEX promises_by_status;
CREATE INDEX promises_by_status ON promises (team_id, status, due_at, lead_band, kept_on_time);

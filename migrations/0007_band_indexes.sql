-- The realism check reads an owner's (and at times the team's) settled promises by lead-time band; these
-- indexes cover that query so it never touches the table.
DROP INDEX promises_by_owner_band;
CREATE INDEX promises_band_by_owner ON promises (team_id, owner_id, lead_band, status, due_at, kept_on_time);
CREATE INDEX promises_band_by_team ON promises (team_id, lead_band, status, due_at, kept_on_time);

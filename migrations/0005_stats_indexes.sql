-- Keep rates count kept and cancelled promises by when they were closed.
CREATE INDEX promises_by_status_closed ON promises (team_id, status, closed_at) WHERE closed_at IS NOT NULL;

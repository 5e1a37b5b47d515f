-- The digest's and App Home's counts read every promise settled or created in a 30-day window. These indexes
-- now also carry the columns those counts test (kept_on_time, and the customer and status for the customers to
-- watch), so SQLite answers from the index instead of looking each promise up in the table: for a team with
-- 100,000 settled promises, that was most of the digest's time. They are the same indexes a new promise
-- already writes, one entry each, so recording costs no more pages.
DROP INDEX promises_by_status;
CREATE INDEX promises_by_status ON promises (team_id, status, due_at, kept_on_time);
DROP INDEX promises_by_status_closed;
CREATE INDEX promises_by_status_closed ON promises (team_id, status, closed_at, kept_on_time)
  WHERE closed_at IS NOT NULL;
DROP INDEX promises_by_created;
CREATE INDEX promises_by_created ON promises (team_id, created_at, customer COLLATE NOCASE, status, kept_on_time);

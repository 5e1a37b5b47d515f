import { type Db, statement } from './database.js';

/**
 * Records that a Slack interaction was handled, so the same payload seen twice (a retry) is answered without
 * acting again. Call inside the transaction that acts; returns false when it was already recorded.
 */
export function recordInteraction(db: Db, teamId: string, key: string, now: Date): boolean {
  return (
    statement(
      db,
      'INSERT INTO interaction_receipts (team_id, key, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(teamId, key, now.getTime()).changes === 1
  );
}

export function interactionSeen(db: Db, teamId: string, key: string): boolean {
  return (
    statement(db, 'SELECT 1 FROM interaction_receipts WHERE team_id = ? AND key = ?').get(teamId, key) !==
    undefined
  );
}

/** Receipts are only needed for as long as Slack might retry; keep a day. */
export function pruneInteractions(db: Db, olderThan: Date): number {
  return statement(db, 'DELETE FROM interaction_receipts WHERE at < ?').run(olderThan.getTime()).changes;
}

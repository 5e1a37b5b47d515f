import type { CustomerPromise } from '../domain/customer-promise.js';
import { type Db, limitClause, statement } from './database.js';
import { type PromiseRow, toPromise } from './promises.js';

/** Read-only views over a team's promises, for lists and customer history. */

export interface PromisePage {
  promises: CustomerPromise[];
  total: number;
}

export interface ListFilter {
  /** Only this owner's promises. */
  ownerId?: string;
  /** Only promises past their deadline at this instant (broken, or open and not yet marked). */
  overdueAt?: Date;
}

/** Promises that still need someone (open or broken), soonest deadline first. */
export function listLivePromises(
  db: Db,
  teamId: string,
  filter: ListFilter,
  limit: number,
  offset: number,
): PromisePage {
  const where = ['team_id = @teamId', "status IN ('open', 'broken')"];
  const params: Record<string, unknown> = { teamId, offset };
  if (filter.ownerId !== undefined) {
    where.push('owner_id = @ownerId');
    params.ownerId = filter.ownerId;
  }
  if (filter.overdueAt !== undefined) {
    where.push("(status = 'broken' OR due_at < @overdueAt)");
    params.overdueAt = filter.overdueAt.getTime();
  }
  const clause = where.join(' AND ');
  const total =
    statement<Record<string, unknown>, { n: number }>(
      db,
      `SELECT count(*) AS n FROM promises WHERE ${clause}`,
    ).get(params)?.n ?? 0;
  const promises = statement<Record<string, unknown>, PromiseRow>(
    db,
    `SELECT * FROM promises WHERE ${clause} ORDER BY due_at, id ${limitClause(limit)} OFFSET @offset`,
  )
    .all(params)
    .map(toPromise);
  return { promises, total };
}

export interface HistoryEntry {
  promise: CustomerPromise;
  /** Accepted hand-overs and take-overs. */
  handoffs: number;
}

export interface CustomerHistory {
  open: HistoryEntry[];
  /** Promises to this customer closed or broken since `since`, newest first. */
  recent: HistoryEntry[];
}

/** A customer's open promises and its recent history; the name matches case-insensitively, or as a prefix. */
export function customerHistory(db: Db, teamId: string, customer: string, since: Date): CustomerHistory {
  const rows = statement<Record<string, unknown>, PromiseRow & { handoffs: number }>(
    db,
    `SELECT p.*, (
         SELECT count(*) FROM promise_events e
         WHERE e.promise_id = p.id AND e.type = 'reassigned'
           AND json_extract(e.data, '$.status') IN ('accepted', 'taken_over')
       ) AS handoffs
       FROM promises p
       WHERE p.team_id = @teamId
         AND (p.customer = @name COLLATE NOCASE OR p.customer LIKE @prefix ESCAPE '\\')
         AND (p.status = 'open' OR coalesce(p.closed_at, p.due_at) >= @since OR p.created_at >= @since)
       ORDER BY p.due_at DESC`,
  ).all({ teamId, name: customer, prefix: `${escapeLike(customer)}%`, since: since.getTime() });
  const entries = rows.map((row) => ({ promise: toPromise(row), handoffs: row.handoffs }));
  return {
    open: entries.filter((e) => e.promise.status === 'open').reverse(),
    recent: entries.filter((e) => e.promise.status !== 'open'),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Accepted hand-overs and take-overs of one promise. */
export function handoffCount(db: Db, teamId: string, promiseId: number): number {
  return (
    statement<[string, number], { n: number }>(
      db,
      `SELECT count(*) AS n FROM promise_events
       WHERE team_id = ? AND promise_id = ? AND type = 'reassigned'
         AND json_extract(data, '$.status') IN ('accepted', 'taken_over')`,
    ).get(teamId, promiseId)?.n ?? 0
  );
}

import { BANDS, type LeadBand } from '../domain/coaching.js';
import type { CustomerPromise } from '../domain/customer-promise.js';
import type { OutcomeCounts } from '../domain/keep-rate.js';
import { type Db, limitClause, statement } from './database.js';
import { type PromiseRow, toPromise } from './promises.js';

/** Counts and lists for stats, the digest and App Home; every query is bounded by team and an index. */

export interface Scope {
  ownerId?: string;
  customer?: string;
}

/**
 * The SQL filter and parameters of a scope. One statement per kind of scope, so each can use its index (an
 * "@x IS NULL OR" filter defeats them). `alias` prefixes the promise columns in a join.
 */
function scoped(teamId: string, scope: Scope, from: Date, to: Date, alias = '') {
  const filter =
    scope.ownerId !== undefined
      ? `AND ${alias}owner_id = @owner`
      : scope.customer !== undefined
        ? `AND ${alias}customer = @customer COLLATE NOCASE`
        : '';
  const params = {
    teamId,
    from: from.getTime(),
    to: to.getTime(),
    owner: scope.ownerId ?? null,
    customer: scope.customer ?? null,
  };
  return { filter, params };
}

/**
 * Outcomes of promises that settled in [from, to): kept on time when they were kept, kept late and broken when
 * their deadline passed, cancelled when they were cancelled.
 */
export function outcomeCounts(db: Db, teamId: string, scope: Scope, from: Date, to: Date): OutcomeCounts {
  const { filter, params } = scoped(teamId, scope, from, to);
  const row = statement<typeof params, Omit<OutcomeCounts, 'renegotiated'>>(
    db,
    `SELECT
       (SELECT count(*) FROM promises WHERE team_id = @teamId AND status = 'kept' AND closed_at >= @from
          AND closed_at < @to AND kept_on_time = 1 ${filter}) AS keptOnTime,
       (SELECT count(*) FROM promises WHERE team_id = @teamId AND status = 'kept' AND due_at >= @from
          AND due_at < @to AND kept_on_time = 0 ${filter}) AS keptLate,
       (SELECT count(*) FROM promises WHERE team_id = @teamId AND status = 'broken' AND due_at >= @from
          AND due_at < @to ${filter}) AS broken,
       (SELECT count(*) FROM promises WHERE team_id = @teamId AND status = 'cancelled' AND closed_at >= @from
          AND closed_at < @to ${filter}) AS cancelled`,
  ).get(params);
  const renegotiated =
    statement<typeof params, { n: number }>(
      db,
      `SELECT count(DISTINCT e.promise_id) AS n FROM promise_events e JOIN promises p ON p.id = e.promise_id
       WHERE e.team_id = @teamId AND e.type = 'extended' AND e.at >= @from AND e.at < @to
         AND json_extract(e.data, '$.renegotiated') = 1 ${scoped(teamId, scope, from, to, 'p.').filter}`,
    ).get(params)?.n ?? 0;
  return {
    keptOnTime: row?.keptOnTime ?? 0,
    keptLate: row?.keptLate ?? 0,
    broken: row?.broken ?? 0,
    cancelled: row?.cancelled ?? 0,
    renegotiated,
  };
}

export interface Slice {
  promises: CustomerPromise[];
  total: number;
}

/** Up to `limit` promises matching a condition, soonest deadline first, and how many match in all. */
function slice(db: Db, where: string, params: Record<string, unknown>, limit: number): Slice {
  const total = statement<Record<string, unknown>, { n: number }>(
    db,
    `SELECT count(*) AS n FROM promises WHERE ${where}`,
  ).get(params)?.n;
  const promises = statement<Record<string, unknown>, PromiseRow>(
    db,
    `SELECT * FROM promises WHERE ${where} ORDER BY due_at, id ${limitClause(limit)}`,
  )
    .all(params)
    .map(toPromise);
  return { promises, total: total ?? 0 };
}

/**
 * Broken since `since` and not yet kept, or open and past the deadline (before the scheduler marked it). Two
 * index searches joined, not one OR: an OR across statuses makes SQLite scan the team.
 */
export function overduePromises(
  db: Db,
  teamId: string,
  now: Date,
  since: Date,
  limit: number,
  ownerId?: string,
): Slice {
  const params = { teamId, now: now.getTime(), since: since.getTime(), owner: ownerId ?? null };
  const owner = '(@owner IS NULL OR owner_id = @owner)';
  const broken = `team_id = @teamId AND status = 'broken' AND due_at >= @since AND ${owner}`;
  const late = `team_id = @teamId AND status = 'open' AND due_at < @now AND ${owner}`;
  const total =
    statement<typeof params, { n: number }>(
      db,
      `SELECT (SELECT count(*) FROM promises WHERE ${broken}) + (SELECT count(*) FROM promises WHERE ${late}) AS n`,
    ).get(params)?.n ?? 0;
  const promises = statement<typeof params, PromiseRow>(
    db,
    `SELECT * FROM (SELECT * FROM promises WHERE ${broken} ORDER BY due_at DESC ${limitClause(limit)})
     UNION ALL
     SELECT * FROM (SELECT * FROM promises WHERE ${late} ORDER BY due_at DESC ${limitClause(limit)})
     ORDER BY due_at DESC ${limitClause(limit)}`,
  )
    .all(params)
    .map(toPromise);
  return { promises, total };
}

/** Open promises due in [from, to). */
export function openDueBetween(
  db: Db,
  teamId: string,
  from: Date,
  to: Date,
  limit: number,
  ownerId?: string,
): Slice {
  return slice(
    db,
    `team_id = @teamId AND status = 'open' AND due_at >= @from AND due_at < @to
       AND (@owner IS NULL OR owner_id = @owner)`,
    { teamId, from: from.getTime(), to: to.getTime(), owner: ownerId ?? null },
    limit,
  );
}

/** Promises kept in [from, to), most recent first. */
export function keptBetween(db: Db, teamId: string, from: Date, to: Date, limit: number): Slice {
  const params = { teamId, from: from.getTime(), to: to.getTime() };
  const where = `team_id = @teamId AND closed_at >= @from AND closed_at < @to AND status = 'kept'`;
  const total = statement<typeof params, { n: number }>(
    db,
    `SELECT count(*) AS n FROM promises WHERE ${where}`,
  ).get(params)?.n;
  const promises = statement<typeof params, PromiseRow>(
    db,
    `SELECT * FROM promises WHERE ${where} ORDER BY closed_at DESC ${limitClause(limit)}`,
  )
    .all(params)
    .map(toPromise);
  return { promises, total: total ?? 0 };
}

export interface CustomerSignal {
  customer: string;
  promises: number;
  broken: number;
}

/** Customers with `minPromises` or more promises made since `since`, or a broken one: repeated promises are a signal. */
export function customerSignals(
  db: Db,
  teamId: string,
  since: Date,
  minPromises: number,
  limit: number,
): CustomerSignal[] {
  return statement<Record<string, unknown>, CustomerSignal>(
    db,
    `SELECT customer, count(*) AS promises, sum(status = 'broken' OR (status = 'kept' AND kept_on_time = 0)) AS broken
     FROM promises INDEXED BY promises_by_created
     WHERE team_id = @teamId AND created_at >= @since AND customer IS NOT NULL
     GROUP BY customer COLLATE NOCASE
     HAVING count(*) >= @minPromises OR broken > 0
     ORDER BY broken DESC, promises DESC, customer
     ${limitClause(limit)}`,
  ).all({ teamId, since: since.getTime(), minPromises });
}

/**
 * Settled promises (kept or broken) whose deadline fell in [from, to), by lead-time band: how many and how many
 * were kept on time. For one owner, or the whole team; for the given bands (all of them unless named).
 */
export function bandHistory(
  db: Db,
  teamId: string,
  ownerId: string | undefined,
  from: Date,
  to: Date,
  bands: readonly LeadBand[] = BANDS,
): Partial<Record<string, { closed: number; onTime: number }>> {
  const rows = statement<Record<string, unknown>, { band: string; closed: number; onTime: number }>(
    db,
    bandHistorySql(ownerId !== undefined, bands),
  ).all({ teamId, owner: ownerId ?? null, from: from.getTime(), to: to.getTime() });
  const history: Partial<Record<string, { closed: number; onTime: number }>> = {};
  for (const row of rows) history[row.band] = { closed: row.closed, onTime: row.onTime };
  return history;
}

/** The SQL of `bandHistory` per scope and set of bands, written once: the realism check asks for it per command. */
const bandHistorySqlCache = new Map<string, string>();

function bandHistorySql(ownerScoped: boolean, bands: readonly LeadBand[]): string {
  const key = `${ownerScoped ? 'owner' : 'team'}:${bands.join(',')}`;
  let sql = bandHistorySqlCache.get(key);
  if (sql === undefined) {
    if (bands.length === 0 || !bands.every((band) => BANDS.includes(band)))
      throw new RangeError(`Not lead-time bands: ${bands.join(', ')}`);
    // The covering band indexes answer this from the index alone; SQLite's planner prefers a narrower one.
    const index = ownerScoped ? 'promises_band_by_owner' : 'promises_band_by_team';
    // Naming the bands lets SQLite seek each one; kept_on_time is 1 on time, 0 late, NULL for broken.
    sql = `SELECT lead_band AS band, count(*) AS closed, coalesce(sum(kept_on_time), 0) AS onTime
     FROM promises INDEXED BY ${index}
     WHERE team_id = @teamId ${ownerScoped ? 'AND owner_id = @owner' : ''}
       AND lead_band IN (${bands.map((band) => `'${band}'`).join(', ')})
       AND status IN ('kept', 'broken') AND due_at >= @from AND due_at < @to
     GROUP BY lead_band`;
    bandHistorySqlCache.set(key, sql);
  }
  return sql;
}

/**
 * How many open promises an owner has due in [from, to), counted up to `cap`: past it the number says nothing
 * more, and the count stays a short index walk however many promises someone has piled up.
 */
export function countOpenDue(
  db: Db,
  teamId: string,
  ownerId: string,
  from: Date,
  to: Date,
  cap: number,
): number {
  let sql = countOpenDueSql.get(cap);
  if (sql === undefined) {
    sql = `SELECT count(*) AS n FROM (
         SELECT 1 FROM promises
         WHERE team_id = @teamId AND owner_id = @owner AND status = 'open' AND due_at >= @from AND due_at < @to
         ${limitClause(cap)})`;
    countOpenDueSql.set(cap, sql);
  }
  return (
    statement<Record<string, unknown>, { n: number }>(db, sql).get({
      teamId,
      owner: ownerId,
      from: from.getTime(),
      to: to.getTime(),
    })?.n ?? 0
  );
}

/** `countOpenDue`'s SQL per cap (a handful: 20, or a workspace's higher threshold), built once. */
const countOpenDueSql = new Map<number, string>();

export interface CoachingNumbers {
  /** How long each broken promise kept late in the window took to recover, in ms. */
  recoveries: number[];
  /** Promises recorded in the window with a safer deadline suggested, and how many took it. */
  adviceGiven: number;
  adviceTaken: number;
}

/** Recovery times and coaching uptake in [from, to), for one owner, one customer or the team. */
export function coachingNumbers(db: Db, teamId: string, scope: Scope, from: Date, to: Date): CoachingNumbers {
  const { filter, params } = scoped(teamId, scope, from, to, 'p.');
  const eventsOf = (type: string, condition: string) =>
    `SELECT e.data FROM promise_events e JOIN promises p ON p.id = e.promise_id
     WHERE e.team_id = @teamId AND e.type = '${type}' AND e.at >= @from AND e.at < @to AND ${condition} ${filter}`;
  const recoveries = statement<typeof params, { ms: number }>(
    db,
    `SELECT json_extract(data, '$.recoveryMs') AS ms FROM (${eventsOf('kept', "json_extract(e.data, '$.recoveryMs') IS NOT NULL")})`,
  )
    .all(params)
    .map((row) => row.ms);
  const count = (sql: string) =>
    statement<typeof params, { n: number }>(db, `SELECT count(*) AS n FROM (${sql})`).get(params)?.n ?? 0;
  return {
    recoveries,
    adviceGiven: count(eventsOf('created', "json_extract(e.data, '$.coaching.suggestedDueAt') IS NOT NULL")),
    adviceTaken: count(eventsOf('edited', "json_extract(e.data, '$.via') = 'coaching'")),
  };
}

/** Customers whose promises changed hands at least `minHandoffs` times since `since`, with how many people held them. */
export function bouncingCustomers(
  db: Db,
  teamId: string,
  since: Date,
  minHandoffs: number,
  limit: number,
): Array<{ customer: string; handoffs: number; people: number }> {
  return statement<Record<string, unknown>, { customer: string; handoffs: number; people: number }>(
    db,
    `SELECT p.customer AS customer, count(*) AS handoffs,
       count(DISTINCT json_extract(e.data, '$.to')) + 1 AS people
     FROM promise_events e JOIN promises p ON p.id = e.promise_id
     WHERE e.team_id = @teamId AND e.type = 'reassigned' AND e.at >= @since
       AND json_extract(e.data, '$.status') IN ('accepted', 'taken_over') AND p.customer IS NOT NULL
     GROUP BY p.customer COLLATE NOCASE
     HAVING count(*) >= @minHandoffs
     ORDER BY handoffs DESC
     ${limitClause(limit)}`,
  ).all({ teamId, since: since.getTime(), minHandoffs });
}

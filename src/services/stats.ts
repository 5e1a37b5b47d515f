import type { Clock } from '../clock.js';
import { justAfter, keepRate, median, type OutcomeCounts } from '../domain/keep-rate.js';
import type { StatsScope } from '../domain/promise-command.js';
import { type Db, statement } from '../store/database.js';
import { bandHistory, coachingNumbers, outcomeCounts, type Scope } from '../store/stats.js';

export interface StatsDeps {
  db: Db;
  clock: Clock;
}

export interface Stats {
  counts: OutcomeCounts;
  rate: number | null;
  previousRate: number | null;
  open: number;
  /** On-time record by lead-time band, for the period. */
  bands: Partial<Record<string, { closed: number; onTime: number }>>;
  /** Median time to deliver a broken promise late, in ms; null when none was recovered. */
  medianRecoveryMs: number | null;
  adviceGiven: number;
  adviceTaken: number;
}

const DAY_MS = 86_400_000;

/** `/promise stats`: outcomes over the last `days` days and the change on the `days` before. */
export function statsFor(
  deps: StatsDeps,
  teamId: string,
  actorId: string,
  scope: StatsScope,
  days: number,
): Stats {
  const now = deps.clock.now();
  const filter: Scope =
    scope.kind === 'mine'
      ? { ownerId: actorId }
      : scope.kind === 'user'
        ? { ownerId: scope.userId }
        : scope.kind === 'customer'
          ? { customer: scope.name }
          : {};
  const from = new Date(now.getTime() - days * DAY_MS);
  const before = new Date(now.getTime() - 2 * days * DAY_MS);
  const counts = outcomeCounts(deps.db, teamId, filter, from, justAfter(now));
  const open =
    statement<Record<string, unknown>, { n: number }>(
      deps.db,
      `SELECT count(*) AS n FROM promises WHERE team_id = @teamId AND status = 'open'
         AND (@owner IS NULL OR owner_id = @owner) AND (@customer IS NULL OR customer = @customer COLLATE NOCASE)`,
    ).get({ teamId, owner: filter.ownerId ?? null, customer: filter.customer ?? null })?.n ?? 0;
  return {
    counts,
    rate: keepRate(counts),
    previousRate: keepRate(outcomeCounts(deps.db, teamId, filter, before, from)),
    open,
    ...promiseLessNumbers(deps.db, teamId, filter, from, justAfter(now)),
  };
}

/** The numbers that show whether promising less works: on time by lead time, recovery time, advice taken. */
export function promiseLessNumbers(db: Db, teamId: string, scope: Scope, from: Date, to: Date) {
  const coaching = coachingNumbers(db, teamId, scope, from, to);
  const bands =
    scope.customer === undefined ? bandHistory(db, teamId, scope.ownerId, from, to) : ({} as Stats['bands']);
  return {
    bands,
    medianRecoveryMs: median(coaching.recoveries),
    adviceGiven: coaching.adviceGiven,
    adviceTaken: coaching.adviceTaken,
  };
}

import type { Clock } from '../clock.js';
import { justAfter, keepRate, type OutcomeCounts } from '../domain/keep-rate.js';
import type { StatsScope } from '../domain/promise-command.js';
import { type Db, statement } from '../store/database.js';
import { outcomeCounts, type Scope } from '../store/stats.js';

export interface StatsDeps {
  db: Db;
  clock: Clock;
}

export interface Stats {
  counts: OutcomeCounts;
  rate: number | null;
  previousRate: number | null;
  open: number;
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
  };
}

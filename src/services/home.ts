import type { Clock } from '../clock.js';
import { justAfter, keepRate, type OutcomeCounts } from '../domain/keep-rate.js';
import type { Db } from '../store/database.js';
import { listLivePromises, type PromisePage } from '../store/promise-queries.js';
import { openDueBetween, outcomeCounts, overduePromises, type Slice } from '../store/stats.js';

export interface HomeDeps {
  db: Db;
  clock: Clock;
}

export interface HomeData {
  mine: PromisePage;
  counts: OutcomeCounts;
  rate: number | null;
  teamOverdue: Slice;
  teamAtRisk: Slice;
}

/** How many of one's own promises App Home shows with their buttons (two blocks each, within 100 blocks). */
export const HOME_OWN_PROMISES = 20;
const TEAM_LINES = 10;
const DAY_MS = 86_400_000;

/** What a person's App Home shows: their open promises, their last 30 days, and the team's trouble. */
export function gatherHome(deps: HomeDeps, teamId: string, userId: string): HomeData {
  const now = deps.clock.now();
  const counts = outcomeCounts(
    deps.db,
    teamId,
    { ownerId: userId },
    new Date(now.getTime() - 30 * DAY_MS),
    justAfter(now),
  );
  return {
    mine: listLivePromises(deps.db, teamId, { ownerId: userId }, HOME_OWN_PROMISES, 0),
    counts,
    rate: keepRate(counts),
    teamOverdue: overduePromises(deps.db, teamId, now, new Date(now.getTime() - 30 * DAY_MS), TEAM_LINES),
    teamAtRisk: openDueBetween(deps.db, teamId, now, new Date(now.getTime() + DAY_MS), TEAM_LINES),
  };
}

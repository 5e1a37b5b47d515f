import type { Clock } from '../clock.js';
import {
  addDays,
  type CalendarDate,
  calendarDateAt,
  formatCalendarDate,
  instantAt,
  isoWeekday,
} from '../domain/business-calendar.js';
import { nextDigestAt } from '../domain/digest-schedule.js';
import { justAfter, keepRate, type OutcomeCounts } from '../domain/keep-rate.js';
import { previousWorkingDay } from '../domain/working-hours.js';
import { parseWallClock } from '../domain/workspace-settings.js';
import { type Db, transact } from '../store/database.js';
import { type DigestChannel, removeDigestChannel, saveDigestChannel } from '../store/digest-channels.js';
import { deletePendingJobsByKeyPrefix, insertJob } from '../store/jobs.js';
import { getWorkspaceSettings } from '../store/settings.js';
import {
  bouncingCustomers,
  type CustomerSignal,
  customerSignals,
  keptBetween,
  openDueBetween,
  outcomeCounts,
  overduePromises,
  type Slice,
} from '../store/stats.js';
import { promiseLessNumbers } from './stats.js';

export interface DigestDeps {
  db: Db;
  clock: Clock;
}

const DAY_MS = 86_400_000;
/** A window for keep rates and customer signals. */
export const WINDOW_DAYS = 30;

export interface DigestData {
  date: CalendarDate;
  timeZone: string;
  overdue: Slice;
  dueToday: Slice;
  laterThisWeek: Slice;
  /** Kept since the start of the previous working day. */
  keptRecently: Slice;
  counts: OutcomeCounts;
  rate: number | null;
  previousRate: number | null;
  customers: CustomerSignal[];
  /** Customers passed between people: two or more hand-offs in 30 days. */
  bouncing: Array<{ customer: string; handoffs: number; people: number }>;
  promiseLess: ReturnType<typeof promiseLessNumbers>;
}

/** Everything the morning digest shows, as of `now` in `timeZone`; each list holds at most `limit` promises. */
export function gatherDigest(
  deps: DigestDeps,
  teamId: string,
  now: Date,
  timeZone: string,
  limit: number,
): DigestData {
  const { db } = deps;
  const settings = getWorkspaceSettings(db, teamId);
  const today = calendarDateAt(now, timeZone);
  const midnight = (date: CalendarDate) => instantAt(date, { hour: 0, minute: 0 }, timeZone);
  const tomorrow = midnight(addDays(today, 1));
  const nextMonday = midnight(addDays(today, 8 - isoWeekday(today)));
  const lastWorkingDay = previousWorkingDay(today, settings.workingHours) ?? addDays(today, -1);
  const windowStart = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const previousStart = new Date(now.getTime() - 2 * WINDOW_DAYS * DAY_MS);
  const counts = outcomeCounts(db, teamId, {}, windowStart, justAfter(now));
  return {
    date: today,
    timeZone,
    overdue: overduePromises(db, teamId, now, windowStart, limit),
    dueToday: openDueBetween(db, teamId, now, tomorrow, limit),
    laterThisWeek: openDueBetween(db, teamId, tomorrow, nextMonday, limit),
    keptRecently: keptBetween(db, teamId, midnight(lastWorkingDay), midnight(today), limit),
    counts,
    rate: keepRate(counts),
    previousRate: keepRate(outcomeCounts(db, teamId, {}, previousStart, windowStart)),
    customers: customerSignals(db, teamId, windowStart, 3, 8),
    bouncing: bouncingCustomers(db, teamId, windowStart, 2, 5),
    promiseLess: promiseLessNumbers(db, teamId, {}, windowStart, justAfter(now)),
  };
}

const keyPrefix = (teamId: string, channelId: string) => `digest:${teamId}:${channelId}:`;

/**
 * Plans a channel's next digest row: the first working day at its local time after `after` for which no row
 * exists yet (so a day already posted is never posted again). Call inside a transaction.
 */
export function planNextDigest(db: Db, channel: DigestChannel, after: Date, now: Date): Date | undefined {
  const settings = getWorkspaceSettings(db, channel.teamId);
  const time = parseWallClock(channel.localTime) ?? { hour: 9, minute: 0 };
  let from = after;
  for (let tries = 0; tries < 14; tries += 1) {
    const next = nextDigestAt(from, time, channel.timeZone, settings.workingHours);
    if (!next) return undefined;
    const date = formatCalendarDate(next.date);
    const inserted = insertJob(
      db,
      {
        teamId: channel.teamId,
        promiseId: null,
        kind: 'digest',
        runAt: next.at,
        uniqueKey: `${keyPrefix(channel.teamId, channel.channelId)}${date}`,
        payload: { channelId: channel.channelId, date },
      },
      now,
    );
    if (inserted) return next.at;
    from = next.at;
  }
  return undefined;
}

/** `/promise digest here [HH:MM]`: this channel gets the digest at that local time, from the next working day on. */
export function setDigestChannel(
  deps: DigestDeps,
  input: { teamId: string; channelId: string; localTime: string; timeZone: string; userId: string },
): Date | undefined {
  const now = deps.clock.now();
  return transact(deps.db, () => {
    const channel: DigestChannel = {
      teamId: input.teamId,
      channelId: input.channelId,
      localTime: input.localTime,
      timeZone: input.timeZone,
    };
    saveDigestChannel(deps.db, channel, input.userId, now);
    deletePendingJobsByKeyPrefix(deps.db, keyPrefix(input.teamId, input.channelId), now);
    return planNextDigest(deps.db, channel, now, now);
  });
}

export function removeDigest(deps: DigestDeps, teamId: string, channelId: string): boolean {
  const now = deps.clock.now();
  return transact(deps.db, () => {
    deletePendingJobsByKeyPrefix(deps.db, keyPrefix(teamId, channelId), now);
    return removeDigestChannel(deps.db, teamId, channelId);
  });
}

import type { Clock } from '../clock.js';
import { addDays, type CalendarDate, calendarDateAt, instantAt } from '../domain/business-calendar.js';
import {
  type Advice,
  adviseDeadline,
  type BandHistory,
  type LeadBand,
  leadBand,
} from '../domain/coaching.js';
import { isWorkingDay } from '../domain/working-hours.js';
import type { WorkspaceSettings } from '../domain/workspace-settings.js';
import type { Db } from '../store/database.js';
import { getWorkspaceSettings } from '../store/settings.js';
import { bandHistory, countOpenDue } from '../store/stats.js';

export interface CoachingDeps {
  db: Db;
  clock: Clock;
}

/**
 * The load check stops counting a day at this many promises (or at the workspace's threshold, when that is
 * higher): "20 or more" says all there is to say, and each count stays a short index walk however many promises
 * someone has piled up.
 */
const LOAD_COUNT_CAP = 20;

export interface LoadNote {
  day: CalendarDate;
  count: number;
  /** Where counting stopped: a count equal to this means "this many or more". */
  cap: number;
  /** The least-loaded working day nearby, when it is lighter. */
  quieter?: { day: CalendarDate; count: number };
}

export interface Coaching {
  advice?: Advice;
  load?: LoadNote;
}

/** How far back the realism check looks. */
export const HISTORY_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * The nudge at the moment of promising: the realism check (how the owner, or the team, kept promises of this lead
 * time) and the load check (how many promises the owner already has due that day). A nudge, never a gate; off
 * when the workspace switched coaching off.
 */
export function coachPromise(
  deps: CoachingDeps,
  input: { teamId: string; ownerId: string; dueAt: Date; timeZone: string; now: Date; band?: LeadBand },
  settings: WorkspaceSettings = getWorkspaceSettings(deps.db, input.teamId),
): Coaching {
  const { db } = deps;
  if (!settings.coachingEnabled) return {};
  const from = new Date(input.now.getTime() - HISTORY_DAYS * DAY_MS);
  const advice = adviseDeadline({
    now: input.now,
    dueAt: input.dueAt,
    timeZone: input.timeZone,
    hours: settings.workingHours,
    endOfBusiness: settings.endOfBusiness,
    band: input.band,
    history: (basis, bands) =>
      bandHistory(
        db,
        input.teamId,
        basis === 'personal' ? input.ownerId : undefined,
        from,
        input.now,
        bands,
      ) as BandHistory,
  });
  const load = loadCheck(db, input, settings.loadThreshold, settings.workingHours);
  const coaching: Coaching = {};
  if (advice) coaching.advice = advice;
  if (load) coaching.load = load;
  return coaching;
}

function loadCheck(
  db: Db,
  input: { teamId: string; ownerId: string; dueAt: Date; timeZone: string; now: Date },
  threshold: number,
  hours: Parameters<typeof isWorkingDay>[1],
): LoadNote | undefined {
  const cap = Math.max(LOAD_COUNT_CAP, threshold);
  const count = (day: CalendarDate) =>
    countOpenDue(
      db,
      input.teamId,
      input.ownerId,
      instantAt(day, { hour: 0, minute: 0 }, input.timeZone),
      instantAt(addDays(day, 1), { hour: 0, minute: 0 }, input.timeZone),
      cap,
    );
  const day = calendarDateAt(input.dueAt, input.timeZone);
  const due = count(day);
  if (due < threshold) return undefined;
  const today = calendarDateAt(input.now, input.timeZone);
  let quieter: { day: CalendarDate; count: number } | undefined;
  // Up to three working days either side, never before today; the lightest wins, the nearest breaks a tie.
  for (const offset of [1, -1, 2, -2, 3, -3]) {
    let candidate = day;
    const step = offset > 0 ? 1 : -1;
    for (let moved = 0, i = 0; moved < Math.abs(offset) && i < 30; i += 1) {
      candidate = addDays(candidate, step);
      if (isWorkingDay(candidate, hours)) moved += 1;
    }
    if (instantAt(candidate, { hour: 23, minute: 59 }, input.timeZone).getTime() < input.now.getTime())
      continue;
    if (compare(candidate, today) < 0) continue;
    const n = count(candidate);
    if (n < due && (!quieter || n < quieter.count)) quieter = { day: candidate, count: n };
    // Nothing farther can beat an empty day (a tie goes to the nearest), so stop counting.
    if (quieter?.count === 0) break;
  }
  return quieter ? { day, count: due, cap, quieter } : { day, count: due, cap };
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The band to store with a promise committed at `committedAt` for `dueAt`. */
export function bandOf(db: Db, teamId: string, timeZone: string, committedAt: Date, dueAt: Date): string {
  return leadBand(committedAt, dueAt, timeZone, getWorkspaceSettings(db, teamId).workingHours);
}

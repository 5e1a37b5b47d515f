/**
 * Promise less: at the moment of promising, compare the lead time with how the owner (or the team) kept promises
 * of that lead time, and suggest a safer deadline; after a breach, offer quick recovery deadlines. Pure.
 */

import {
  addDays,
  type CalendarDate,
  calendarDateAt,
  instantAt,
  type WallClockTime,
} from './business-calendar.js';
import type { PlannedNotice } from './reminder-plan.js';
import {
  addWorkingMinutes,
  isWorkingDay,
  type WorkingHours,
  workingMinutesBetween,
} from './working-hours.js';

/** Lead-time bands, shortest first. */
export const BANDS = ['hours', 'same-day', 'days-1-2', 'days-3-5', 'longer'] as const;
export type LeadBand = (typeof BANDS)[number];

/** A promise "within 4 working hours" belongs to the shortest band whatever the calendar says. */
const HOURS_BAND_MINUTES = 4 * 60;

/** Working days strictly after `from`'s day up to and including `to`'s day. */
export function businessDaysAhead(from: Date, to: Date, timeZone: string, hours: WorkingHours): number {
  const last = calendarDateAt(to, timeZone);
  let day = calendarDateAt(from, timeZone);
  let count = 0;
  for (let i = 0; i < 800 && !same(day, last); i += 1) {
    day = addDays(day, 1);
    if (isWorkingDay(day, hours)) count += 1;
  }
  return count;
}

/** The band of a promise committed at `committedAt` for `dueAt`, in the owner's zone and working hours. */
export function leadBand(committedAt: Date, dueAt: Date, timeZone: string, hours: WorkingHours): LeadBand {
  if (workingMinutesBetween(committedAt, dueAt, timeZone, hours) <= HOURS_BAND_MINUTES) return 'hours';
  const days = businessDaysAhead(committedAt, dueAt, timeZone, hours);
  if (days === 0) return 'same-day';
  if (days <= 2) return 'days-1-2';
  if (days <= 5) return 'days-3-5';
  return 'longer';
}

export interface BandRecord {
  closed: number;
  onTime: number;
}

export type BandHistory = Partial<Record<LeadBand, BandRecord>>;

/** Closed promises in a band before a record counts. */
export const MIN_HISTORY = 5;
/** Below this on-time share the confirmation speaks up. */
export const WARN_BELOW = 0.8;
/** A band is "safe" at or above this on-time share. */
export const SAFE_AT = 0.9;

export interface Advice {
  basis: 'personal' | 'team';
  band: LeadBand;
  kept: number;
  of: number;
  /** A safer deadline at a natural moment, when some longer band is kept well; absent otherwise. */
  suggestion?: { dueAt: Date; band: LeadBand };
}

export type HistoryBasis = 'personal' | 'team';

export interface AdviceInput {
  now: Date;
  dueAt: Date;
  timeZone: string;
  hours: WorkingHours;
  endOfBusiness: WallClockTime;
  /** The promise's band, when the caller has worked it out already (it is stored with the promise). */
  band?: LeadBand;
  /**
   * How promises in `bands` were kept, by the owner alone or by the whole team. Asked for what the check needs:
   * the promise's own band, and the longer ones only when it speaks up.
   */
  history: (basis: HistoryBasis, bands: readonly LeadBand[]) => BandHistory;
}

/**
 * The realism check. With at least `MIN_HISTORY` closed promises in the band, the owner's own record decides;
 * with too few, the team's; with too few there too, nothing is said. A record under `WARN_BELOW` gets advice and,
 * when a longer band is kept at `SAFE_AT` or better (on the same basis), a safer deadline in the shortest such band.
 */
export function adviseDeadline(input: AdviceInput): Advice | undefined {
  const band = input.band ?? leadBand(input.now, input.dueAt, input.timeZone, input.hours);
  const recordOf = (basis: HistoryBasis) => {
    const record = input.history(basis, [band])[band];
    return record && record.closed >= MIN_HISTORY ? record : undefined;
  };
  let basis: HistoryBasis = 'personal';
  let record = recordOf(basis);
  if (!record) {
    basis = 'team';
    record = recordOf(basis);
  }
  if (!record || record.onTime / record.closed >= WARN_BELOW) return undefined;
  const advice: Advice = { basis, band, kept: record.onTime, of: record.closed };
  const longer = BANDS.slice(BANDS.indexOf(band) + 1);
  if (longer.length === 0) return advice;
  const history = input.history(basis, longer);
  for (const candidateBand of longer) {
    const candidate = history[candidateBand];
    if (!candidate || candidate.closed < MIN_HISTORY || candidate.onTime / candidate.closed < SAFE_AT)
      continue;
    const dueAt = naturalStartOfBand(candidateBand, input);
    if (dueAt && dueAt.getTime() > input.dueAt.getTime()) advice.suggestion = { dueAt, band: candidateBand };
    break;
  }
  return advice;
}

/** The earliest natural deadline in a band: the end of a business day (or the next morning for "hours"). */
function naturalStartOfBand(band: LeadBand, input: AdviceInput): Date | undefined {
  const { now, timeZone, hours, endOfBusiness } = input;
  const eob = (day: CalendarDate) => instantAt(day, endOfBusiness, timeZone);
  const today = calendarDateAt(now, timeZone);
  const workingDaysAhead = (count: number) => {
    let day = today;
    for (let found = 0, i = 0; found < count && i < 800; i += 1) {
      day = addDays(day, 1);
      if (isWorkingDay(day, hours)) found += 1;
    }
    return day;
  };
  switch (band) {
    case 'hours':
      return undefined;
    case 'same-day': {
      const end = eob(today);
      return isWorkingDay(today, hours) &&
        end.getTime() > addWorkingMinutes(now, HOURS_BAND_MINUTES, timeZone, hours).getTime()
        ? end
        : undefined;
    }
    case 'days-1-2':
      return eob(workingDaysAhead(1));
    case 'days-3-5':
      return eob(workingDaysAhead(3));
    case 'longer':
      return eob(workingDaysAhead(6));
  }
}

/** One-click recovery deadlines offered right after a breach. */
export type RecoveryChoice = 'within_hours' | 'end_of_today' | 'tomorrow_noon';

export function recoveryDeadline(
  choice: RecoveryChoice,
  input: { now: Date; timeZone: string; hours: WorkingHours; endOfBusiness: WallClockTime },
): Date {
  const { now, timeZone, hours } = input;
  const today = calendarDateAt(now, timeZone);
  switch (choice) {
    case 'within_hours':
      return addWorkingMinutes(now, HOURS_BAND_MINUTES, timeZone, hours);
    case 'end_of_today': {
      const end = instantAt(today, input.endOfBusiness, timeZone);
      return end.getTime() > now.getTime() ? end : instantAt(today, { hour: 23, minute: 59 }, timeZone);
    }
    case 'tomorrow_noon':
      return instantAt(addDays(today, 1), { hour: 12, minute: 0 }, timeZone);
  }
}

/** How long the owner has to say when the customer will have it, before the lead is told. */
export const RECOVERY_ANSWER_WORKING_MINUTES = 120;

/** When the lead is told that a broken promise has no recovery date yet. */
export function recoveryAnswerDeadline(brokenAt: Date, timeZone: string, hours: WorkingHours): Date {
  return addWorkingMinutes(brokenAt, RECOVERY_ANSWER_WORKING_MINUTES, timeZone, hours);
}

function same(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The short ladder of a broken promise. Without a recovery deadline: the lead is told after two working hours
 * without an answer. With one: a DM to the owner an hour before it, and the lead told at it.
 */
export function planRecovery(input: {
  brokenAt: Date;
  recoveryDueAt: Date | null;
  now: Date;
  timeZone: string;
  hours: WorkingHours;
  /** Planned as the promise breaks (perhaps late, after downtime): the lead is told even if the wait is over. */
  justBroken?: boolean;
}): PlannedNotice[] {
  const { now } = input;
  if (input.recoveryDueAt === null) {
    const at = recoveryAnswerDeadline(input.brokenAt, input.timeZone, input.hours);
    if (at.getTime() > now.getTime()) return [{ kind: 'recovery_unanswered', runAt: at }];
    return input.justBroken ? [{ kind: 'recovery_unanswered', runAt: now }] : [];
  }
  const due = input.recoveryDueAt.getTime();
  const notices: PlannedNotice[] = [];
  if (due - 3_600_000 > now.getTime())
    notices.push({ kind: 'recovery_soon', runAt: new Date(due - 3_600_000) });
  notices.push({ kind: 'recovery_due', runAt: new Date(Math.max(due, now.getTime())) });
  return notices;
}

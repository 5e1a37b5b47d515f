/**
 * The reminder ladder as a pure policy: from a promise's deadline, when it was committed to, the owner's zone and
 * working hours, and the workspace's ladder, the notices to send and when. The scheduler stores the result as
 * rows; nothing here reads a clock or a database.
 */

import { calendarDateAt, instantAt, type WallClockTime } from './business-calendar.js';
import {
  firstWorkingMomentAtOrAfter,
  lastWorkingMomentAtOrBefore,
  previousWorkingDay,
  type WorkingHours,
} from './working-hours.js';

/**
 * - `day_before`, `soon`: DMs to the owner, only within their working hours.
 * - `at_risk`: to the escalation target, when due.
 * - `deadline`: marks an open promise broken and tells the owner and the escalation target.
 */
export type NoticeKind =
  | 'day_before'
  | 'soon'
  | 'at_risk'
  | 'deadline'
  | 'recovery_soon'
  | 'recovery_due'
  | 'recovery_unanswered';

export interface Ladder {
  dayBefore: { enabled: boolean; at: WallClockTime };
  soon: { enabled: boolean; minutesBefore: number; minimumLeadMinutes: number };
  atRisk: { enabled: boolean; minutesBefore: number };
}

export const DEFAULT_LADDER: Ladder = {
  dayBefore: { enabled: true, at: { hour: 10, minute: 0 } },
  soon: { enabled: true, minutesBefore: 120, minimumLeadMinutes: 180 },
  atRisk: { enabled: true, minutesBefore: 60 },
};

/** A promise with at least this long to go always gets one reminder before its deadline. */
export const GUARANTEED_REMINDER_LEAD_MS = 30 * 60_000;
/** "Made at least a day ahead" for the day-before reminder. */
const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;

export interface PlanInput {
  dueAt: Date;
  /** When the owner committed to this deadline: creation, or the last extension. */
  committedAt: Date;
  /** Planning time; nothing is planned before it. */
  now: Date;
  /** The owner's zone. */
  timeZone: string;
  hours: WorkingHours;
  ladder: Ladder;
}

export interface PlannedNotice {
  kind: NoticeKind;
  runAt: Date;
  /** Set when working hours moved an owner reminder earlier than the ladder's moment. */
  movedEarlier?: true;
}

export function planNotices(input: PlanInput): PlannedNotice[] {
  const { dueAt, committedAt, now, ladder } = input;
  const due = dueAt.getTime();
  const lead = due - committedAt.getTime();
  const reminders: PlannedNotice[] = [];

  if (ladder.dayBefore.enabled && lead >= DAY_MS) {
    const dueDay = calendarDateAt(dueAt, input.timeZone);
    const day = previousWorkingDay(dueDay, input.hours);
    if (day)
      pushReminder(reminders, 'day_before', instantAt(day, ladder.dayBefore.at, input.timeZone), input);
  }
  if (ladder.soon.enabled && lead > ladder.soon.minimumLeadMinutes * MINUTE_MS) {
    pushReminder(reminders, 'soon', new Date(due - ladder.soon.minutesBefore * MINUTE_MS), input);
  }
  if (reminders.length === 0 && due - now.getTime() >= GUARANTEED_REMINDER_LEAD_MS) {
    reminders.push(guaranteedReminder(input));
  }

  const notices = dedupe(reminders);
  if (ladder.atRisk.enabled) {
    const atRisk = due - ladder.atRisk.minutesBefore * MINUTE_MS;
    if (atRisk > now.getTime() && atRisk > committedAt.getTime())
      notices.push({ kind: 'at_risk', runAt: new Date(atRisk) });
  }
  notices.push({ kind: 'deadline', runAt: new Date(Math.max(due, now.getTime())) });
  return notices.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

/** Moves a reminder into working hours (earlier only) and keeps it if it is still after commitment and now. */
function pushReminder(into: PlannedNotice[], kind: NoticeKind, ideal: Date, input: PlanInput): void {
  if (ideal.getTime() >= input.dueAt.getTime()) return;
  const moved = lastWorkingMomentAtOrBefore(ideal, input.timeZone, input.hours);
  if (!moved) return;
  const floor = Math.max(input.committedAt.getTime(), input.now.getTime());
  if (moved.getTime() <= floor) return;
  into.push(
    moved.getTime() === ideal.getTime() ? { kind, runAt: moved } : { kind, runAt: moved, movedEarlier: true },
  );
}

/**
 * The one reminder a short promise still gets: halfway to the deadline, at most two hours before it, moved earlier
 * into working hours when it can be; failing that, at the first working moment still before the deadline (made at
 * 20:00 for 09:15 tomorrow: 09:00); when there is none (made at 20:00 for 21:00), the owner has committed to
 * working then, so it goes out at its own time.
 */
function guaranteedReminder(input: PlanInput): PlannedNotice {
  const due = input.dueAt.getTime();
  const now = input.now.getTime();
  const ideal = new Date(due - Math.min(2 * 60 * MINUTE_MS, (due - now) / 2));
  const moved = lastWorkingMomentAtOrBefore(ideal, input.timeZone, input.hours);
  if (moved && moved.getTime() > now && moved.getTime() > input.committedAt.getTime()) {
    return moved.getTime() === ideal.getTime()
      ? { kind: 'soon', runAt: moved }
      : { kind: 'soon', runAt: moved, movedEarlier: true };
  }
  const next = firstWorkingMomentAtOrAfter(new Date(now + 60_000), input.timeZone, input.hours);
  if (next && next.getTime() < due - 5 * 60_000) return { kind: 'soon', runAt: next };
  return { kind: 'soon', runAt: ideal };
}

/** Two reminders moved onto the same moment would say the same thing twice: keep the later kind. */
function dedupe(reminders: PlannedNotice[]): PlannedNotice[] {
  const byTime = new Map<number, PlannedNotice>();
  for (const reminder of reminders) byTime.set(reminder.runAt.getTime(), reminder);
  return [...byTime.values()];
}

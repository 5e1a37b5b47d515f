/**
 * Who may do what to a promise, and when a snooze ends. Pure rules; the services apply them inside the
 * transaction that changes the promise.
 */

import { addDays, calendarDateAt, instantAt } from './business-calendar.js';
import type { CustomerPromise } from './customer-promise.js';
import { isWorkingDay, type WorkingHours } from './working-hours.js';

/** The owner and the person who recorded the promise may act on it; "Take over" is open to anyone. */
export function mayAct(promise: CustomerPromise, userId: string): boolean {
  return userId === promise.ownerId || userId === promise.createdBy;
}

/** Kept and cancelled promises are finished; a broken one can still be delivered late or handed over. */
export function isClosed(promise: CustomerPromise): boolean {
  return promise.status === 'kept' || promise.status === 'cancelled';
}

export type SnoozeChoice = 'hour' | 'tomorrow';

/** A snooze never ends later than this before the deadline. */
export const SNOOZE_MARGIN_MS = 10 * 60_000;

export type SnoozeResult = { ok: true; until: Date; clamped: boolean } | { ok: false; reason: 'too-close' };

/**
 * When a snoozed reminder comes back: in an hour, or at the start of the owner's next working day. Never past
 * the deadline: a later moment is clamped to `SNOOZE_MARGIN_MS` before it, and when even that has passed there is
 * no room to snooze.
 */
export function snoozeUntil(
  choice: SnoozeChoice,
  input: { now: Date; dueAt: Date; timeZone: string; hours: WorkingHours },
): SnoozeResult {
  const latest = input.dueAt.getTime() - SNOOZE_MARGIN_MS;
  if (latest <= input.now.getTime()) return { ok: false, reason: 'too-close' };
  const wanted = choice === 'hour' ? new Date(input.now.getTime() + 3_600_000) : nextWorkingMorning(input);
  if (wanted.getTime() <= latest) return { ok: true, until: wanted, clamped: false };
  return { ok: true, until: new Date(latest), clamped: true };
}

function nextWorkingMorning(input: { now: Date; timeZone: string; hours: WorkingHours }): Date {
  let day = addDays(calendarDateAt(input.now, input.timeZone), 1);
  for (let i = 0; i < 400 && !isWorkingDay(day, input.hours); i += 1) day = addDays(day, 1);
  return instantAt(day, input.hours.start, input.timeZone);
}

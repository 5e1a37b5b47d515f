import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/domain/business-calendar.js';
import { coachPromise } from '../../src/services/coaching.js';
import { insertPromise } from '../../src/store/promises.js';
import { newPromise } from '../support/new-promise.js';
import { freshDatabase } from '../support/test-database.js';

// A week without Dutch public holidays, looked at from the Monday before.
const now = new Date('2026-11-16T08:00:00Z');
const zone = 'Europe/Amsterdam';
const fivePm = (day: number) => new Date(Date.UTC(2026, 10, day, 16, 0));

/** U1's open promises: `loads` maps a day of November 2026 to how many are due at 17:00 that day. */
function coachWith(loads: Record<number, number>) {
  const db = freshDatabase();
  for (const [day, count] of Object.entries(loads)) {
    for (let i = 0; i < count; i += 1) {
      insertPromise(db, newPromise({ ownerId: 'U1', dueAt: fivePm(Number(day)), requestKey: null }), now);
    }
  }
  // The new promise is due on Wednesday 25 November, where U1 already has 5 (the default threshold).
  return coachPromise(
    { db, clock: { now: () => now } },
    { teamId: 'T1', ownerId: 'U1', dueAt: fivePm(25), timeZone: zone, now },
  ).load;
}

describe('the load check names the lightest working day nearby', () => {
  it('takes the nearest of two empty days, the next one before the previous one', () => {
    expect(coachWith({ 25: 5 })).toEqual({
      day: calendarDate(2026, 11, 25),
      count: 5,
      cap: 20,
      quieter: { day: calendarDate(2026, 11, 26), count: 0 },
    });
  });

  it('passes over a lighter day for an empty one', () => {
    expect(coachWith({ 25: 5, 26: 2 })?.quieter).toEqual({ day: calendarDate(2026, 11, 24), count: 0 });
  });

  it('weighs every working day up to three either side, the nearest winning a tie', () => {
    // Thu 26: 3, Tue 24: 2, Fri 27: 1, Mon 23: 4, Mon 30: 1, Fri 20: 1 (the weekend in between is skipped).
    const load = coachWith({ 25: 5, 26: 3, 24: 2, 27: 1, 23: 4, 30: 1, 20: 1 });
    expect(load?.quieter).toEqual({ day: calendarDate(2026, 11, 27), count: 1 });
  });

  it('finds an empty day three working days back', () => {
    const load = coachWith({ 25: 5, 26: 2, 24: 2, 27: 2, 23: 2, 30: 2 });
    expect(load?.quieter).toEqual({ day: calendarDate(2026, 11, 20), count: 0 });
  });

  it('names no day when none nearby is lighter', () => {
    const load = coachWith({ 25: 5, 26: 5, 24: 6, 27: 5, 23: 7, 30: 5, 20: 5 });
    expect(load).toEqual({ day: calendarDate(2026, 11, 25), count: 5, cap: 20 });
  });

  it('says nothing below the threshold', () => {
    expect(coachWith({ 25: 4, 26: 0 })).toBeUndefined();
  });
});

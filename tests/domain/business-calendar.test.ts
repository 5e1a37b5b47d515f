import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  type CalendarDate,
  compareDates,
  daysBetween,
  daysInMonth,
  instantAt,
  isBusinessDay,
  isKnownTimeZone,
  isoWeekday,
  isoWeekOf,
  isPublicHoliday,
  isWithinBusinessHours,
  lastBusinessDayInRange,
  lastBusinessDayOfMonth,
  lastBusinessDayOfWeek,
  nextBusinessDay,
  nextBusinessMoment,
  offsetMinutesAt,
  previousBusinessDay,
  publicHolidayName,
  publicHolidays,
  startOfIsoWeek,
  startOfIsoWeekNumber,
  wallClockAt,
  weekdayHolidaysBetween,
} from '../../src/domain/business-calendar.js';

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => d(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));

describe('calendar arithmetic', () => {
  it('agrees with UTC Date arithmetic for any day and offset', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const expected = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
        expect(addDays(date, days)).toEqual(
          d(expected.getUTCFullYear(), expected.getUTCMonth() + 1, expected.getUTCDate()),
        );
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
        expect(isoWeekday(date)).toBe(weekday === 0 ? 7 : weekday);
      }),
      { numRuns: 500 },
    );
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths(d(2026, 1, 31), 1)).toEqual(d(2026, 2, 28));
    expect(addMonths(d(2026, 11, 20), 2)).toEqual(d(2027, 1, 20));
    expect(addMonths(d(2026, 3, 15), -3)).toEqual(d(2025, 12, 15));
  });

  it('finds ISO weeks', () => {
    expect(startOfIsoWeek(d(2026, 11, 22))).toEqual(d(2026, 11, 16));
    expect(isoWeekOf(d(2026, 11, 20))).toEqual({ year: 2026, week: 47 });
    expect(isoWeekOf(d(2027, 1, 1))).toEqual({ year: 2026, week: 53 });
    expect(startOfIsoWeekNumber(2026, 48)).toEqual(d(2026, 11, 23));
    expect(compareDates(d(2026, 1, 1), d(2025, 12, 31))).toBeGreaterThan(0);
  });
});

describe('public holidays (date-holidays, type public only)', () => {
  it('lists the Dutch public holidays of 2026', () => {
    expect([...publicHolidays(2026, 'NL').keys()]).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(publicHolidayName(d(2026, 5, 14), 'NL')).toBe('Hemelvaartsdag');
  });

  it("follows the library where Good Friday, Liberation Day and New Year's Eve are not public holidays", () => {
    expect(isPublicHoliday(d(2026, 4, 3), 'NL')).toBe(false); // Goede Vrijdag: "school"
    expect(isPublicHoliday(d(2026, 5, 5), 'NL')).toBe(false); // Bevrijdingsdag: "school"
    expect(isPublicHoliday(d(2026, 12, 31), 'NL')).toBe(false); // Oudejaarsavond: "bank"
    expect(isPublicHoliday(d(2026, 12, 24), 'NL')).toBe(false);
  });

  it('is per country, whatever the case of the code', () => {
    expect(isPublicHoliday(d(2026, 11, 26), 'US')).toBe(true); // Thanksgiving
    expect(isPublicHoliday(d(2026, 11, 26), 'NL')).toBe(false);
    expect(isPublicHoliday(d(2026, 7, 21), 'be')).toBe(true);
    expect(isPublicHoliday(d(2026, 12, 25), 'XX')).toBe(false);
  });
});

describe('business days', () => {
  it('are weekdays that are not public holidays', () => {
    expect(isBusinessDay(d(2026, 5, 13), 'NL')).toBe(true);
    expect(isBusinessDay(d(2026, 5, 14), 'NL')).toBe(false);
    expect(isBusinessDay(d(2026, 11, 21), 'NL')).toBe(false);
  });

  it('count forward and backward, skipping weekends and holidays', () => {
    expect(addBusinessDays(d(2026, 5, 13), 2, 'NL')).toEqual(d(2026, 5, 18));
    expect(addBusinessDays(d(2026, 11, 20), 1, 'NL')).toEqual(d(2026, 11, 23));
    expect(addBusinessDays(d(2026, 11, 21), 1, 'NL')).toEqual(d(2026, 11, 23));
    expect(addBusinessDays(d(2026, 11, 20), 0, 'NL')).toEqual(d(2026, 11, 20));
    expect(addBusinessDays(d(2026, 5, 18), -2, 'NL')).toEqual(d(2026, 5, 13));
    expect(nextBusinessDay(d(2026, 12, 24), 'NL')).toEqual(d(2026, 12, 28));
    expect(previousBusinessDay(d(2026, 12, 28), 'NL')).toEqual(d(2026, 12, 24));
  });

  it('land on or next to a given day', () => {
    expect(businessDayOnOrBefore(d(2026, 11, 22), 'NL')).toEqual(d(2026, 11, 20));
    expect(businessDayOnOrAfter(d(2026, 11, 22), 'NL')).toEqual(d(2026, 11, 23));
    expect(businessDayOnOrAfter(d(2026, 11, 23), 'NL')).toEqual(d(2026, 11, 23));
  });

  it('end weeks and months on their last business day', () => {
    expect(lastBusinessDayOfWeek(d(2026, 11, 18), 'NL')).toEqual(d(2026, 11, 20));
    expect(lastBusinessDayOfWeek(d(2026, 12, 21), 'NL')).toEqual(d(2026, 12, 24));
    expect(lastBusinessDayOfMonth(2026, 11, 'NL')).toEqual(d(2026, 11, 30));
    expect(lastBusinessDayOfMonth(2026, 5, 'NL')).toEqual(d(2026, 5, 29));
    expect(lastBusinessDayOfMonth(2027, 1, 'NL')).toEqual(d(2027, 1, 29));
    expect(lastBusinessDayInRange(d(2026, 11, 21), d(2026, 11, 22), 'NL')).toBeNull();
  });

  it('tell which weekday holidays a count skipped', () => {
    expect(weekdayHolidaysBetween(d(2026, 5, 13), d(2026, 5, 18), 'NL')).toEqual([d(2026, 5, 14)]);
    expect(weekdayHolidaysBetween(d(2026, 12, 23), d(2026, 12, 29), 'NL')).toEqual([d(2026, 12, 25)]);
    expect(weekdayHolidaysBetween(d(2026, 11, 20), d(2026, 11, 27), 'NL')).toEqual([]);
  });
});

const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];

describe('wall-clock time in a zone', () => {
  it('reads instants as TZDate does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom(...ZONES),
        (minute, zone) => {
          const instant = new Date(minute * 60_000);
          const expected = new TZDate(instant.getTime(), zone);
          expect(wallClockAt(instant, zone)).toEqual({
            date: d(expected.getFullYear(), expected.getMonth() + 1, expected.getDate()),
            time: { hour: expected.getHours(), minute: expected.getMinutes() },
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('builds instants from wall-clock times as TZDate does, gaps and overlaps included', () => {
    fc.assert(
      fc.property(
        dateArb.filter((date) => date.year >= 2000 && date.year <= 2040),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...ZONES),
        (date, hour, minute, zone) => {
          const expected = new TZDate(date.year, date.month - 1, date.day, hour, minute, 0, 0, zone);
          expect(instantAt(date, { hour, minute }, zone).getTime()).toBe(expected.getTime());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is right across DST changes in both directions', () => {
    expect(instantAt(d(2026, 10, 26), { hour: 10, minute: 0 }, 'Europe/Amsterdam')).toEqual(
      new Date('2026-10-26T10:00:00+01:00'),
    );
    expect(instantAt(d(2026, 3, 30), { hour: 9, minute: 0 }, 'Europe/Amsterdam')).toEqual(
      new Date('2026-03-30T09:00:00+02:00'),
    );
    expect(instantAt(d(2026, 11, 2), { hour: 9, minute: 0 }, 'America/New_York')).toEqual(
      new Date('2026-11-02T09:00:00-05:00'),
    );
    expect(instantAt(d(2026, 3, 9), { hour: 9, minute: 0 }, 'America/New_York')).toEqual(
      new Date('2026-03-09T09:00:00-04:00'),
    );
    // 02:30 does not exist on 29 March in Amsterdam: the clock shows 03:30 then.
    expect(instantAt(d(2026, 3, 29), { hour: 2, minute: 30 }, 'Europe/Amsterdam')).toEqual(
      new Date('2026-03-29T03:30:00+02:00'),
    );
    // 02:30 happens twice on 25 October: the later one leaves the most time.
    expect(instantAt(d(2026, 10, 25), { hour: 2, minute: 30 }, 'Europe/Amsterdam')).toEqual(
      new Date('2026-10-25T02:30:00+01:00'),
    );
  });

  it('knows offsets and zones', () => {
    expect(offsetMinutesAt(new Date('2026-07-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(120);
    expect(offsetMinutesAt(new Date('2026-01-01T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(isKnownTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isKnownTimeZone('+02:00')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});

describe('business hours', () => {
  const hours = {
    timeZone: 'Europe/Amsterdam',
    country: 'NL',
    start: { hour: 9, minute: 0 },
    end: { hour: 17, minute: 0 },
  };

  it('are business days between the start (inclusive) and the end (exclusive)', () => {
    expect(isWithinBusinessHours(new Date('2026-11-20T16:59:00+01:00'), hours)).toBe(true);
    expect(isWithinBusinessHours(new Date('2026-11-20T17:00:00+01:00'), hours)).toBe(false);
    expect(isWithinBusinessHours(new Date('2026-11-20T08:59:00+01:00'), hours)).toBe(false);
    expect(isWithinBusinessHours(new Date('2026-11-21T12:00:00+01:00'), hours)).toBe(false);
    expect(isWithinBusinessHours(new Date('2026-05-14T12:00:00+02:00'), hours)).toBe(false);
  });

  it('move a moment outside them to the next start of business', () => {
    const inside = new Date('2026-11-20T12:00:00+01:00');
    expect(nextBusinessMoment(inside, hours)).toBe(inside);
    expect(nextBusinessMoment(new Date('2026-11-20T07:00:00+01:00'), hours)).toEqual(
      new Date('2026-11-20T09:00:00+01:00'),
    );
    expect(nextBusinessMoment(new Date('2026-11-20T18:00:00+01:00'), hours)).toEqual(
      new Date('2026-11-23T09:00:00+01:00'),
    );
    expect(nextBusinessMoment(new Date('2026-05-13T20:00:00+02:00'), hours)).toEqual(
      new Date('2026-05-15T09:00:00+02:00'),
    );
  });
});

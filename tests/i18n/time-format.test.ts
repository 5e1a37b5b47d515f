import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, instantAt } from '../../src/domain/business-calendar.js';
import { formatAbsolute, formatDay } from '../../src/i18n/time-format.js';

const LOCALES = { en: enGB, nl } as const;
const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];

/** date-fns's own rendering of the same patterns: the oracle the fast path must match. */
function oracleAbsolute(instant: Date, timeZone: string, language: 'en' | 'nl'): string {
  return format(new TZDate(instant.getTime(), timeZone), 'EEE d MMM yyyy, HH:mm', {
    locale: LOCALES[language],
  });
}

describe('formatAbsolute', () => {
  it('reads as the owner expects', () => {
    const at = new Date('2026-11-27T14:00:00Z');
    expect(formatAbsolute(at, 'Europe/Amsterdam', 'en')).toBe('Fri 27 Nov 2026, 15:00');
    expect(formatAbsolute(at, 'Europe/Amsterdam', 'nl')).toBe('vri 27 nov. 2026, 15:00');
    expect(formatAbsolute(new Date('2026-05-06T07:05:00Z'), 'America/New_York', 'nl')).toBe(
      'woe 6 mei 2026, 03:05',
    );
  });

  it('matches date-fns format in every zone, around DST changes and in both languages', () => {
    // Every 371 minutes over two years (prime to a day in minutes: every time of day comes by), and both sides
    // of each DST change.
    const instants: Date[] = [];
    for (
      let t = Date.parse('2026-01-01T00:00:00Z');
      t < Date.parse('2028-01-01T00:00:00Z');
      t += 371 * 60_000
    ) {
      instants.push(new Date(t));
    }
    for (const edge of [
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-03-08T07:00:00Z',
      '2026-11-01T06:00:00Z',
    ]) {
      for (const delta of [-60_001, -1, 0, 1, 60_000, 1_800_000])
        instants.push(new Date(Date.parse(edge) + delta));
    }
    const mismatches: string[] = [];
    for (const zone of ZONES) {
      for (const language of ['en', 'nl'] as const) {
        for (const instant of instants) {
          const ours = formatAbsolute(instant, zone, language);
          const theirs = oracleAbsolute(instant, zone, language);
          if (ours !== theirs)
            mismatches.push(`${instant.toISOString()} ${zone} ${language}: ${ours} ≠ ${theirs}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(instants.length).toBeGreaterThan(2000);
  });
});

describe('formatDay', () => {
  it('names every day of two years as date-fns does', () => {
    const mismatches: string[] = [];
    let day = calendarDate(2026, 1, 1);
    for (let i = 0; i < 731; i += 1, day = addDays(day, 1)) {
      for (const language of ['en', 'nl'] as const) {
        const noon = instantAt(day, { hour: 12, minute: 0 }, 'Europe/Amsterdam');
        const theirs = format(new TZDate(noon.getTime(), 'Europe/Amsterdam'), 'EEEE d MMMM', {
          locale: LOCALES[language],
        });
        const ours = formatDay(day, language);
        if (ours !== theirs)
          mismatches.push(`${day.year}-${day.month}-${day.day} ${language}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(formatDay(calendarDate(2026, 11, 26), 'en')).toBe('Thursday 26 November');
    expect(formatDay(calendarDate(2026, 11, 26), 'nl')).toBe('donderdag 26 november');
  });
});

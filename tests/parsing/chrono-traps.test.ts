/**
 * Known chrono-node 2.10.3 traps. Each test shows chrono falling in (with a numeric reference offset, so the
 * demonstration does not depend on the machine's zone) and our parser getting the same phrase right.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { missingChronoComponents } from '../../src/parsing/chrono-setup.js';
import { parseDeadline } from '../../src/parsing/parse-deadline.js';

const FRIDAY_10 = new Date('2026-11-20T10:00:00+01:00');
const AMSTERDAM = 'Europe/Amsterdam';
/** Amsterdam's winter offset in minutes, as chrono wants it. */
const CET = 60;

function due(text: string, now: Date, timeZone: string, locale: string): Date | undefined {
  const result = parseDeadline(text, { now, timeZone, locale });
  if (!result?.ok) throw new Error(`no deadline in "${text}": ${JSON.stringify(result)}`);
  return result.dueAt;
}

describe('chrono-node', () => {
  it('is pinned at exactly 2.10.3, the version these traps were verified on', () => {
    const installed = JSON.parse(
      readFileSync(new URL('../../node_modules/chrono-node/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const project = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(installed.version).toBe('2.10.3');
    expect(project.dependencies['chrono-node']).toBe('2.10.3');
  });

  it('still has every parser and refiner we keep, by name', () => {
    expect(missingChronoComponents).toEqual([]);
  });
});

describe('chrono-node 2.10.3 traps', () => {
  it('ignores an IANA zone passed as the reference zone', () => {
    const withZone = chrono.parseDate('tomorrow at 9am', {
      instant: FRIDAY_10,
      timezone: 'Pacific/Auckland',
    });
    const withoutZone = chrono.parseDate('tomorrow at 9am', { instant: FRIDAY_10 });
    expect(withZone?.getTime()).toBe(withoutZone?.getTime());

    // 10:00 in Amsterdam is 22:00 on Friday in Auckland: tomorrow there is Saturday.
    expect(due('tomorrow at 9am', FRIDAY_10, 'Pacific/Auckland', 'en')).toEqual(
      new Date('2026-11-21T09:00:00+13:00'),
    );
    expect(due('tomorrow at 9am', FRIDAY_10, AMSTERDAM, 'en')).toEqual(new Date('2026-11-21T09:00:00+01:00'));
  });

  it('stamps the reference offset on a result across a DST change (an hour off)', () => {
    const beforeDstEnds = new Date('2026-10-23T10:00:00+02:00');
    const chronoMonday = chrono.parseDate('Monday 10am', { instant: beforeDstEnds, timezone: 120 });
    expect(chronoMonday).toEqual(new Date('2026-10-26T09:00:00+01:00'));
    expect(due('Monday 10am', beforeDstEnds, AMSTERDAM, 'en')).toEqual(new Date('2026-10-26T10:00:00+01:00'));

    const beforeDstStarts = new Date('2026-03-27T10:00:00+01:00');
    expect(chrono.parseDate('Monday 9am', { instant: beforeDstStarts, timezone: CET })).toEqual(
      new Date('2026-03-30T10:00:00+02:00'),
    );
    expect(due('Monday 9am', beforeDstStarts, AMSTERDAM, 'en')).toEqual(
      new Date('2026-03-30T09:00:00+02:00'),
    );
  });

  it('forwardDate turns "by the end of the day" into tomorrow', () => {
    const chronoEnd = chrono.parseDate(
      'by the end of the day',
      { instant: FRIDAY_10, timezone: CET },
      { forwardDate: true },
    );
    expect(chronoEnd).toEqual(new Date('2026-11-21T10:00:00+01:00'));
    expect(due('by the end of the day', FRIDAY_10, AMSTERDAM, 'en')).toEqual(
      new Date('2026-11-20T17:00:00+01:00'),
    );
  });

  it('forwardDate turns "this morning" into tomorrow', () => {
    const chronoMorning = chrono.parseDate(
      'this morning',
      { instant: FRIDAY_10, timezone: CET },
      { forwardDate: true },
    );
    expect(chronoMorning).toEqual(new Date('2026-11-21T06:00:00+01:00'));
    expect(due('this morning', FRIDAY_10, AMSTERDAM, 'en')).toEqual(new Date('2026-11-20T12:00:00+01:00'));
  });

  it('reads Dutch "voor 12 uur" as "in 12 hours"', () => {
    expect(chrono.nl.parseDate('voor 12 uur', { instant: FRIDAY_10, timezone: CET })).toEqual(
      new Date('2026-11-20T22:00:00+01:00'),
    );
    expect(due('voor 12 uur', FRIDAY_10, AMSTERDAM, 'nl')).toEqual(new Date('2026-11-20T12:00:00+01:00'));
    expect(due('morgen voor 12 uur', FRIDAY_10, AMSTERDAM, 'nl')).toEqual(
      new Date('2026-11-21T12:00:00+01:00'),
    );
  });

  it('makes "zo snel mogelijk" a Sunday (Dutch weekday abbreviation "zo")', () => {
    const [sunday] = chrono.nl.parse('zo snel mogelijk', { instant: FRIDAY_10, timezone: CET });
    expect(sunday?.text).toBe('zo');
    expect(sunday?.start.get('weekday')).toBe(0);
    expect(
      parseDeadline('zo snel mogelijk', { now: FRIDAY_10, timeZone: AMSTERDAM, locale: 'nl' }),
    ).toMatchObject({
      ok: false,
      reason: 'vague',
      span: { text: 'zo snel mogelijk' },
    });
    // Written with a date after it, the abbreviation is a weekday: "zo 22-11".
    expect(due('zo 22-11', FRIDAY_10, AMSTERDAM, 'nl')).toEqual(new Date('2026-11-22T17:00:00+01:00'));
  });

  it('since 2.10.1, chrono.en.GB reads "November 27" as 1 November 2027', () => {
    expect(chrono.en.GB.parseDate('November 27', { instant: FRIDAY_10, timezone: CET })).toEqual(
      new Date('2027-11-01T12:00:00+01:00'),
    );
    expect(due('November 27', FRIDAY_10, AMSTERDAM, 'en-GB')).toEqual(new Date('2026-11-27T17:00:00+01:00'));
    // British day-first numbers still read day first.
    expect(due('by 1/12', FRIDAY_10, AMSTERDAM, 'en-GB')).toEqual(new Date('2026-12-01T17:00:00+01:00'));
  });
});

import { describe, expect, it } from 'vitest';
import {
  adviseDeadline,
  type BandHistory,
  type LeadBand,
  leadBand,
  planRecovery,
  recoveryAnswerDeadline,
  recoveryDeadline,
} from '../../src/domain/coaching.js';
import {
  addWorkingMinutes,
  DEFAULT_WORKING_HOURS,
  workingMinutesBetween,
} from '../../src/domain/working-hours.js';

const AMS = 'Europe/Amsterdam';
const hours = DEFAULT_WORKING_HOURS;
const eob = { hour: 17, minute: 0 };
const d = (text: string) => new Date(text);

describe('working time', () => {
  it.each([
    ['2026-11-23T10:00+01:00', '2026-11-23T12:00+01:00', 120],
    ['2026-11-23T16:00+01:00', '2026-11-24T10:00+01:00', 150],
    ['2026-11-27T16:00+01:00', '2026-11-30T10:00+01:00', 150],
    ['2026-11-27T20:00+01:00', '2026-11-28T20:00+01:00', 0],
    ['2026-05-13T16:00+02:00', '2026-05-15T10:00+02:00', 150],
  ])('%s → %s: %i working minutes', (from, to, minutes) => {
    expect(workingMinutesBetween(d(from), d(to), AMS, hours)).toBe(minutes);
  });

  it.each([
    ['2026-11-23T10:00+01:00', 240, '2026-11-23T14:00+01:00'],
    ['2026-11-23T16:00+01:00', 240, '2026-11-24T11:30+01:00'],
    ['2026-11-27T16:30+01:00', 240, '2026-11-30T12:00+01:00'],
    ['2026-11-28T11:00+01:00', 60, '2026-11-30T10:00+01:00'],
  ])('%s + %i working minutes = %s', (from, minutes, expected) => {
    expect(addWorkingMinutes(d(from), minutes, AMS, hours)).toEqual(d(expected));
  });
});

describe('leadBand', () => {
  it.each([
    ['2026-11-23T10:00+01:00', '2026-11-23T13:00+01:00', 'hours'],
    ['2026-11-23T09:00+01:00', '2026-11-23T17:00+01:00', 'same-day'],
    ['2026-11-23T16:00+01:00', '2026-11-24T11:00+01:00', 'hours'],
    ['2026-11-23T10:00+01:00', '2026-11-24T17:00+01:00', 'days-1-2'],
    ['2026-11-23T10:00+01:00', '2026-11-25T17:00+01:00', 'days-1-2'],
    ['2026-11-23T10:00+01:00', '2026-11-27T17:00+01:00', 'days-3-5'],
    ['2026-11-27T10:00+01:00', '2026-11-30T17:00+01:00', 'days-1-2'],
    ['2026-11-23T10:00+01:00', '2026-12-07T17:00+01:00', 'longer'],
    ['2026-05-13T10:00+02:00', '2026-05-15T17:00+02:00', 'days-1-2'],
  ])('%s → %s: %s (weekends and holidays do not count)', (from, to, band) => {
    expect(leadBand(d(from), d(to), AMS, hours)).toBe(band);
  });
});

describe('adviseDeadline', () => {
  const now = d('2026-11-23T10:00+01:00');
  const sameDay = d('2026-11-23T17:00+01:00');
  /** The records asked for, as "basis:band,band". */
  let reads: string[] = [];
  const only = (history: BandHistory, bands: readonly LeadBand[]): BandHistory =>
    Object.fromEntries(bands.flatMap((band) => (history[band] ? [[band, history[band]]] : [])));
  const advise = (personal: BandHistory, team: BandHistory = {}, dueAt = sameDay, at = now) => {
    reads = [];
    return adviseDeadline({
      now: at,
      dueAt,
      timeZone: AMS,
      hours,
      endOfBusiness: eob,
      history: (basis, bands) => {
        reads.push(`${basis}:${bands.join(',')}`);
        return only(basis === 'personal' ? personal : team, bands);
      },
    });
  };

  it('says nothing with too little history, personal or team', () => {
    expect(
      advise({ 'same-day': { closed: 4, onTime: 0 } }, { 'same-day': { closed: 4, onTime: 0 } }),
    ).toBeUndefined();
  });

  it('says nothing when the owner keeps such promises', () => {
    expect(advise({ 'same-day': { closed: 10, onTime: 10 } })).toBeUndefined();
    expect(advise({ 'same-day': { closed: 10, onTime: 8 } })).toBeUndefined();
  });

  it('names the record and suggests the shortest band kept at 90%, at the end of a business day', () => {
    expect(
      advise({
        'same-day': { closed: 9, onTime: 4 },
        'days-1-2': { closed: 10, onTime: 8 },
        'days-3-5': { closed: 6, onTime: 6 },
      }),
    ).toEqual({
      basis: 'personal',
      band: 'same-day',
      kept: 4,
      of: 9,
      suggestion: { band: 'days-3-5', dueAt: d('2026-11-26T17:00+01:00') },
    });
  });

  it('none kept, and no safer band: the record without a suggestion', () => {
    expect(advise({ 'same-day': { closed: 5, onTime: 0 } })).toEqual({
      basis: 'personal',
      band: 'same-day',
      kept: 0,
      of: 5,
    });
  });

  it('falls back to the team’s record, and says so', () => {
    expect(
      advise(
        { 'same-day': { closed: 2, onTime: 0 } },
        { 'same-day': { closed: 20, onTime: 10 }, 'days-1-2': { closed: 30, onTime: 29 } },
      ),
    ).toEqual({
      basis: 'team',
      band: 'same-day',
      kept: 10,
      of: 20,
      suggestion: { band: 'days-1-2', dueAt: d('2026-11-24T17:00+01:00') },
    });
  });

  it('reads the promise’s own band, the team’s only when the owner’s is thin, and longer bands only to advise', () => {
    advise({ 'same-day': { closed: 10, onTime: 10 } });
    expect(reads).toEqual(['personal:same-day']);
    advise({ 'same-day': { closed: 2, onTime: 0 } }, { 'same-day': { closed: 20, onTime: 19 } });
    expect(reads).toEqual(['personal:same-day', 'team:same-day']);
    advise({}, { 'same-day': { closed: 20, onTime: 10 } });
    expect(reads).toEqual(['personal:same-day', 'team:same-day', 'team:days-1-2,days-3-5,longer']);
  });

  it('takes the band from the caller when given, and asks for nothing past the longest band', () => {
    const longer = { longer: { closed: 9, onTime: 1 } };
    reads = [];
    const advice = adviseDeadline({
      now,
      dueAt: sameDay,
      band: 'longer',
      timeZone: AMS,
      hours,
      endOfBusiness: eob,
      history: (basis, bands) => {
        reads.push(`${basis}:${bands.join(',')}`);
        return only(longer, bands);
      },
    });
    expect(advice).toEqual({ basis: 'personal', band: 'longer', kept: 1, of: 9 });
    expect(reads).toEqual(['personal:longer']);
  });

  it('counts business days across a weekend for the suggestion', () => {
    const friday = d('2026-11-27T10:00+01:00');
    const advice = advise(
      { 'same-day': { closed: 5, onTime: 1 }, 'days-1-2': { closed: 5, onTime: 5 } },
      {},
      d('2026-11-27T17:00+01:00'),
      friday,
    );
    expect(advice?.suggestion?.dueAt).toEqual(d('2026-11-30T17:00+01:00'));
  });
});

describe('recovery', () => {
  const at = (now: string, choice: 'within_hours' | 'end_of_today' | 'tomorrow_noon') =>
    recoveryDeadline(choice, { now: d(now), timeZone: AMS, hours, endOfBusiness: eob });

  it.each([
    ['2026-11-26T12:00+01:00', 'within_hours', '2026-11-26T16:00+01:00'],
    ['2026-11-26T16:00+01:00', 'within_hours', '2026-11-27T11:30+01:00'],
    ['2026-11-26T12:00+01:00', 'end_of_today', '2026-11-26T17:00+01:00'],
    ['2026-11-26T18:00+01:00', 'end_of_today', '2026-11-26T23:59+01:00'],
    ['2026-11-26T12:00+01:00', 'tomorrow_noon', '2026-11-27T12:00+01:00'],
  ] as const)('%s, %s: %s', (now, choice, expected) => {
    expect(at(now, choice)).toEqual(d(expected));
  });

  it('plans the recovery ladder', () => {
    const base = { brokenAt: d('2026-11-26T12:00+01:00'), timeZone: AMS, hours };
    const plan = (recovery: string | null, now: string, justBroken = false) =>
      planRecovery({ ...base, recoveryDueAt: recovery ? d(recovery) : null, now: d(now), justBroken }).map(
        (n) => [n.kind, n.runAt.toISOString()],
      );
    expect(plan(null, '2026-11-26T12:00+01:00', true)).toEqual([
      ['recovery_unanswered', '2026-11-26T13:00:00.000Z'],
    ]);
    expect(plan('2026-11-26T17:00+01:00', '2026-11-26T12:30+01:00')).toEqual([
      ['recovery_soon', '2026-11-26T15:00:00.000Z'],
      ['recovery_due', '2026-11-26T16:00:00.000Z'],
    ]);
    // Within the last hour: no "soon", only the recovery deadline itself.
    expect(plan('2026-11-26T17:00+01:00', '2026-11-26T16:30+01:00')).toEqual([
      ['recovery_due', '2026-11-26T16:00:00.000Z'],
    ]);
    // Re-planned long after the answer was due (a hand-over, say): the lead is not told again.
    expect(plan(null, '2026-11-30T12:00+01:00')).toEqual([]);
    // Broken late (after downtime): the lead is told at once.
    expect(plan(null, '2026-11-30T12:00+01:00', true)).toEqual([
      ['recovery_unanswered', '2026-11-30T11:00:00.000Z'],
    ]);
  });

  it('tells the lead after 2 working hours without an answer', () => {
    expect(recoveryAnswerDeadline(d('2026-11-27T16:30+01:00'), AMS, hours)).toEqual(
      d('2026-11-30T10:00+01:00'),
    );
  });
});

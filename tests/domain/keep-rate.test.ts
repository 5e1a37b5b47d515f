import { describe, expect, it } from 'vitest';
import { nextDigestAt } from '../../src/domain/digest-schedule.js';
import { formatRate, keepRate, rateChange } from '../../src/domain/keep-rate.js';
import { DEFAULT_WORKING_HOURS } from '../../src/domain/working-hours.js';

const counts = (keptOnTime: number, keptLate: number, broken: number) => ({
  keptOnTime,
  keptLate,
  broken,
  cancelled: 7,
  renegotiated: 3,
});

describe('keep rate', () => {
  it.each([
    [counts(0, 0, 0), null, '–'],
    [counts(3, 0, 1), 0.75, '75%'],
    [counts(3, 1, 0), 0.75, '75%'],
    [counts(2, 0, 0), 1, '100%'],
  ])('%o', (c, rate, shown) => {
    expect(keepRate(c)).toBe(rate);
    expect(formatRate(keepRate(c))).toBe(shown);
  });

  it.each([
    [0.8, 0.75, '+5'],
    [0.7, 0.75, '−5'],
    [0.75, 0.751, '±0'],
    [0.75, null, null],
  ])('change from %s to %s', (current, previous, expected) => {
    expect(rateChange(current, previous)).toBe(expected);
  });
});

describe('nextDigestAt', () => {
  const at = (after: string, zone = 'Europe/Amsterdam') =>
    nextDigestAt(new Date(after), { hour: 9, minute: 0 }, zone, DEFAULT_WORKING_HOURS)?.at.toISOString();

  it.each([
    ['2026-11-23T08:00:00+01:00', '2026-11-23T08:00:00.000Z'],
    ['2026-11-23T09:00:00+01:00', '2026-11-24T08:00:00.000Z'],
    ['2026-11-27T10:00:00+01:00', '2026-11-30T08:00:00.000Z'],
    ['2026-05-13T10:00:00+02:00', '2026-05-15T07:00:00.000Z'],
    ['2026-03-27T10:00:00+01:00', '2026-03-30T07:00:00.000Z'],
  ])('after %s: %s (weekends, Ascension Day and DST skipped right)', (after, expected) => {
    expect(at(after)).toBe(expected);
  });

  it('uses the channel’s zone', () => {
    expect(at('2026-11-23T12:00:00Z', 'America/New_York')).toBe('2026-11-23T14:00:00.000Z');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER, type PlanInput, planNotices } from '../../src/domain/reminder-plan.js';
import {
  DEFAULT_WORKING_HOURS,
  isWorkingMoment,
  workingMinutesBetween,
} from '../../src/domain/working-hours.js';

const AMS = 'Europe/Amsterdam';
const NYC = 'America/New_York';

function plan(committed: string, due: string, timeZone = AMS, overrides: Partial<PlanInput> = {}) {
  const committedAt = new Date(committed);
  return planNotices({
    dueAt: new Date(due),
    committedAt,
    now: committedAt,
    timeZone,
    hours: DEFAULT_WORKING_HOURS,
    ladder: DEFAULT_LADDER,
    ...overrides,
  }).map((notice) => ({
    kind: notice.kind,
    at: notice.runAt.toISOString(),
    moved: notice.movedEarlier ?? false,
  }));
}

const iso = (text: string) => new Date(text).toISOString();

describe('planNotices: the default ladder', () => {
  it.each([
    {
      name: 'due in 4 days: day before at 10:00, soon, at risk, deadline',
      committed: '2026-11-23T10:00+01:00',
      due: '2026-11-27T15:00+01:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-11-26T10:00+01:00', false],
        ['soon', '2026-11-27T13:00+01:00', false],
        ['at_risk', '2026-11-27T14:00+01:00', false],
        ['deadline', '2026-11-27T15:00+01:00', false],
      ],
    },
    {
      name: 'due in 10 minutes: nothing but the deadline',
      committed: '2026-11-23T10:00+01:00',
      due: '2026-11-23T10:10+01:00',
      zone: AMS,
      expected: [['deadline', '2026-11-23T10:10+01:00', false]],
    },
    {
      name: 'due in 5 hours: soon and at risk, no day-before',
      committed: '2026-11-23T10:00+01:00',
      due: '2026-11-23T15:00+01:00',
      zone: AMS,
      expected: [
        ['soon', '2026-11-23T13:00+01:00', false],
        ['at_risk', '2026-11-23T14:00+01:00', false],
        ['deadline', '2026-11-23T15:00+01:00', false],
      ],
    },
    {
      name: 'due in 3 days',
      committed: '2026-11-23T10:00+01:00',
      due: '2026-11-26T17:00+01:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-11-25T10:00+01:00', false],
        ['soon', '2026-11-26T15:00+01:00', false],
        ['at_risk', '2026-11-26T16:00+01:00', false],
        ['deadline', '2026-11-26T17:00+01:00', false],
      ],
    },
    {
      name: 'due in 3 weeks on a Monday: day-before on the Friday',
      committed: '2026-11-23T10:00+01:00',
      due: '2026-12-14T17:00+01:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-12-11T10:00+01:00', false],
        ['soon', '2026-12-14T15:00+01:00', false],
        ['at_risk', '2026-12-14T16:00+01:00', false],
        ['deadline', '2026-12-14T17:00+01:00', false],
      ],
    },
    {
      name: 'due Monday 09:30: the 07:30 reminder moves to Friday 17:30; at risk stays at 08:30',
      committed: '2026-11-25T10:00+01:00',
      due: '2026-11-30T09:30+01:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-11-27T10:00+01:00', false],
        ['soon', '2026-11-27T17:30+01:00', true],
        ['at_risk', '2026-11-30T08:30+01:00', false],
        ['deadline', '2026-11-30T09:30+01:00', false],
      ],
    },
    {
      name: 'Ascension Day (Thu 14 May 2026) is skipped for the day-before reminder',
      committed: '2026-05-11T10:00+02:00',
      due: '2026-05-15T12:00+02:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-05-13T10:00+02:00', false],
        ['soon', '2026-05-15T10:00+02:00', false],
        ['at_risk', '2026-05-15T11:00+02:00', false],
        ['deadline', '2026-05-15T12:00+02:00', false],
      ],
    },
    {
      name: 'Amsterdam, DST ends on the weekend in between',
      committed: '2026-10-22T10:00+02:00',
      due: '2026-10-26T10:00+01:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-10-23T10:00+02:00', false],
        ['soon', '2026-10-23T17:30+02:00', true],
        ['at_risk', '2026-10-26T09:00+01:00', false],
        ['deadline', '2026-10-26T10:00+01:00', false],
      ],
    },
    {
      name: 'Amsterdam, DST starts on the weekend in between',
      committed: '2026-03-26T10:00+01:00',
      due: '2026-03-30T12:00+02:00',
      zone: AMS,
      expected: [
        ['day_before', '2026-03-27T10:00+01:00', false],
        ['soon', '2026-03-30T10:00+02:00', false],
        ['at_risk', '2026-03-30T11:00+02:00', false],
        ['deadline', '2026-03-30T12:00+02:00', false],
      ],
    },
    {
      name: 'New York, DST starts on the weekend in between',
      committed: '2026-03-05T10:00-05:00',
      due: '2026-03-09T10:00-04:00',
      zone: NYC,
      expected: [
        ['day_before', '2026-03-06T10:00-05:00', false],
        ['soon', '2026-03-06T17:30-05:00', true],
        ['at_risk', '2026-03-09T09:00-04:00', false],
        ['deadline', '2026-03-09T10:00-04:00', false],
      ],
    },
    {
      name: 'New York, DST ends on the weekend in between',
      committed: '2026-10-29T10:00-04:00',
      due: '2026-11-02T14:00-05:00',
      zone: NYC,
      expected: [
        ['day_before', '2026-10-30T10:00-04:00', false],
        ['soon', '2026-11-02T12:00-05:00', false],
        ['at_risk', '2026-11-02T13:00-05:00', false],
        ['deadline', '2026-11-02T14:00-05:00', false],
      ],
    },
    {
      name: 'a 2-hour promise still gets one reminder, halfway',
      committed: '2026-11-23T10:00+01:00',
      due: '2026-11-23T12:00+01:00',
      zone: AMS,
      expected: [
        ['soon', '2026-11-23T11:00+01:00', false],
        ['at_risk', '2026-11-23T11:00+01:00', false],
        ['deadline', '2026-11-23T12:00+01:00', false],
      ],
    },
    {
      name: 'made at 20:00 for 21:00: no working moment left, the one reminder goes at its own time',
      committed: '2026-11-23T20:00+01:00',
      due: '2026-11-23T21:00+01:00',
      zone: AMS,
      expected: [
        ['soon', '2026-11-23T20:30+01:00', false],
        ['deadline', '2026-11-23T21:00+01:00', false],
      ],
    },
    {
      name: 'made in the evening for early tomorrow: the one reminder at the first working moment',
      committed: '2026-11-23T20:00+01:00',
      due: '2026-11-24T09:15+01:00',
      zone: AMS,
      expected: [
        ['at_risk', '2026-11-24T08:15+01:00', false],
        ['soon', '2026-11-24T09:00+01:00', false],
        ['deadline', '2026-11-24T09:15+01:00', false],
      ],
    },
    {
      name: 'a reminder that would move before the promise was made is dropped',
      committed: '2026-11-27T17:00+01:00',
      due: '2026-11-30T08:00+01:00',
      zone: AMS,
      expected: [
        ['soon', '2026-11-27T17:30+01:00', true],
        ['at_risk', '2026-11-30T07:00+01:00', false],
        ['deadline', '2026-11-30T08:00+01:00', false],
      ],
    },
  ])('$name', ({ committed, due, zone, expected }) => {
    expect(plan(committed, due, zone)).toEqual(
      expected.map(([kind, at, moved]) => ({ kind, at: iso(String(at)), moved })),
    );
  });

  it('plans only the deadline notice for a deadline already passed while open', () => {
    const now = new Date('2026-11-23T12:00+01:00');
    expect(
      planNotices({
        dueAt: new Date('2026-11-23T11:00+01:00'),
        committedAt: new Date('2026-11-20T10:00+01:00'),
        now,
        timeZone: AMS,
        hours: DEFAULT_WORKING_HOURS,
        ladder: DEFAULT_LADDER,
      }),
    ).toEqual([{ kind: 'deadline', runAt: now }]);
  });

  it('leaves out what the workspace switched off, but keeps the guaranteed reminder', () => {
    const ladder = {
      dayBefore: { ...DEFAULT_LADDER.dayBefore, enabled: false },
      soon: { ...DEFAULT_LADDER.soon, enabled: false },
      atRisk: { ...DEFAULT_LADDER.atRisk, enabled: false },
    };
    expect(plan('2026-11-23T10:00+01:00', '2026-11-27T15:00+01:00', AMS, { ladder })).toEqual([
      { kind: 'soon', at: iso('2026-11-27T13:00+01:00'), moved: false },
      { kind: 'deadline', at: iso('2026-11-27T15:00+01:00'), moved: false },
    ]);
  });
});

describe('planNotices: properties', () => {
  const zones = fc.constantFrom(AMS, NYC, 'Asia/Tokyo', 'Australia/Sydney', 'UTC');
  const start = new Date('2026-01-01T00:00Z').getTime();
  const instants = fc.integer({ min: start, max: start + 365 * 86_400_000 });
  const leads = fc.integer({ min: 60_000, max: 40 * 86_400_000 });

  it('never plans after the deadline or before commitment; owner reminders fall in working hours', () => {
    fc.assert(
      fc.property(zones, instants, leads, (timeZone, committed, lead) => {
        const committedAt = new Date(committed);
        const dueAt = new Date(committed + lead);
        const notices = planNotices({
          dueAt,
          committedAt,
          now: committedAt,
          timeZone,
          hours: DEFAULT_WORKING_HOURS,
          ladder: DEFAULT_LADDER,
        });
        const reminders = notices.filter((n) => n.kind === 'day_before' || n.kind === 'soon');
        expect(notices.at(-1)).toEqual({ kind: 'deadline', runAt: dueAt });
        for (const notice of notices.slice(0, -1)) {
          expect(notice.runAt.getTime()).toBeGreaterThan(committed);
          expect(notice.runAt.getTime()).toBeLessThan(dueAt.getTime());
        }
        if (lead >= 30 * 60_000) expect(reminders.length).toBeGreaterThanOrEqual(1);
        for (const reminder of reminders) {
          const ideal = reminder.movedEarlier === undefined;
          if (!isWorkingMoment(reminder.runAt, timeZone, DEFAULT_WORKING_HOURS)) {
            // Only the guaranteed reminder may fall outside working hours, and only when no working moment
            // was left between commitment and deadline.
            expect(ideal).toBe(true);
            expect(reminders).toHaveLength(1);
            expect(
              workingMinutesBetween(committedAt, dueAt, timeZone, DEFAULT_WORKING_HOURS),
            ).toBeLessThanOrEqual(6);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

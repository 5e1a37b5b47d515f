import { describe, expect, it } from 'vitest';
import type { LeadBand } from '../../src/domain/coaching.js';
import type { Db } from '../../src/store/database.js';
import { bandHistory, countOpenDue } from '../../src/store/stats.js';
import { freshDatabase } from '../support/test-database.js';

const DAY = 86_400_000;
const now = new Date('2026-11-23T10:00:00Z');
const from = new Date(now.getTime() - 90 * DAY);

/** A promise row as the realism and load checks read it. */
function seed(
  db: Db,
  row: { owner: string; band: LeadBand; status: 'open' | 'kept' | 'broken'; onTime?: boolean; dueAt: number },
): void {
  db.prepare(
    `INSERT INTO promises (team_id, owner_id, created_by, what, due_at, deadline_text, time_zone, locale, source,
       status, kept_on_time, closed_at, created_at, updated_at, committed_at, lead_band)
     VALUES ('T1', ?, ?, 'x', ?, 'x', 'Europe/Amsterdam', 'en', 'slash_command', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.owner,
    row.owner,
    row.dueAt,
    row.status,
    row.status === 'kept' ? (row.onTime ? 1 : 0) : null,
    row.status === 'open' ? null : row.dueAt,
    row.dueAt - DAY,
    row.dueAt - DAY,
    row.dueAt - DAY,
    row.band,
  );
}

describe('bandHistory', () => {
  const db = freshDatabase();
  const past = now.getTime() - 2 * DAY;
  seed(db, { owner: 'U1', band: 'same-day', status: 'kept', onTime: true, dueAt: past });
  seed(db, { owner: 'U1', band: 'same-day', status: 'kept', onTime: false, dueAt: past });
  seed(db, { owner: 'U1', band: 'same-day', status: 'broken', dueAt: past });
  seed(db, { owner: 'U1', band: 'days-3-5', status: 'kept', onTime: true, dueAt: past });
  seed(db, { owner: 'U2', band: 'same-day', status: 'kept', onTime: true, dueAt: past });
  seed(db, { owner: 'U2', band: 'longer', status: 'kept', onTime: true, dueAt: past });
  // Open, and settled outside the window: never counted.
  seed(db, { owner: 'U1', band: 'same-day', status: 'open', dueAt: now.getTime() + DAY });
  seed(db, { owner: 'U1', band: 'same-day', status: 'kept', onTime: true, dueAt: from.getTime() - DAY });

  it('counts settled promises per band, for an owner or the team', () => {
    expect(bandHistory(db, 'T1', 'U1', from, now)).toEqual({
      'same-day': { closed: 3, onTime: 1 },
      'days-3-5': { closed: 1, onTime: 1 },
    });
    expect(bandHistory(db, 'T1', undefined, from, now)).toEqual({
      'same-day': { closed: 4, onTime: 2 },
      'days-3-5': { closed: 1, onTime: 1 },
      longer: { closed: 1, onTime: 1 },
    });
  });

  it('reads only the bands asked for', () => {
    expect(bandHistory(db, 'T1', 'U1', from, now, ['same-day'])).toEqual({
      'same-day': { closed: 3, onTime: 1 },
    });
    expect(bandHistory(db, 'T1', undefined, from, now, ['days-3-5', 'longer'])).toEqual({
      'days-3-5': { closed: 1, onTime: 1 },
      longer: { closed: 1, onTime: 1 },
    });
    expect(bandHistory(db, 'T1', 'U2', from, now, ['hours'])).toEqual({});
  });

  it('refuses what is not a band rather than writing it into SQL', () => {
    expect(() => bandHistory(db, 'T1', 'U1', from, now, ["x') OR 1=1 --" as LeadBand])).toThrow(RangeError);
    expect(() => bandHistory(db, 'T1', 'U1', from, now, [])).toThrow(RangeError);
  });
});

describe('countOpenDue', () => {
  it('counts an owner’s open promises due in the window, up to the cap', () => {
    const db = freshDatabase();
    const due = now.getTime() + DAY;
    for (let i = 0; i < 5; i += 1)
      seed(db, { owner: 'U1', band: 'days-1-2', status: 'open', dueAt: due + i });
    seed(db, { owner: 'U2', band: 'days-1-2', status: 'open', dueAt: due });
    const window = [new Date(due - 1000), new Date(due + 1000)] as const;
    expect(countOpenDue(db, 'T1', 'U1', ...window, 20)).toBe(5);
    expect(countOpenDue(db, 'T1', 'U1', ...window, 3)).toBe(3);
    expect(countOpenDue(db, 'T1', 'U2', ...window, 20)).toBe(1);
  });
});

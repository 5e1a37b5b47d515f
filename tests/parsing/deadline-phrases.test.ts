import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineFlag } from '../../src/parsing/deadline-types.js';
import { parseDeadline } from '../../src/parsing/parse-deadline.js';
import { extraPhraseRows, type PhraseRow, sharedPhraseRows } from './deadline-phrases.table.js';

const FLAG_ORDER: readonly DeadlineFlag[] = ['ambiguous', 'weekend', 'holiday', 'fuzzy'];

function check(row: PhraseRow): void {
  const now = new Date(row.reference);
  const result = parseDeadline(row.text, { now, timeZone: row.zone, locale: row.locale });
  if (row.outcome === 'past') {
    expect(result).toMatchObject({ ok: false, reason: 'past' });
    if (result?.ok !== false || !row.expected) throw new Error('expected a past refusal with an instant');
    expect(result.dueAt?.toISOString()).toBe(new Date(row.expected).toISOString());
    expect(result.span.text).toBe(row.span ?? row.text);
    return;
  }
  if (row.expected === null) {
    if (row.outcome === 'none' || row.outcome === undefined) {
      expect(result).toBeNull();
    } else {
      expect(result).toMatchObject({ ok: false, reason: row.outcome });
      if (row.span !== undefined) expect(result?.span.text).toBe(row.span);
    }
    return;
  }
  if (!result?.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  expect(result.dueAt.toISOString()).toBe(new Date(row.expected).toISOString());
  expect(result.kind).toBe(row.kind);
  expect(result.flags).toEqual(FLAG_ORDER.filter((flag) => row.flags.includes(flag)));
  expect(result.dueAt.getTime()).toBeGreaterThan(now.getTime());
  expect(result.span.text).toBe(row.span ?? row.text);
  expect(row.text.slice(result.span.start, result.span.end)).toBe(result.span.text);
  if (result.flags.includes('ambiguous')) expect(result.alternatives.length).toBeGreaterThan(0);
  else expect(result.alternatives).toEqual([]);
  for (const alternative of result.alternatives) {
    expect(alternative.dueAt.getTime()).toBeGreaterThan(now.getTime());
    expect(alternative.dueAt.getTime()).not.toBe(result.dueAt.getTime());
  }
}

function named(rows: readonly PhraseRow[]): Array<readonly [string, PhraseRow]> {
  return rows.map((row) => [`${row.text} (${row.locale}, ${row.reference} ${row.zone})`, row] as const);
}

describe('the shared phrase table', () => {
  it('holds all 104 rows', () => {
    expect(sharedPhraseRows).toHaveLength(104);
  });
  it.each(named(sharedPhraseRows))('%s', (_name, row) => check(row));
});

describe('extra phrases', () => {
  it.each(named(extraPhraseRows))('%s', (_name, row) => check(row));
});

/**
 * The same answers whatever the server's own zone: the parser never reads the process's local time. Node applies a
 * change of `process.env.TZ` at once, so each block runs the whole table under another system zone.
 */
describe.each(['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Australia/Adelaide'])(
  'under TZ=%s',
  (systemZone) => {
    const original = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = systemZone;
    });
    afterAll(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('really runs in that system zone', () => {
      const local = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).resolvedOptions().timeZone;
      expect(local).toBe(systemZone);
    });

    it('answers every phrase row the same', () => {
      for (const row of [...sharedPhraseRows, ...extraPhraseRows]) check(row);
    });
  },
);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineParseResult, ParseDeadlineOptions } from '../../src/parsing/deadline-types.js';
import { parseDeadline } from '../../src/parsing/parse-deadline.js';

/** Pieces of deadline talk (and of things that only look like it), glued at random into texts. */
const FRAGMENTS = [
  'by',
  'before',
  'after',
  'on',
  'at',
  'in',
  'within',
  'the',
  'or',
  'and',
  'between',
  'to',
  'from',
  'of',
  'Friday',
  'fri',
  'Sat',
  'monday',
  'vrijdag',
  'maandagochtend',
  'zo',
  'ma',
  'vr',
  'today',
  'tomorrow',
  'tonight',
  'yesterday',
  'vandaag',
  'morgen',
  'overmorgen',
  'gisteren',
  'vanavond',
  'next',
  'this',
  'last',
  'coming',
  'volgende',
  'deze',
  'komende',
  'week',
  'weekend',
  'month',
  'maand',
  'year',
  'end of',
  'eind',
  'begin',
  'early',
  'mid',
  'late',
  'half',
  'in de loop van',
  'sometime',
  'EOD',
  'COB',
  'end of day',
  'eind van de dag',
  'first thing',
  'noon',
  'midnight',
  'middernacht',
  'morning',
  'afternoon',
  'evening',
  'ochtend',
  'middag',
  "'s middags",
  'lunch',
  '5',
  '12',
  '24',
  '0',
  '31',
  '99',
  '5pm',
  '4:30',
  '17:00',
  '07:30',
  '14.30',
  'uur',
  'om',
  'voor',
  'uiterlijk',
  'half 10',
  'kwart voor 5',
  'quarter to',
  'half past',
  '9u30',
  "o'clock",
  '2 hours',
  '48 uur',
  '3 business days',
  '5 werkdagen',
  'a couple of days',
  'anderhalf uur',
  'a day or two',
  'ago',
  '27-11',
  '11/27',
  '12/1',
  '2026-11-27',
  '27.11.2026',
  '29/02',
  '31-04',
  'Nov 26',
  '1 december',
  'the 27th',
  'de 27e',
  'Q1',
  'week 48',
  'December',
  'mei',
  'Christmas',
  'kerst',
  'Easter',
  'new year',
  'ET',
  'CET',
  'UTC+2',
  'GMT-14',
  '+05:45',
  'PT',
  'asap',
  'zsm',
  'zo snel mogelijk',
  'in a sec',
  'straks',
  'as soon as',
  'when I hear back',
  '€17,50',
  '$12.50',
  'v2.5',
  '15%',
  '#12345',
  'INC0012345',
  '+31 20 123 4567',
  'https://x.nl/27-11',
  ',',
  '.',
  '!',
  '?',
  ':',
  '-',
  '/',
  '(',
  ')',
  '\n',
  '\t',
  '😀',
  'İstanbul',
  'ß',
  'ǅ',
  '\u2019s',
  '\u00a0',
];

const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'UTC',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

const optionsArb: fc.Arbitrary<ParseDeadlineOptions> = fc.record({
  now: fc.date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2031-12-31T23:59:59Z'),
    noInvalidDate: true,
  }),
  timeZone: fc.constantFrom(...ZONES),
  locale: fc.constantFrom('en', 'en-US', 'en-GB', 'nl', 'nl-NL', 'nl-BE', 'de-DE', ''),
  holidayCountry: fc.constantFrom('NL', 'US', 'BE'),
});

const fragmentText = (maxParts: number, size: fc.SizeForArbitrary) =>
  fc
    .array(fc.constantFrom(...FRAGMENTS), { maxLength: maxParts, size })
    .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')))
    .map((text) => text.slice(0, 10_000));

/** The answer is null, a refusal, or a deadline after `now`; spans point into the text. */
function assertValid(text: string, options: ParseDeadlineOptions, result: DeadlineParseResult | null): void {
  if (result === null) return;
  expect(result.span.start).toBeGreaterThanOrEqual(0);
  expect(result.span.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(result.span.start, result.span.end)).toBe(result.span.text);
  if (!result.ok) {
    expect(['past', 'vague']).toContain(result.reason);
    if (result.reason === 'past') expect(result.dueAt?.getTime()).toBeLessThanOrEqual(options.now.getTime());
    return;
  }
  expect(Number.isNaN(result.dueAt.getTime())).toBe(false);
  expect(result.dueAt.getTime()).toBeGreaterThan(options.now.getTime());
  for (const alternative of result.alternatives) {
    expect(alternative.dueAt.getTime()).toBeGreaterThan(options.now.getTime());
  }
  expect(result.alternatives.length > 0).toBe(result.flags.includes('ambiguous'));
}

function property(text: string, options: ParseDeadlineOptions): void {
  const first = parseDeadline(text, options);
  const second = parseDeadline(text, options);
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  assertValid(text, options, first);
}

describe('parseDeadline on any text', () => {
  it('never throws, answers deterministically, and answers nothing, a refusal or an instant after now', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10_000, size: 'max' }), optionsArb, property),
      {
        numRuns: 40,
      },
    );
  });

  it('holds for short texts made of deadline-ish fragments', () => {
    fc.assert(fc.property(fragmentText(12, 'small'), optionsArb, property), { numRuns: 400 });
  });

  it('holds for long texts (up to 10,000 characters) made of deadline-ish fragments', () => {
    fc.assert(fc.property(fragmentText(2_500, 'max'), optionsArb, property), { numRuns: 12 });
  });

  it('holds for printable unicode with fragments mixed in', () => {
    const mixed = fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 8 })), {
        maxLength: 30,
      })
      .map((parts) => parts.join(' '));
    fc.assert(fc.property(mixed, optionsArb, property), { numRuns: 200 });
  });
});

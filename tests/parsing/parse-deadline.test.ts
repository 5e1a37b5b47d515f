import { describe, expect, it } from 'vitest';
import type {
  AssumptionCode,
  DeadlineParseResult,
  ParseDeadlineOptions,
} from '../../src/parsing/deadline-types.js';
import { DeadlineOptionsError, parseDeadline } from '../../src/parsing/parse-deadline.js';

const FRIDAY_10: ParseDeadlineOptions = {
  now: new Date('2026-11-20T10:00:00+01:00'),
  timeZone: 'Europe/Amsterdam',
  locale: 'en',
};
const WEDNESDAY_10: ParseDeadlineOptions = { ...FRIDAY_10, now: new Date('2026-11-18T10:00:00+01:00') };

function ok(text: string, options: ParseDeadlineOptions = FRIDAY_10) {
  const result = parseDeadline(text, options);
  if (!result?.ok) throw new Error(`expected a deadline in "${text}", got ${JSON.stringify(result)}`);
  return result;
}

function codes(result: DeadlineParseResult): AssumptionCode[] {
  return result.ok ? result.assumptions.map((a) => a.code) : [];
}

describe('finding the deadline in a sentence', () => {
  it('returns the span, so that what remains is the promise', () => {
    const text = 'ACME: send the replacement charger by Friday 3pm';
    const { span } = ok(text, WEDNESDAY_10);
    expect(span).toEqual({ start: 35, end: 48, text: 'by Friday 3pm' });
    expect(`${text.slice(0, span.start)}${text.slice(span.end)}`.trim()).toBe(
      'ACME: send the replacement charger',
    );
  });

  it.each([
    ['send it before Monday', 'before Monday'],
    ['stuur het uiterlijk vrijdag', 'uiterlijk vrijdag'],
    ['bel de klant voor maandag', 'voor maandag'],
    ['reply within 2 hours please', 'within 2 hours'],
    ['reageer binnen 2 uur', 'binnen 2 uur'],
    ['call ACME on Monday', 'on Monday'],
    ['bel ACME op maandag terug', 'op maandag'],
    ['bel om 3 uur', 'om 3 uur'],
    ['call at 3pm', 'at 3pm'],
    ['ship it Friday at the latest', 'Friday at the latest'],
    ['ship it no later than Monday', 'no later than Monday'],
    ['lever het ten laatste op maandag', 'ten laatste op maandag'],
  ])('takes the preposition into the span: "%s"', (text, span) => {
    const locale = /\b(?:stuur|bel|reageer|lever)\b/.test(text) ? 'nl' : 'en';
    expect(ok(text, { ...WEDNESDAY_10, locale }).span.text).toBe(span);
  });

  it('prefers the phrase with a deadline word over a bare or past date', () => {
    expect(ok('Ordered Nov 2, deliver by Friday', WEDNESDAY_10).span.text).toBe('by Friday');
    expect(ok('Since Monday the printer is broken; fix it by Wednesday').span.text).toBe('by Wednesday');
  });

  it('lets a real deadline win over a vague word', () => {
    expect(ok('asap, and by Friday at the latest', WEDNESDAY_10).span.text).toBe('by Friday at the latest');
  });
});

describe('refusals', () => {
  it.each([
    ['asap', 'en'],
    ['as soon as possible', 'en'],
    ['I will get back to you shortly', 'en'],
    ['in a sec', 'en'],
    ['zo snel mogelijk', 'nl'],
    ['z.s.m.', 'nl'],
    ['straks', 'nl'],
    ['binnen een paar dagen', 'nl'],
  ])('"%s" is vague', (text, locale) => {
    expect(parseDeadline(text, { ...FRIDAY_10, locale })).toMatchObject({ ok: false, reason: 'vague' });
  });

  it('refuses a deadline that has passed, with the instant it meant', () => {
    const afternoon = { ...FRIDAY_10, now: new Date('2026-11-20T14:00:00+01:00') };
    expect(parseDeadline('this morning', afternoon)).toEqual({
      ok: false,
      reason: 'past',
      span: { start: 0, end: 12, text: 'this morning' },
      dueAt: new Date('2026-11-20T12:00:00+01:00'),
      locale: 'en',
    });
    expect(parseDeadline('gisteren', { ...FRIDAY_10, locale: 'nl' })).toMatchObject({
      reason: 'past',
      dueAt: new Date('2026-11-19T17:00:00+01:00'),
    });
  });

  it('returns null for empty text and conditional promises', () => {
    expect(parseDeadline('', FRIDAY_10)).toBeNull();
    expect(parseDeadline('   ', FRIDAY_10)).toBeNull();
    expect(parseDeadline('when I hear back from the warehouse', FRIDAY_10)).toBeNull();
    expect(parseDeadline('zodra het magazijn terugbelt', { ...FRIDAY_10, locale: 'nl' })).toBeNull();
  });
});

describe('business hours and holidays come from the options', () => {
  it('uses the configured end and start of business', () => {
    const late = {
      ...FRIDAY_10,
      endOfBusiness: { hour: 18, minute: 30 },
      startOfBusiness: { hour: 8, minute: 0 },
    };
    expect(ok('tomorrow', late).dueAt).toEqual(new Date('2026-11-21T18:30:00+01:00'));
    expect(ok('before Monday', late).dueAt).toEqual(new Date('2026-11-23T08:00:00+01:00'));
    expect(ok('this afternoon', late).dueAt).toEqual(new Date('2026-11-20T18:30:00+01:00'));
    expect(ok('tomorrow', late).assumptions).toEqual([{ code: 'default-time', params: { time: '18:30' } }]);
    // 17:30 is still before an 18:30 end of business: no "late today".
    expect(ok('today', { ...late, now: new Date('2026-11-20T17:30:00+01:00') }).dueAt).toEqual(
      new Date('2026-11-20T18:30:00+01:00'),
    );
  });

  it('skips the public holidays of options.holidayCountry (NL by default)', () => {
    const dayBeforeThanksgiving = {
      ...FRIDAY_10,
      now: new Date('2026-11-25T10:00:00-05:00'),
      timeZone: 'America/New_York',
    };
    const us = ok('next business day', { ...dayBeforeThanksgiving, holidayCountry: 'US' });
    expect(us.dueAt).toEqual(new Date('2026-11-27T17:00:00-05:00'));
    expect(us.flags).toEqual(['holiday']);
    const nl = ok('next business day', dayBeforeThanksgiving);
    expect(nl.dueAt).toEqual(new Date('2026-11-26T17:00:00-05:00'));
    expect(nl.flags).toEqual([]);
  });
});

describe('assumptions are codes', () => {
  const cases: Array<[string, ParseDeadlineOptions, AssumptionCode]> = [
    ['tomorrow', FRIDAY_10, 'default-time'],
    ['today', { ...FRIDAY_10, now: new Date('2026-11-20T18:30:00+01:00') }, 'late-today'],
    ['tomorrow morning', FRIDAY_10, 'morning'],
    ['Tuesday afternoon', FRIDAY_10, 'afternoon'],
    ['tonight', FRIDAY_10, 'evening'],
    ['before Monday', FRIDAY_10, 'before-day'],
    ['by 5', FRIDAY_10, 'pm-hour'],
    ['end of week', WEDNESDAY_10, 'end-of-week'],
    ['end of the month', FRIDAY_10, 'end-of-month'],
    ['next week', FRIDAY_10, 'range-end'],
    ['Friday', FRIDAY_10, 'same-weekday-next-week'],
    ['within 3 business days', FRIDAY_10, 'business-days'],
    ['Wednesday or Thursday', FRIDAY_10, 'later-alternative'],
    ['by 5pm ET', FRIDAY_10, 'explicit-zone'],
    ['Nov 2', FRIDAY_10, 'next-year'],
  ];
  it.each(cases)('"%s" records %s', (text, options, code) => {
    expect(codes(ok(text, options))).toContain(code);
  });

  it('gives the parameters the confirmation shows', () => {
    expect(ok('end of week', WEDNESDAY_10).assumptions).toContainEqual({
      code: 'end-of-week',
      params: { weekday: 5 },
    });
    expect(ok('within 3 business days').assumptions).toContainEqual({
      code: 'business-days',
      params: { country: 'NL' },
    });
    expect(ok('by 5pm ET').assumptions).toContainEqual({
      code: 'explicit-zone',
      params: { zone: 'ET', timeZone: 'America/New_York' },
    });
    expect(ok('by 5').assumptions).toEqual([{ code: 'pm-hour', params: { time: '17:00' } }]);
  });

  it("records no zone assumption when the named zone keeps the owner's time", () => {
    const cet = ok('15:00 CET');
    expect(cet.dueAt).toEqual(new Date('2026-11-20T15:00:00+01:00'));
    expect(codes(cet)).not.toContain('explicit-zone');
    expect(ok('at 15:00 UTC+2').dueAt).toEqual(new Date('2026-11-20T15:00:00+02:00'));
  });
});

describe('ambiguous phrases offer the other readings', () => {
  it('a weekday named on that weekday: next week, today as the alternative', () => {
    const result = ok('Friday');
    expect(result.dueAt).toEqual(new Date('2026-11-27T17:00:00+01:00'));
    expect(result.flags).toContain('ambiguous');
    expect(result.alternatives).toEqual([{ dueAt: new Date('2026-11-20T17:00:00+01:00'), kind: 'date' }]);
  });

  it('"next Friday" said earlier in the week: next week, the coming Friday as the alternative', () => {
    const result = ok('next Friday', WEDNESDAY_10);
    expect(result.dueAt).toEqual(new Date('2026-11-27T17:00:00+01:00'));
    expect(result.alternatives).toEqual([{ dueAt: new Date('2026-11-20T17:00:00+01:00'), kind: 'date' }]);
  });

  it('is not ambiguous when the other reading has already passed', () => {
    const result = ok('vrijdag 9:00', { ...FRIDAY_10, locale: 'nl' });
    expect(result.dueAt).toEqual(new Date('2026-11-27T09:00:00+01:00'));
    expect(result.flags).toEqual([]);
    expect(result.alternatives).toEqual([]);
    expect(codes(result)).toContain('same-weekday-next-week');
  });

  it('"this Friday" on a Friday is today, not ambiguous', () => {
    expect(ok('this Friday')).toMatchObject({ dueAt: new Date('2026-11-20T17:00:00+01:00'), flags: [] });
  });
});

describe('language', () => {
  it('tries the requested language first and falls back to the other', () => {
    expect(ok('by Friday 5pm', { ...WEDNESDAY_10, locale: 'nl-NL' }).locale).toBe('en');
    expect(ok('uiterlijk vrijdag', { ...WEDNESDAY_10, locale: 'en-US' }).locale).toBe('nl');
    expect(ok('morgen', { ...WEDNESDAY_10, locale: 'en' }).locale).toBe('nl');
  });

  it('reads nl, nl-NL and nl-BE as Dutch, anything else as English', () => {
    for (const locale of ['nl', 'nl-NL', 'nl-BE', 'nl_NL'])
      expect(ok('morgen', { ...WEDNESDAY_10, locale }).locale).toBe('nl');
    for (const locale of ['en', 'en-GB', 'fr-FR', 'de', ''])
      expect(ok('tomorrow', { ...WEDNESDAY_10, locale }).locale).toBe('en');
  });

  it('reads Dutch text from an English-locale user the Dutch way, not by its stray clock time', () => {
    const result = ok('stuur de offerte uiterlijk vrijdag 17:00', WEDNESDAY_10);
    expect(result.span.text).toBe('uiterlijk vrijdag 17:00');
    expect(result.dueAt).toEqual(new Date('2026-11-20T17:00:00+01:00'));
  });
});

describe('options that cannot be used', () => {
  it.each([
    [{ ...FRIDAY_10, timeZone: 'Mars/Olympus_Mons' }, 'invalid-time-zone'],
    [{ ...FRIDAY_10, now: new Date(Number.NaN) }, 'invalid-now'],
    [{ ...FRIDAY_10, endOfBusiness: { hour: 25, minute: 0 } }, 'invalid-business-hours'],
  ] as const)('throw a coded error (%#)', (options, code) => {
    expect(() => parseDeadline('tomorrow', options)).toThrow(DeadlineOptionsError);
    try {
      parseDeadline('tomorrow', options);
    } catch (error) {
      expect((error as DeadlineOptionsError).code).toBe(code);
    }
  });
});

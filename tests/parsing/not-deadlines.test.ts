import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/parsing/parse-deadline.js';

const WEDNESDAY = new Date('2026-11-18T10:00:00+01:00');
const ZONE = 'Europe/Amsterdam';

interface NotADeadline {
  text: string;
  locale: 'en' | 'nl';
  why: string;
}

/** Text that only looks like a date or time, or promises without one: never a deadline. */
const NOT_DEADLINES: readonly NotADeadline[] = [
  { text: 'Upgrade to v2.5 fixed it', locale: 'en', why: 'version' },
  { text: 'Please install version 3.1 first', locale: 'en', why: 'version' },
  { text: 'Running 10.4.2 in production', locale: 'en', why: 'version' },
  { text: 'Versie 2.5 lost het op', locale: 'nl', why: 'version' },
  { text: 'We give 15% discount', locale: 'en', why: 'percentage' },
  { text: 'Uptime was 99.9 percent', locale: 'en', why: 'percentage' },
  { text: 'Korting van 12,5%', locale: 'nl', why: 'percentage' },
  { text: 'The refund is €17,50', locale: 'en', why: 'amount' },
  { text: 'It costs $12.50 per month', locale: 'en', why: 'amount' },
  { text: 'Total 17.50 EUR incl. VAT', locale: 'en', why: 'amount' },
  { text: 'Shipping is £9.99', locale: 'en', why: 'amount' },
  { text: 'Het kost € 17,- per stuk', locale: 'nl', why: 'amount' },
  { text: 'Dat is 17,50 per stuk', locale: 'nl', why: 'amount' },
  { text: 'About order #12345', locale: 'en', why: 'order number' },
  { text: 'Re: ticket 2024-1183', locale: 'en', why: 'ticket number' },
  { text: 'See INC0012345 for details', locale: 'en', why: 'incident number' },
  { text: 'JIRA-4521 is fixed', locale: 'en', why: 'issue key' },
  { text: 'ordernummer 12345 is verzonden', locale: 'nl', why: 'order number' },
  { text: 'factuur 2024-0311 klopt niet', locale: 'nl', why: 'invoice number' },
  { text: 'see https://example.com/2026/11/27/report', locale: 'en', why: 'URL' },
  { text: 'check www.acme.nl/orders/27-11', locale: 'nl', why: 'URL' },
  { text: 'read <https://acme.com/notes/12-11|the notes>', locale: 'en', why: 'Slack link' },
  { text: 'mail jan.27-11@acme.nl', locale: 'nl', why: 'e-mail address' },
  { text: 'Call +31 20 123 4567', locale: 'en', why: 'phone' },
  { text: 'Call me on 020-1234567', locale: 'en', why: 'phone' },
  { text: 'Bel 06-12345678', locale: 'nl', why: 'phone' },
  { text: 'Bel 0031 20 123 4567', locale: 'nl', why: 'phone' },
  { text: 'Call (555) 123-4567', locale: 'en', why: 'phone' },
  { text: 'Page 3-5 of the manual', locale: 'en', why: 'page range' },
  { text: 'Chapter 12.3 explains it', locale: 'en', why: 'section number' },
  { text: 'The score was 3-1', locale: 'en', why: 'score' },
  { text: 'We have 2-3 units left', locale: 'en', why: 'count range' },
  { text: '1/2 of the team is out', locale: 'en', why: 'fraction' },
  { text: 'The package weighs 2.5 kg', locale: 'en', why: 'weight' },
  { text: 'I sat down with the customer', locale: 'en', why: '"sat" is a verb' },
  { text: 'May I help you?', locale: 'en', why: '"may" is a verb' },
  { text: 'Happy new year!', locale: 'en', why: 'greeting' },
  { text: 'Good morning team', locale: 'en', why: 'greeting' },
  { text: 'We met at 5 locations', locale: 'en', why: 'count after "at"' },
  { text: 'Ik heb 2 uur gewacht', locale: 'nl', why: 'a duration in the past, not a time' },
  { text: 'De 2e keer ging het goed', locale: 'nl', why: 'ordinal' },
  { text: 'Om 5 klanten te helpen', locale: 'nl', why: 'count after "om"' },
  { text: 'Zo, dat is geregeld', locale: 'nl', why: '"zo" is not Sunday' },
  { text: 'Bel Jan even', locale: 'nl', why: '"Jan" is a name, not January' },
  { text: 'when I hear back from the warehouse', locale: 'en', why: 'conditional' },
  { text: 'as soon as the warehouse confirms', locale: 'en', why: 'conditional' },
  { text: 'once the parts arrive', locale: 'en', why: 'conditional' },
  { text: 'zodra het magazijn terugbelt', locale: 'nl', why: 'conditional' },
  { text: 'after Monday', locale: 'en', why: 'a start, not a deadline' },
  { text: 'vanaf maandag', locale: 'nl', why: 'a start, not a deadline' },
  { text: 'na 17:00', locale: 'nl', why: 'a start, not a deadline' },
];

const DEADLINE_AFTER: Readonly<Record<'en' | 'nl', string>> = { en: 'by Friday', nl: 'uiterlijk vrijdag' };
const FRIDAY_5PM = new Date('2026-11-20T17:00:00+01:00');

describe('text that is not a deadline', () => {
  it.each(NOT_DEADLINES.map((row) => [`${row.text} (${row.why})`, row] as const))('%s', (_name, row) => {
    for (const locale of [row.locale, row.locale === 'en' ? 'nl' : 'en']) {
      expect(parseDeadline(row.text, { now: WEDNESDAY, timeZone: ZONE, locale })).toBeNull();
    }
  });

  it.each(NOT_DEADLINES.map((row) => [`${row.text} (${row.why})`, row] as const))(
    'does not hide the real deadline next to: %s',
    (_name, row) => {
      const suffix = DEADLINE_AFTER[row.locale];
      const text = `${row.text}; ${suffix}`;
      const result = parseDeadline(text, { now: WEDNESDAY, timeZone: ZONE, locale: row.locale });
      expect(result).toMatchObject({ ok: true, span: { text: suffix, start: text.length - suffix.length } });
      expect(result?.ok && result.dueAt).toEqual(FRIDAY_5PM);
    },
  );
});

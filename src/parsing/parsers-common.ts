/**
 * Parsers that read the same in English and Dutch: numeric dates ("27-11", "11/27/2026") and explicit time zones
 * ("5pm ET", "15:00 CET", "10:00 UTC+2").
 */
import type { Fragment, ZoneRef } from './fragments.js';
import { alternation, type FragmentParser, WORD_END, WORD_START } from './pattern-kit.js';

/** Words after which a bare "27-11" is clearly a date (prepositions, weekday names). */
const DATE_CONTEXT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}_])(?:${alternation([
    'on',
    'by',
    'before',
    'until',
    'till',
    'due',
    'for',
    'from',
    'since',
    'after',
    'op',
    'voor',
    'vóór',
    'uiterlijk',
    'tegen',
    'tot',
    'per',
    'vanaf',
    'sinds',
    'na',
    'deadline',
    'datum',
    'date',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thur',
    'thurs',
    'fri',
    'sat',
    'sun',
    'maandag',
    'dinsdag',
    'woensdag',
    'donderdag',
    'vrijdag',
    'zaterdag',
    'zondag',
    'ma',
    'di',
    'wo',
    'do',
    'vr',
    'za',
    'zo',
  ])})\\.?\\s*[:,]?\\s*$`,
  'iu',
);

const TIME_AFTER = /^\s*,?\s*(?:(?:at|om|@)\s*)?\d{1,2}(?:[:.]\d{2}|\s*(?:am|pm|uur|u\b|h\b))/iu;

const UNIT_AFTER =
  /^\s*(?:days?|dagen|dag|weeks?|weken|hours?|hrs?|uur|uren|min|mins|minutes?|minuten|months?|maanden|years?|jaar|jaren|x|times|keer|%|pages?|pagina|items?|stuks?)(?![\p{L}])/iu;

function expandYear(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return raw.length === 2 ? 2000 + value : value;
}

/**
 * "27-11", "27/11", "11/27/2026", "27.11.2026". Which number is the day is left to the resolver (it knows the
 * reader's locale) unless only one order is a valid date. Without a year the numbers must stand where a date is
 * expected (after "by"/"op"/a weekday, or as the whole text), so that "pages 3-5" stays a range.
 */
export const numericDateParser: FragmentParser = {
  name: 'numeric-date',
  pattern:
    /(?<![\p{L}\p{N}_/\-.:#+,])(\d{1,2})([/\-.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\p{L}\p{N}_]|[/\-.:,]\d)/u,
  extract(match, text) {
    const [whole, rawA, separator, rawB, rawYear] = match;
    if (rawA === undefined || rawB === undefined) return null;
    const a = Number(rawA);
    const b = Number(rawB);
    const year = expandYear(rawYear);
    const index = match.index;
    const end = index + whole.length;
    if (rawYear === undefined) {
      if (separator === '.') return null;
      const before = text.slice(Math.max(0, index - 40), index);
      const after = text.slice(end);
      const standsAlone = before.trim() === '' && /^\s*[.!?]?\s*$/u.test(after);
      const expected = DATE_CONTEXT_BEFORE.test(before) || standsAlone || TIME_AFTER.test(after);
      if (!expected || UNIT_AFTER.test(after)) return null;
    }
    const dayFirstValid = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const monthFirstValid = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    if (!dayFirstValid && !monthFirstValid) return null;
    let fragment: Fragment;
    if (dayFirstValid && monthFirstValid && a !== b) {
      fragment = { kind: 'day', day: { type: 'numeric', first: a, second: b, ...(year ? { year } : {}) } };
    } else if (dayFirstValid) {
      fragment = { kind: 'day', day: { type: 'calendar', day: a, month: b, ...(year ? { year } : {}) } };
    } else {
      fragment = { kind: 'day', day: { type: 'calendar', day: b, month: a, ...(year ? { year } : {}) } };
    }
    return fragment;
  },
};

const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  UTC: 'UTC',
  GMT: 'UTC',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  MET: 'Europe/Paris',
  MEST: 'Europe/Paris',
  EET: 'Europe/Helsinki',
  EEST: 'Europe/Helsinki',
  BST: 'Europe/London',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
};

const NAMED_ZONES: Readonly<Record<string, string>> = {
  'eastern time': 'America/New_York',
  'us eastern time': 'America/New_York',
  'eastern standard time': 'America/New_York',
  'eastern daylight time': 'America/New_York',
  'new york time': 'America/New_York',
  'ny time': 'America/New_York',
  'central time': 'America/Chicago',
  'us central time': 'America/Chicago',
  'mountain time': 'America/Denver',
  'pacific time': 'America/Los_Angeles',
  'us pacific time': 'America/Los_Angeles',
  'pacific standard time': 'America/Los_Angeles',
  'central european time': 'Europe/Paris',
  'central european summer time': 'Europe/Paris',
  'amsterdam time': 'Europe/Amsterdam',
  'dutch time': 'Europe/Amsterdam',
  'nederlandse tijd': 'Europe/Amsterdam',
  'amsterdamse tijd': 'Europe/Amsterdam',
  'brussels time': 'Europe/Brussels',
  'belgische tijd': 'Europe/Brussels',
  'london time': 'Europe/London',
  'uk time': 'Europe/London',
  'engelse tijd': 'Europe/London',
};

function fixedOffsetZone(
  sign: string,
  hours: string,
  minutes: string | undefined,
  label: string,
): ZoneRef | null {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 14 || m > 59) return null;
  const timeZone = `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return { timeZone, label };
}

/** Upper-case abbreviations ("ET", "CEST") and offsets ("UTC+2", "+02:00"); case matters: "et" is not a zone. */
export const zoneAbbreviationParser: FragmentParser = {
  name: 'zone-abbreviation',
  pattern: new RegExp(
    `(?<![\\p{L}_])\\(?\\s*(?:(UTC|GMT)\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?|([+-])(\\d{2}):?(\\d{2})|(${alternation(
      Object.keys(ZONE_ABBREVIATIONS),
    )}))\\s*\\)?${WORD_END}`,
    'u',
  ),
  extract(match) {
    const [whole, base, sign, hours, minutes, bareSign, bareHours, bareMinutes, abbreviation] = match;
    const label = whole.replace(/[()]/g, '').trim();
    let zone: ZoneRef | null = null;
    if (base && sign && hours) zone = fixedOffsetZone(sign, hours, minutes, label);
    else if (bareSign && bareHours) zone = fixedOffsetZone(bareSign, bareHours, bareMinutes, label);
    else if (abbreviation) {
      const timeZone = ZONE_ABBREVIATIONS[abbreviation];
      zone = timeZone ? { timeZone, label } : null;
    }
    return zone ? { kind: 'zone', zone } : null;
  },
};

export const namedZoneParser: FragmentParser = {
  name: 'named-zone',
  pattern: new RegExp(`${WORD_START}\\(?(${alternation(Object.keys(NAMED_ZONES))})\\)?${WORD_END}`, 'iu'),
  extract(match) {
    const name = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const timeZone = NAMED_ZONES[name];
    return timeZone ? { kind: 'zone', zone: { timeZone, label: match[1] ?? name } } : null;
  },
};

export const commonParsers: readonly FragmentParser[] = [
  numericDateParser,
  zoneAbbreviationParser,
  namedZoneParser,
];

/**
 * Dutch deadline parsers (Netherlands and Flanders). Dutch glues words together ("maandagochtend", "morgenmiddag")
 * and counts half hours towards the next hour ("half 10" is 9:30), so several parsers differ in shape from the
 * English ones, not only in vocabulary.
 */
import type { IsoWeekday } from '../domain/business-calendar.js';
import type {
  DurationUnit,
  Fragment,
  HolidayName,
  PartOfDay,
  PeriodPart,
  PeriodRef,
  PeriodUnit,
  TimeRef,
  WeekdayMode,
} from './fragments.js';
import {
  alternation,
  type FragmentParser,
  normalizeWords,
  parseAmount,
  phraseBookParser,
  WORD_END,
  WORD_START,
  wordPattern,
} from './pattern-kit.js';

export const NL_WEEKDAYS: Readonly<Record<string, IsoWeekday>> = {
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
  zondag: 7,
};

/** Two-letter abbreviations are ordinary words too ("zo snel mogelijk", "ma"), so they need a date after them. */
const NL_WEEKDAY_ABBREVIATIONS: Readonly<Record<string, IsoWeekday>> = {
  ma: 1,
  di: 2,
  wo: 3,
  do: 4,
  vr: 5,
  vrij: 5,
  za: 6,
  zat: 6,
  zo: 7,
  zon: 7,
};

export const NL_MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const NL_NUMBERS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  eén: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  veertien: 14,
  vijftien: 15,
  twintig: 20,
  vierentwintig: 24,
  dertig: 30,
  achtenveertig: 48,
  zestig: 60,
  negentig: 90,
};

const NL_CLOCK_NUMBERS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
};

const NL_UNITS: Readonly<Record<string, DurationUnit>> = {
  seconde: 'second',
  seconden: 'second',
  sec: 'second',
  minuut: 'minute',
  minuten: 'minute',
  kwartier: 'minute',
  kwartiertje: 'minute',
  min: 'minute',
  uur: 'hour',
  uren: 'hour',
  u: 'hour',
  h: 'hour',
  uurtje: 'hour',
  uurtjes: 'hour',
  dag: 'day',
  dagen: 'day',
  dagje: 'day',
  dagjes: 'day',
  kalenderdag: 'day',
  kalenderdagen: 'day',
  werkdag: 'business-day',
  werkdagen: 'business-day',
  werkdg: 'business-day',
  'werkbare dag': 'business-day',
  'werkbare dagen': 'business-day',
  week: 'week',
  weken: 'week',
  weekje: 'week',
  wk: 'week',
  maand: 'month',
  maanden: 'month',
  jaar: 'year',
  jaren: 'year',
};

const NUMBER = `\\d+(?:[.,]\\d+)?|${alternation(Object.keys(NL_NUMBERS))}`;

// ---------------------------------------------------------------------------------------------------------------
// Days

const RELATIVE_DAYS: Readonly<Record<string, { days: number; part?: PartOfDay }>> = {
  vandaag: { days: 0 },
  'vandaag nog': { days: 0 },
  'nog vandaag': { days: 0 },
  'later vandaag': { days: 0 },
  'ergens vandaag': { days: 0 },
  'in de loop van vandaag': { days: 0 },
  'eind van vandaag': { days: 0, part: 'end-of-business' },
  'einde van vandaag': { days: 0, part: 'end-of-business' },
  vanochtend: { days: 0, part: 'morning' },
  vanmorgen: { days: 0, part: 'morning' },
  vanmiddag: { days: 0, part: 'afternoon' },
  vanavond: { days: 0, part: 'evening' },
  vannacht: { days: 0, part: 'evening' },
  'later vanavond': { days: 0, part: 'evening' },
  'later vanmiddag': { days: 0, part: 'afternoon' },
  morgen: { days: 1 },
  'morgen nog': { days: 1 },
  morgenochtend: { days: 1, part: 'morning' },
  morgenvroeg: { days: 1, part: 'morning' },
  'morgen vroeg': { days: 1, part: 'morning' },
  morgenmiddag: { days: 1, part: 'afternoon' },
  morgennamiddag: { days: 1, part: 'afternoon' },
  morgenavond: { days: 1, part: 'evening' },
  morgennacht: { days: 1, part: 'evening' },
  overmorgen: { days: 2 },
  gisteren: { days: -1 },
  gisterochtend: { days: -1, part: 'morning' },
  gistermiddag: { days: -1, part: 'afternoon' },
  gisteravond: { days: -1, part: 'evening' },
  eergisteren: { days: -2 },
};

const WEEKDAY_PREFIX_MODES: Readonly<Record<string, WeekdayMode>> = {
  deze: 'this',
  volgende: 'next',
  'de volgende': 'next',
  komende: 'coming',
  aanstaande: 'coming',
  aankomende: 'coming',
  'a.s.': 'coming',
  vorige: 'last',
  afgelopen: 'last',
  'volgende week': 'next-week',
  'komende week': 'next-week',
  'deze week': 'this-week',
};

const WEEKDAY_SUFFIX_MODES: Readonly<Record<string, WeekdayMode>> = {
  'volgende week': 'next-week',
  'van volgende week': 'next-week',
  'komende week': 'next-week',
  'van komende week': 'next-week',
  'deze week': 'this-week',
  'van deze week': 'this-week',
  'a.s.': 'coming',
  aanstaande: 'coming',
  'vorige week': 'last',
  'van vorige week': 'last',
};

const WEEKDAY_PARTS: Readonly<Record<string, PartOfDay>> = {
  ochtend: 'morning',
  morgen: 'morning',
  voormiddag: 'morning',
  middag: 'afternoon',
  namiddag: 'afternoon',
  avond: 'evening',
  nacht: 'evening',
};

const weekdayParser: FragmentParser = {
  name: 'nl-weekday',
  pattern: new RegExp(
    `${WORD_START}(?:(${alternation(Object.keys(WEEKDAY_PREFIX_MODES))})\\s+)?` +
      `(${alternation([...Object.keys(NL_WEEKDAYS), ...Object.keys(NL_WEEKDAY_ABBREVIATIONS)])})` +
      `(${alternation(Object.keys(WEEKDAY_PARTS))})?(\\.)?` +
      `(?:\\s+(${alternation(Object.keys(WEEKDAY_SUFFIX_MODES))}))?(?![\\p{L}\\p{N}_])`,
    'iu',
  ),
  extract(match, text) {
    const [whole, prefix, word = '', rawPart, , suffix] = match;
    const lower = word.toLowerCase();
    let weekday = NL_WEEKDAYS[lower];
    if (!weekday) {
      weekday = NL_WEEKDAY_ABBREVIATIONS[lower];
      if (!weekday || rawPart) return null;
      if (!/^\s*,?\s*\d/u.test(text.slice(match.index + whole.length))) return null;
    }
    let mode: WeekdayMode = 'plain';
    if (prefix) mode = WEEKDAY_PREFIX_MODES[normalizeWords(prefix)] ?? 'plain';
    if (suffix) mode = WEEKDAY_SUFFIX_MODES[normalizeWords(suffix)] ?? mode;
    const fragment: Fragment = { kind: 'day', day: { type: 'weekday', weekday, mode } };
    const part = rawPart ? WEEKDAY_PARTS[rawPart.toLowerCase()] : undefined;
    if (part) fragment.time = { type: 'part', part };
    return fragment;
  },
};

/** "eind van maandag", "einde vrijdag": that day's end of business. */
const endOfNamedDayParser: FragmentParser = {
  name: 'nl-end-of-named-day',
  pattern: wordPattern(
    `(?:het\\s+|aan\\s+het\\s+)?eind(?:e)?\\s+(?:van\\s+)?(?:(deze|volgende|komende)\\s+)?(${alternation(Object.keys(NL_WEEKDAYS))})`,
  ),
  extract(match) {
    const [, modifier, word = ''] = match;
    const weekday = NL_WEEKDAYS[word.toLowerCase()];
    if (!weekday) return null;
    const lower = modifier?.toLowerCase();
    const mode = lower === 'volgende' ? 'next' : lower === 'komende' ? 'coming' : lower ? 'this' : 'plain';
    return {
      kind: 'day',
      day: { type: 'weekday', weekday, mode },
      time: { type: 'part', part: 'end-of-business' },
    };
  },
};

/** "de 27e", "op de 27ste", "de 3de van volgende maand". */
const dayOfMonthParser: FragmentParser = {
  name: 'nl-day-of-month',
  pattern: new RegExp(
    `${WORD_START}(de\\s+)?(\\d{1,2})(?:e|ste|de)(?:\\s+(?:van\\s+)?(deze|de|volgende|komende)\\s+maand)?` +
      `(?=\\s*$|\\s*[,;:!?)]|\\s*\\.(?!\\d)|\\s+(?:om|voor|vóór|uiterlijk|en|of|tegen|rond|\\d))`,
    'iu',
  ),
  extract(match, text) {
    const [, de, rawDay, monthWord] = match;
    const day = Number(rawDay);
    if (day < 1 || day > 31) return null;
    if (!de) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (!/(?:^|[^\p{L}])(?:op|voor|vóór|uiterlijk|tegen|tot)\s*$/iu.test(before) && before.trim() !== '')
        return null;
    }
    const word = monthWord?.toLowerCase();
    const monthOffset = word === 'volgende' || word === 'komende' ? 1 : undefined;
    return {
      kind: 'day',
      day: { type: 'day-of-month', day, ...(monthOffset !== undefined ? { monthOffset } : {}) },
    };
  },
};

const HOLIDAYS: Readonly<Record<string, HolidayName>> = {
  kerst: 'christmas',
  'de kerst': 'christmas',
  kerstmis: 'christmas',
  kerstfeest: 'christmas',
  kerstdagen: 'christmas',
  'de kerstdagen': 'christmas',
  'de feestdagen': 'christmas',
  'eerste kerstdag': 'christmas',
  'tweede kerstdag': 'boxing-day',
  kerstavond: 'christmas-eve',
  'oud en nieuw': 'new-years-eve',
  oudjaar: 'new-years-eve',
  oudjaarsdag: 'new-years-eve',
  oudejaarsdag: 'new-years-eve',
  oudejaarsavond: 'new-years-eve',
  nieuwjaar: 'new-year',
  nieuwjaarsdag: 'new-year',
  'het nieuwe jaar': 'new-year',
  pasen: 'easter',
  'de paasdagen': 'easter',
  paasmaandag: 'easter-monday',
  'tweede paasdag': 'easter-monday',
  'goede vrijdag': 'good-friday',
  koningsdag: 'kings-day',
  hemelvaart: 'ascension',
  hemelvaartsdag: 'ascension',
  pinksteren: 'pentecost',
  'tweede pinksterdag': 'pentecost',
  sinterklaas: 'sinterklaas',
  sinterklaasavond: 'sinterklaas',
  pakjesavond: 'sinterklaas',
};

// ---------------------------------------------------------------------------------------------------------------
// Times of day

const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  ochtend: 'morning',
  'de ochtend': 'morning',
  voormiddag: 'morning',
  "'s ochtends": 'morning',
  "'s morgens": 'morning',
  "'s voormiddags": 'morning',
  'in de ochtend': 'morning',
  'in de morgen': 'morning',
  'in de voormiddag': 'morning',
  'in de loop van de ochtend': 'morning',
  'eind van de ochtend': 'morning',
  'einde van de ochtend': 'morning',
  'voor de middag': 'noon',
  'vóór de middag': 'noon',
  'voor de lunch': 'noon',
  'vóór de lunch': 'noon',
  'tussen de middag': 'noon',
  lunch: 'noon',
  'de lunch': 'noon',
  lunchtijd: 'noon',
  'rond lunchtijd': 'noon',
  'rond de lunch': 'noon',
  middaguur: 'noon',
  'het middaguur': 'noon',
  middag: 'afternoon',
  namiddag: 'afternoon',
  "'s middags": 'afternoon',
  'in de middag': 'afternoon',
  'in de namiddag': 'afternoon',
  'in de loop van de middag': 'afternoon',
  avond: 'evening',
  "'s avonds": 'evening',
  'in de avond': 'evening',
  "'s nachts": 'evening',
  middernacht: 'midnight',
  'eind vd dag': 'end-of-business',
  'eind dag': 'end-of-business',
  'einde dag': 'end-of-business',
  'einde werkdag': 'end-of-business',
  'eind werkdag': 'end-of-business',
  'einde kantoortijd': 'end-of-business',
  'einde van de kantoordag': 'end-of-business',
  'einde middag': 'end-of-business',
  'in de loop van de dag': 'end-of-business',
  sluitingstijd: 'end-of-business',
  eod: 'end-of-business',
  'e.o.d.': 'end-of-business',
  cob: 'end-of-business',
  eob: 'end-of-business',
  'begin van de dag': 'start-of-business',
  'het begin van de dag': 'start-of-business',
  'begin van de werkdag': 'start-of-business',
  'het begin van de werkdag': 'start-of-business',
  'start van de dag': 'start-of-business',
  'start van de werkdag': 'start-of-business',
  "'s ochtends vroeg": 'start-of-business',
  'vroeg in de ochtend': 'start-of-business',
  'als eerste': 'start-of-business',
  openingstijd: 'start-of-business',
};

const HOUR_WORD = `\\d{1,2}|${alternation(Object.keys(NL_CLOCK_NUMBERS))}`;
const CLOCK_LEADS = [
  'om',
  'voor',
  'vóór',
  'tegen',
  'rond',
  'omstreeks',
  'uiterlijk',
  'tot',
  'uiterlijk om',
  'niet later dan',
];
const CLOCK_FOLLOWERS = [
  'vandaag',
  'morgen',
  'vanavond',
  'vanmiddag',
  'uiterlijk',
  'en',
  'of',
  'op',
  "'s",
  ...Object.keys(NL_WEEKDAYS),
];
const CLOCK_END = `(?=\\s*$|\\s*[,;!?)]|\\s*[:.](?!\\d)|\\s+(?:${alternation(CLOCK_FOLLOWERS)})(?![\\p{L}]))`;

function clockFrom(rawHour: string): number | null {
  const hour = parseAmount(rawHour, NL_CLOCK_NUMBERS);
  return hour !== null && Number.isInteger(hour) && hour <= 24 ? hour : null;
}

/** "om 5", "voor 12", "tegen 3 uur": a bare hour after a preposition. */
const bareHourParser: FragmentParser = {
  name: 'nl-bare-hour',
  pattern: new RegExp(
    `${WORD_START}(?:${alternation(CLOCK_LEADS)})\\s+(${HOUR_WORD})(?:\\s*uur)?${CLOCK_END}`,
    'iu',
  ),
  extract(match) {
    const hour = clockFrom(match[1] ?? '');
    if (hour === null) return null;
    return {
      kind: 'time',
      time: { type: 'clock', hour, minute: 0, zeroPadded: /^0\d/u.test(match[1] ?? '') },
    };
  },
};

/** "half 10" (9:30), "kwart over 3" (3:15), "kwart voor 4" (3:45), "tien over half 3" is left alone. */
const spokenClockParser: FragmentParser = {
  name: 'nl-spoken-clock',
  pattern: new RegExp(
    `${WORD_START}(?:(?:${alternation(CLOCK_LEADS)})\\s+)?(half|kwart\\s+over|kwart\\s+voor)\\s+(${HOUR_WORD})(?:\\s*uur)?` +
      `(?!\\s*(?:${alternation(Object.keys(NL_UNITS))}|kilo|liter|procent|euro)${WORD_END})${WORD_END}`,
    'iu',
  ),
  extract(match) {
    const relation = normalizeWords(match[1] ?? '');
    const spoken = clockFrom(match[2] ?? '');
    if (spoken === null || spoken < 1 || spoken > 12) return null;
    let time: TimeRef;
    if (relation === 'half') time = { type: 'clock', hour: spoken - 1, minute: 30, spokenHour: spoken };
    else if (relation === 'kwart over') time = { type: 'clock', hour: spoken, minute: 15 };
    else time = { type: 'clock', hour: spoken - 1, minute: 45, spokenHour: spoken };
    return { kind: 'time', time };
  },
};

/** Flemish "9u30", "14u", "14h30", and "14:30u". */
const compactClockParser: FragmentParser = {
  name: 'nl-compact-clock',
  pattern: wordPattern(`(\\d{1,2})(?:[uh](\\d{2})?|[:.](\\d{2})u)`),
  extract(match) {
    const hour = Number(match[1]);
    const minute = Number(match[2] ?? match[3] ?? 0);
    if (hour > 24 || minute > 59) return null;
    return {
      kind: 'time',
      time: { type: 'clock', hour, minute, zeroPadded: /^0\d/u.test(match[1] ?? '') },
    };
  },
};

/** Words after which a bare "10.30" is a time rather than a number. */
const CLOCK_CONTEXT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation([...Object.keys(NL_WEEKDAYS), ...Object.keys(RELATIVE_DAYS), 'om', 'tot', 'tussen', 'en', 'of'])})\\s*,?\\s*$`,
  'iu',
);

/**
 * "om 14:30", "14.30 uur", "9 uur", "woensdag 10.00". chrono's Dutch time parser is not used: it reads "om" as a
 * range connector, so "23-11 om 10:00" became the range "11 om 10:00".
 */
const clockParser: FragmentParser = {
  name: 'nl-clock',
  pattern: new RegExp(
    `${WORD_START}(?:(om|rond|omstreeks|tegen)\\s+)?(\\d{1,2})(?:([:.])(\\d{2}))?(\\s*uur)?${WORD_END}(?![:.]\\d)`,
    'iu',
  ),
  extract(match, text) {
    const [, lead, rawHour = '', separator, rawMinute, uur] = match;
    if (rawMinute === undefined && uur === undefined) return null;
    const hour = Number(rawHour);
    const minute = rawMinute === undefined ? 0 : Number(rawMinute);
    if (hour > 24 || minute > 59) return null;
    if (
      separator === '.' &&
      !lead &&
      !uur &&
      !CLOCK_CONTEXT_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))
    ) {
      return null;
    }
    // "2 uur" alone can be a duration ("ik heb 2 uur gewacht"): it needs a day or a preposition.
    const needsAnchor = rawMinute === undefined && !lead;
    return {
      kind: 'time',
      time: { type: 'clock', hour, minute, zeroPadded: /^0\d/u.test(rawHour) },
      ...(needsAnchor ? { needsAnchor } : {}),
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Durations

const DURATION_PREFIXES = [
  'binnen',
  'over',
  'in',
  'binnen nu en',
  'binnen de',
  'binnen de komende',
  'in de komende',
  'de komende',
  'uiterlijk binnen',
  'uiterlijk over',
  'binnen maximaal',
  'binnen uiterlijk',
  'over ongeveer',
  'binnen ongeveer',
];

const DURATION_SUFFIXES: Readonly<Record<string, 1 | -1>> = {
  'vanaf nu': 1,
  'vanaf vandaag': 1,
  'na vandaag': 1,
  'vanaf morgen': 1,
  geleden: -1,
};

const durationParser: FragmentParser = {
  name: 'nl-duration',
  pattern: new RegExp(
    `${WORD_START}(?:(${alternation(DURATION_PREFIXES)})\\s+)?` +
      `(?:(${NUMBER})\\s*(?:-|–|à|a|tot|of)\\s*)?` +
      `(anderhalve\\s+|anderhalf\\s+|een\\s+half\\s*|een\\s+halve\\s+|half\\s*|${NUMBER})\\s*` +
      `(${alternation(Object.keys(NL_UNITS))})` +
      `(?:\\s+(${alternation(Object.keys(DURATION_SUFFIXES))}))?${WORD_END}`,
    'iu',
  ),
  extract(match) {
    const [, prefix, rawLower, rawAmount = '', rawUnit = '', suffix] = match;
    if (!prefix && !suffix) return null;
    const unit = NL_UNITS[normalizeWords(rawUnit)];
    if (!unit) return null;
    const words = normalizeWords(rawAmount);
    let amount: number | null;
    if (words.startsWith('anderhalf')) amount = 1.5;
    else if (words.startsWith('een half') || words === 'half' || words.startsWith('een halve')) amount = 0.5;
    else {
      amount = parseAmount(words, NL_NUMBERS);
      // "over een minuut", "binnen een seconde": a figure of speech, not a deadline.
      const quarter = /^kwartier/iu.test(rawUnit);
      if ((words === 'een' || words === 'één') && (unit === 'second' || unit === 'minute') && !quarter)
        return null;
    }
    if (amount === null) return null;
    if (/^kwartier/iu.test(rawUnit)) amount *= 15;
    let lowerAmount: number | undefined;
    if (rawLower !== undefined) {
      const lower = parseAmount(rawLower, NL_NUMBERS);
      if (lower === null) return null;
      lowerAmount = lower;
    }
    if (!(amount > 0) || amount > 1000) return null;
    // A lone "u" or "h" is only an hour unit after a figure ("24u"), not after "een".
    if (/^[uh]$/iu.test(rawUnit) && !/^\d/u.test(words)) return null;
    const direction = suffix ? (DURATION_SUFFIXES[normalizeWords(suffix)] ?? 1) : 1;
    return {
      kind: 'duration',
      duration: {
        amount,
        unit,
        direction,
        ...(lowerAmount !== undefined && lowerAmount < amount ? { lowerAmount } : {}),
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Periods

const PERIOD_PARTS: Readonly<Record<string, { part: PeriodPart; during?: boolean }>> = {
  eind: { part: 'end' },
  einde: { part: 'end' },
  'eind van': { part: 'end' },
  'einde van': { part: 'end' },
  'het eind van': { part: 'end' },
  'het einde van': { part: 'end' },
  'aan het eind van': { part: 'end' },
  'aan het einde van': { part: 'end' },
  'tegen het eind van': { part: 'end' },
  'tegen het einde van': { part: 'end' },
  'eind vd': { part: 'end' },
  ultimo: { part: 'end' },
  begin: { part: 'early' },
  'begin van': { part: 'early' },
  'het begin van': { part: 'early' },
  'aan het begin van': { part: 'early' },
  'in het begin van': { part: 'early' },
  'vroeg in': { part: 'early' },
  'eerste helft van': { part: 'early' },
  'de eerste helft van': { part: 'early' },
  half: { part: 'mid' },
  halverwege: { part: 'mid' },
  midden: { part: 'mid' },
  'midden van': { part: 'mid' },
  medio: { part: 'mid' },
  later: { part: 'late' },
  'laat in': { part: 'late' },
  'tweede helft van': { part: 'late' },
  'de tweede helft van': { part: 'late' },
  'in de loop van': { part: 'whole', during: true },
  ergens: { part: 'whole', during: true },
  'ergens in': { part: 'whole', during: true },
  tijdens: { part: 'whole', during: true },
  gedurende: { part: 'whole', during: true },
};

const PERIOD_MODIFIERS: Readonly<Record<string, number>> = {
  deze: 0,
  dit: 0,
  de: 0,
  het: 0,
  huidige: 0,
  volgende: 1,
  volgend: 1,
  komende: 1,
  komend: 1,
  aanstaande: 1,
  aankomende: 1,
  aankomend: 1,
  'de volgende': 1,
  'de komende': 1,
  'het komende': 1,
  'het volgende': 1,
  vorige: -1,
  vorig: -1,
  afgelopen: -1,
};

const PERIOD_UNITS: Readonly<Record<string, PeriodUnit>> = {
  week: 'week',
  weekend: 'weekend',
  maand: 'month',
  kwartaal: 'quarter',
  jaar: 'year',
};

const relativePeriodParser: FragmentParser = {
  name: 'nl-relative-period',
  pattern: wordPattern(
    `(?:(${alternation(Object.keys(PERIOD_PARTS))})\\s+)?(?:(${alternation(Object.keys(PERIOD_MODIFIERS))})\\s+)?` +
      `(${alternation(Object.keys(PERIOD_UNITS))})`,
  ),
  extract(match) {
    const [, rawPart, rawModifier, rawUnit = ''] = match;
    const partEntry = rawPart ? PERIOD_PARTS[normalizeWords(rawPart)] : undefined;
    const modifier = rawModifier !== undefined ? normalizeWords(rawModifier) : undefined;
    const offset = modifier !== undefined ? PERIOD_MODIFIERS[modifier] : undefined;
    const unit = PERIOD_UNITS[rawUnit.toLowerCase()];
    if (!unit) return null;
    if (!partEntry && offset === undefined) return null;
    const isArticle = modifier === 'de' || modifier === 'het';
    if (!partEntry && isArticle && unit !== 'weekend') return null;
    // Without "deze"/"volgende" ("eind van de week") the current one is meant while it lasts.
    const explicit = offset !== undefined && !(isArticle && partEntry);
    const period: PeriodRef = {
      unit,
      part: partEntry?.part ?? 'whole',
      ...(explicit ? { offset } : {}),
      ...(partEntry?.during ? { during: true } : {}),
    };
    const needsAnchor = !partEntry && isArticle;
    return { kind: 'period', period, ...(needsAnchor ? { needsAnchor } : {}) };
  },
};

const namedMonthPeriodParser: FragmentParser = {
  name: 'nl-named-month-period',
  pattern: wordPattern(
    `(${alternation(Object.keys(PERIOD_PARTS))})\\s+(${alternation(Object.keys(NL_MONTHS))})\\.?(?:\\s+(\\d{4}))?`,
  ),
  extract(match) {
    const [, rawPart = '', rawMonth = '', rawYear] = match;
    const partEntry = PERIOD_PARTS[normalizeWords(rawPart)];
    const month = NL_MONTHS[rawMonth.toLowerCase()];
    if (!partEntry || !month) return null;
    return {
      kind: 'period',
      period: {
        unit: 'month',
        part: partEntry.part,
        month,
        ...(rawYear ? { year: Number(rawYear) } : {}),
        ...(partEntry.during ? { during: true } : {}),
      },
    };
  },
};

const WEEK_ORDINALS: Readonly<Record<string, number>> = {
  eerste: 1,
  '1e': 1,
  '1ste': 1,
  tweede: 2,
  '2e': 2,
  '2de': 2,
  derde: 3,
  '3e': 3,
  '3de': 3,
  vierde: 4,
  '4e': 4,
  '4de': 4,
  laatste: -1,
};

/** 'de eerste week van december', 'de laatste week van de maand'. */
const weekOfMonthParser: FragmentParser = {
  name: 'nl-week-of-month',
  pattern: wordPattern(
    `(?:de\\s+)?(${alternation(Object.keys(WEEK_ORDINALS))})\\s+week\\s+(?:van|in)\\s+(?:(deze|de|volgende|komende)\\s+(?:month|maand)|(${alternation(Object.keys(NL_MONTHS))})\\.?(?:\\s*,?\\s*(\\d{4}))?)`,
  ),
  extract(match) {
    const [, ordinal = '', relative, rawMonth, rawYear] = match;
    const weekOfMonth = WEEK_ORDINALS[ordinal.toLowerCase()];
    if (weekOfMonth === undefined) return null;
    if (relative) {
      const offset = ['volgende', 'komende'].includes(relative.toLowerCase()) ? 1 : 0;
      return { kind: 'period', period: { unit: 'month', part: 'whole', offset, weekOfMonth } };
    }
    const month = rawMonth ? NL_MONTHS[rawMonth.toLowerCase()] : undefined;
    if (!month) return null;
    return {
      kind: 'period',
      period: {
        unit: 'month',
        part: 'whole',
        month,
        weekOfMonth,
        ...(rawYear ? { year: Number(rawYear) } : {}),
      },
    };
  },
};

const quarterParser: FragmentParser = {
  name: 'nl-quarter',
  pattern: wordPattern(`(?:(${alternation(Object.keys(PERIOD_PARTS))})\\s+)?([QK]([1-4]))(?:\\s+(\\d{4}))?`),
  extract(match) {
    const [, rawPart, , quarter, rawYear] = match;
    const partEntry = rawPart ? PERIOD_PARTS[normalizeWords(rawPart)] : undefined;
    return {
      kind: 'period',
      period: {
        unit: 'quarter',
        part: partEntry?.part ?? 'whole',
        quarter: Number(quarter),
        ...(rawYear ? { year: Number(rawYear) } : {}),
      },
      ...(partEntry ? {} : { needsAnchor: true }),
    };
  },
};

const isoWeekParser: FragmentParser = {
  name: 'nl-iso-week',
  pattern: wordPattern(
    `(?:(${alternation(Object.keys(PERIOD_PARTS))})\\s+)?(?:week|wk)\\s*(\\d{1,2})(?:\\s+(?:van\\s+)?(\\d{4}))?`,
  ),
  extract(match) {
    const [, rawPart, rawWeek, rawYear] = match;
    const isoWeek = Number(rawWeek);
    if (isoWeek < 1 || isoWeek > 53) return null;
    const partEntry = rawPart ? PERIOD_PARTS[normalizeWords(rawPart)] : undefined;
    return {
      kind: 'period',
      period: {
        unit: 'week',
        part: partEntry?.part ?? 'whole',
        isoWeek,
        ...(rawYear ? { year: Number(rawYear) } : {}),
        ...(partEntry?.during ? { during: true } : {}),
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Fixed phrases

const SELF_STANDING_PARTS = new Set<PartOfDay>(['end-of-business', 'midnight', 'start-of-business']);
/** A part of day introduced like this is a time on its own ("'s middags", "in de ochtend", "voor de middag"). */
const ANCHORING_PREFIX = /^(?:'s|in de|voor|vóór|tussen|rond)\s/u;

/** "eind van de dag", "aan het einde van de werkdag", "tegen het eind van de middag", ... */
function endOfDayPhrases(): string[] {
  const phrases: string[] = [];
  for (const lead of ['', 'het ', 'aan het ', 'tegen het ']) {
    for (const end of ['eind', 'einde']) {
      for (const day of ['dag', 'werkdag', 'middag', 'kantoordag'])
        phrases.push(`${lead}${end} van de ${day}`);
    }
  }
  return phrases;
}

function dutchPhraseBook(): Map<string, Fragment> {
  const book = new Map<string, Fragment>();
  for (const phrase of endOfDayPhrases()) {
    book.set(phrase, { kind: 'time', time: { type: 'part', part: 'end-of-business' } });
  }
  for (const [phrase, entry] of Object.entries(RELATIVE_DAYS)) {
    const fragment: Fragment = { kind: 'day', day: { type: 'relative', days: entry.days } };
    if (entry.part) fragment.time = { type: 'part', part: entry.part };
    book.set(phrase, fragment);
  }
  for (const [phrase, part] of Object.entries(PARTS_OF_DAY)) {
    const needsAnchor = !SELF_STANDING_PARTS.has(part) && !ANCHORING_PREFIX.test(phrase);
    book.set(phrase, { kind: 'time', time: { type: 'part', part }, ...(needsAnchor ? { needsAnchor } : {}) });
  }
  for (const [phrase, holiday] of Object.entries(HOLIDAYS)) {
    book.set(phrase, { kind: 'day', day: { type: 'holiday', holiday }, needsAnchor: true });
  }
  for (const phrase of [
    'volgende werkdag',
    'de volgende werkdag',
    'eerstvolgende werkdag',
    'de eerstvolgende werkdag',
    'de werkdag erna',
  ]) {
    book.set(phrase, { kind: 'day', day: { type: 'business-day', offset: 1 } });
  }
  for (const lead of ['', 'direct ', 'meteen ']) {
    for (const which of ['het', 'dit', 'komend', 'het komende']) {
      book.set(`${lead}na ${which} weekend`, { kind: 'day', day: { type: 'after-weekend' } });
    }
  }
  book.set('binnen het uur', { kind: 'duration', duration: { amount: 1, unit: 'hour', direction: 1 } });
  book.set('binnen het kwartier', {
    kind: 'duration',
    duration: { amount: 15, unit: 'minute', direction: 1 },
  });
  return book;
}

export const dutchParsers: readonly FragmentParser[] = [
  phraseBookParser('nl-phrase-book', dutchPhraseBook()),
  weekdayParser,
  endOfNamedDayParser,
  dayOfMonthParser,
  durationParser,
  relativePeriodParser,
  namedMonthPeriodParser,
  weekOfMonthParser,
  quarterParser,
  isoWeekParser,
  spokenClockParser,
  bareHourParser,
  compactClockParser,
  clockParser,
];

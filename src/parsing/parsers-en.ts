/**
 * English deadline parsers. Each recognises one kind of phrase and says what it means symbolically; nothing here
 * knows the date, the zone or the business calendar.
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

export const EN_WEEKDAYS: Readonly<Record<string, IsoWeekday>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

const EN_WEEKDAY_ABBREVIATIONS: Readonly<Record<string, IsoWeekday>> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  weds: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const EN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  'twenty-four': 24,
  'twenty four': 24,
  thirty: 30,
  'forty-five': 45,
  'forty five': 45,
  'forty-eight': 48,
  'forty eight': 48,
  sixty: 60,
  ninety: 90,
};

const EN_CLOCK_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const EN_UNITS: Readonly<Record<string, DurationUnit>> = {
  sec: 'second',
  secs: 'second',
  second: 'second',
  seconds: 'second',
  min: 'minute',
  mins: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  'calendar day': 'day',
  'calendar days': 'day',
  'business day': 'business-day',
  'business days': 'business-day',
  'business-day': 'business-day',
  'business-days': 'business-day',
  'working day': 'business-day',
  'working days': 'business-day',
  'work day': 'business-day',
  'work days': 'business-day',
  workday: 'business-day',
  workdays: 'business-day',
  'biz day': 'business-day',
  'biz days': 'business-day',
  wk: 'week',
  wks: 'week',
  week: 'week',
  weeks: 'week',
  fortnight: 'week',
  fortnights: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
};

const NUMBER = `\\d+(?:[.,]\\d+)?|${alternation(Object.keys(EN_NUMBERS))}`;

// ---------------------------------------------------------------------------------------------------------------
// Days

const RELATIVE_DAYS: Readonly<Record<string, { days: number; part?: PartOfDay }>> = {
  today: { days: 0 },
  'later today': { days: 0 },
  'sometime today': { days: 0 },
  'some time today': { days: 0 },
  'end of today': { days: 0, part: 'end-of-business' },
  'the end of today': { days: 0, part: 'end-of-business' },
  tonight: { days: 0, part: 'evening' },
  tonite: { days: 0, part: 'evening' },
  'later tonight': { days: 0, part: 'evening' },
  tomorrow: { days: 1 },
  tmrw: { days: 1 },
  tmr: { days: 1 },
  tomorow: { days: 1 },
  tommorow: { days: 1 },
  tommorrow: { days: 1 },
  '2morrow': { days: 1 },
  'tomorrow night': { days: 1, part: 'evening' },
  'the day after tomorrow': { days: 2 },
  'day after tomorrow': { days: 2 },
  overmorrow: { days: 2 },
  yesterday: { days: -1 },
  'last night': { days: -1, part: 'evening' },
  'the day before yesterday': { days: -2 },
  'this morning': { days: 0, part: 'morning' },
  'this afternoon': { days: 0, part: 'afternoon' },
  'this arvo': { days: 0, part: 'afternoon' },
  'this evening': { days: 0, part: 'evening' },
  'later this morning': { days: 0, part: 'morning' },
  'later this afternoon': { days: 0, part: 'afternoon' },
  'later this evening': { days: 0, part: 'evening' },
};

const WEEKDAY_PREFIX_MODES: Readonly<Record<string, WeekdayMode>> = {
  this: 'this',
  'this coming': 'coming',
  coming: 'coming',
  upcoming: 'coming',
  next: 'next',
  last: 'last',
  past: 'last',
  previous: 'last',
  'next week': 'next-week',
  'this week': 'this-week',
};

const WEEKDAY_SUFFIX_MODES: Readonly<Record<string, WeekdayMode>> = {
  'next week': 'next-week',
  'of next week': 'next-week',
  'this week': 'this-week',
  'of this week': 'this-week',
  'this coming week': 'next-week',
  'last week': 'last',
  'of last week': 'last',
};

const LEAD_BEFORE_ABBREVIATION = /(?:^|[^\p{L}])(?:by|on|before|until|till|due|from|for)\s*$/iu;

/**
 * Whether a weekday abbreviation stands for a day: "Fri 27/11", "Fri.", "by Fri". "Sat" and "Sun" are also
 * English words, so they need more than a capital letter.
 */
function abbreviationIsWeekday(word: string, hasDot: boolean, before: string, after: string): boolean {
  if (hasDot || /^\s*,?\s*\d/u.test(after)) return true;
  if (before.trim() === '' && /^\s*[.!?]?\s*$/u.test(after)) return true;
  if (LEAD_BEFORE_ABBREVIATION.test(before)) return true;
  const lower = word.toLowerCase();
  if (lower === 'sat' || lower === 'sun') return false;
  return word[0] === word[0]?.toUpperCase();
}

const weekdayParser: FragmentParser = {
  name: 'en-weekday',
  pattern: new RegExp(
    `${WORD_START}(?:(${alternation(Object.keys(WEEKDAY_PREFIX_MODES))})\\s+)?` +
      `(${alternation([...Object.keys(EN_WEEKDAYS), ...Object.keys(EN_WEEKDAY_ABBREVIATIONS)])})(\\.)?` +
      `(?:\\s+(${alternation(Object.keys(WEEKDAY_SUFFIX_MODES))}))?${WORD_END}`,
    'iu',
  ),
  extract(match, text) {
    const [whole, prefix, word = '', dot, suffix] = match;
    const lower = word.toLowerCase();
    let weekday = EN_WEEKDAYS[lower];
    if (!weekday) {
      weekday = EN_WEEKDAY_ABBREVIATIONS[lower];
      const end = match.index + whole.length;
      const before =
        match.index > 12 ? text.slice(match.index - 12, match.index) : text.slice(0, match.index);
      if (!weekday) return null;
      if (!prefix && !suffix && !abbreviationIsWeekday(word, dot !== undefined, before, text.slice(end)))
        return null;
    }
    let mode: WeekdayMode = 'plain';
    if (prefix) mode = WEEKDAY_PREFIX_MODES[normalizeWords(prefix)] ?? 'plain';
    if (suffix) mode = WEEKDAY_SUFFIX_MODES[normalizeWords(suffix)] ?? mode;
    return { kind: 'day', day: { type: 'weekday', weekday, mode } };
  },
};

/** "the end of Monday", "close of tomorrow": that day's end of business. */
const endOfNamedDayParser: FragmentParser = {
  name: 'en-end-of-named-day',
  pattern: wordPattern(
    `(?:the\\s+)?(?:end|close)\\s+of\\s+(?:(this|next)\\s+)?(${alternation([...Object.keys(EN_WEEKDAYS), 'today', 'tomorrow'])})`,
  ),
  extract(match) {
    const [, modifier, word = ''] = match;
    const lower = word.toLowerCase();
    const time = { type: 'part', part: 'end-of-business' } as const;
    if (lower === 'today' || lower === 'tomorrow') {
      return modifier
        ? null
        : { kind: 'day', day: { type: 'relative', days: lower === 'today' ? 0 : 1 }, time };
    }
    const weekday = EN_WEEKDAYS[lower];
    if (!weekday) return null;
    const mode = modifier?.toLowerCase() === 'next' ? 'next' : modifier ? 'this' : 'plain';
    return { kind: 'day', day: { type: 'weekday', weekday, mode }, time };
  },
};

/** "the 27th", "on the 3rd of next month". Needs "the" or a clear ending so that "3rd option" is not a date. */
const dayOfMonthParser: FragmentParser = {
  name: 'en-day-of-month',
  pattern: new RegExp(
    `${WORD_START}(the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(this|the|next)\\s+month)?` +
      `(?=\\s*$|\\s*[,;:!?)]|\\s*\\.(?!\\d)|\\s+(?:at|by|before|and|or|latest|eod|cob|in\\s+the|\\d))`,
    'iu',
  ),
  extract(match, text) {
    const [, the, rawDay, monthWord] = match;
    const day = Number(rawDay);
    if (day < 1 || day > 31) return null;
    if (!the) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (!/(?:^|[^\p{L}])(?:by|on|before|until|till|due|for)\s*$/iu.test(before) && before.trim() !== '')
        return null;
    }
    const monthOffset = monthWord?.toLowerCase() === 'next' ? 1 : undefined;
    return {
      kind: 'day',
      day: { type: 'day-of-month', day, ...(monthOffset !== undefined ? { monthOffset } : {}) },
    };
  },
};

const HOLIDAYS: Readonly<Record<string, HolidayName>> = {
  christmas: 'christmas',
  'christmas day': 'christmas',
  xmas: 'christmas',
  'x-mas': 'christmas',
  'the holidays': 'christmas',
  'the christmas holidays': 'christmas',
  'christmas eve': 'christmas-eve',
  'boxing day': 'boxing-day',
  'new year': 'new-year',
  'the new year': 'new-year',
  "new year's": 'new-year',
  'new years': 'new-year',
  "new year's day": 'new-year',
  'new years day': 'new-year',
  "new year's eve": 'new-years-eve',
  'new years eve': 'new-years-eve',
  easter: 'easter',
  'easter monday': 'easter-monday',
  'good friday': 'good-friday',
  'ascension day': 'ascension',
  pentecost: 'pentecost',
  whitsun: 'pentecost',
  "king's day": 'kings-day',
  'kings day': 'kings-day',
  thanksgiving: 'thanksgiving',
};

// ---------------------------------------------------------------------------------------------------------------
// Times of day

const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'morning',
  'the morning': 'morning',
  'mid-morning': 'morning',
  midmorning: 'morning',
  'late morning': 'morning',
  'early morning': 'morning',
  'end of the morning': 'morning',
  'the end of the morning': 'morning',
  afternoon: 'afternoon',
  'the afternoon': 'afternoon',
  'mid-afternoon': 'afternoon',
  'early afternoon': 'afternoon',
  'late afternoon': 'afternoon',
  arvo: 'afternoon',
  evening: 'evening',
  'the evening': 'evening',
  night: 'evening',
  'the night': 'evening',
  noon: 'noon',
  '12 noon': 'noon',
  midday: 'noon',
  'mid-day': 'noon',
  lunch: 'noon',
  lunchtime: 'noon',
  'lunch time': 'noon',
  midnight: 'midnight',
  '12 midnight': 'midnight',
  eod: 'end-of-business',
  'e.o.d.': 'end-of-business',
  'e.o.d': 'end-of-business',
  eob: 'end-of-business',
  'e.o.b.': 'end-of-business',
  cob: 'end-of-business',
  'c.o.b.': 'end-of-business',
  'c.o.b': 'end-of-business',
  eop: 'end-of-business',
  'end of day': 'end-of-business',
  'end of the day': 'end-of-business',
  'the end of the day': 'end-of-business',
  'the end of day': 'end-of-business',
  'end of business': 'end-of-business',
  'end of business day': 'end-of-business',
  'the end of business': 'end-of-business',
  'end of the business day': 'end-of-business',
  'the end of the business day': 'end-of-business',
  'end of the working day': 'end-of-business',
  'the end of the working day': 'end-of-business',
  'end of the work day': 'end-of-business',
  'end of the workday': 'end-of-business',
  'end of working day': 'end-of-business',
  'end of work': 'end-of-business',
  'close of business': 'end-of-business',
  'the close of business': 'end-of-business',
  'close of business day': 'end-of-business',
  'close of day': 'end-of-business',
  'close of play': 'end-of-business',
  'end of play': 'end-of-business',
  'end of the afternoon': 'afternoon',
  'the end of the afternoon': 'afternoon',
  'first thing': 'start-of-business',
  'first thing in the morning': 'start-of-business',
  'start of business': 'start-of-business',
  'the start of business': 'start-of-business',
  'start of day': 'start-of-business',
  'start of the day': 'start-of-business',
  'the start of the day': 'start-of-business',
  'start of the business day': 'start-of-business',
  'start of the working day': 'start-of-business',
  'beginning of the day': 'start-of-business',
  'the beginning of the day': 'start-of-business',
  'beginning of the business day': 'start-of-business',
  'opening time': 'start-of-business',
};

const CLOCK_LEADS = [
  'by',
  'before',
  'until',
  'till',
  'til',
  'at',
  'around',
  'about',
  'no later than',
  'not later than',
];

const CLOCK_FOLLOWERS = [
  'today',
  'tomorrow',
  'tonight',
  'this',
  'next',
  'on',
  'at',
  'and',
  'or',
  'latest',
  'at the latest',
  'sharp',
  'then',
  ...Object.keys(EN_WEEKDAYS),
];

const CLOCK_END = `(?=\\s*$|\\s*[,;!?)]|\\s*[:.](?!\\d)|\\s+(?:${alternation(CLOCK_FOLLOWERS)})${WORD_END})`;

/** "by 5", "at 4 o'clock": a bare hour after a preposition. */
const bareHourParser: FragmentParser = {
  name: 'en-bare-hour',
  pattern: new RegExp(
    `${WORD_START}(?:${alternation(CLOCK_LEADS)})\\s+(\\d{1,2}|${alternation(Object.keys(EN_CLOCK_NUMBERS))})(?:\\s*o'?\\s*clock)?${CLOCK_END}`,
    'iu',
  ),
  extract(match) {
    const hour = parseAmount(match[1] ?? '', EN_CLOCK_NUMBERS);
    if (hour === null || !Number.isInteger(hour) || hour > 24) return null;
    return {
      kind: 'time',
      time: { type: 'clock', hour, minute: 0, zeroPadded: /^0\d/u.test(match[1] ?? '') },
    };
  },
};

/** "half past 3", "quarter to 5". */
const spokenClockParser: FragmentParser = {
  name: 'en-spoken-clock',
  pattern: wordPattern(
    `(half\\s+past|(?:a\\s+)?quarter\\s+past|(?:a\\s+)?quarter\\s+to|(?:a\\s+)?quarter\\s+of)\\s+(\\d{1,2}|${alternation(Object.keys(EN_CLOCK_NUMBERS))})`,
  ),
  extract(match) {
    const relation = normalizeWords(match[1] ?? '');
    const hour = parseAmount(match[2] ?? '', EN_CLOCK_NUMBERS);
    if (hour === null || hour < 1 || hour > 12) return null;
    if (relation.startsWith('half')) return { kind: 'time', time: { type: 'clock', hour, minute: 30 } };
    if (relation.endsWith('past')) return { kind: 'time', time: { type: 'clock', hour, minute: 15 } };
    return { kind: 'time', time: { type: 'clock', hour: hour - 1, minute: 45, spokenHour: hour } };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Durations

const DURATION_PREFIXES = [
  'in',
  'within',
  'inside',
  'inside of',
  'in the next',
  'within the next',
  'over the next',
  'during the next',
  'in about',
  'in around',
  'within about',
  'in roughly',
  'in approximately',
];

const DURATION_SUFFIXES: Readonly<Record<string, 1 | -1>> = {
  'from now': 1,
  'from today': 1,
  'from tomorrow': 1,
  ago: -1,
};

const durationParser: FragmentParser = {
  name: 'en-duration',
  pattern: new RegExp(
    `${WORD_START}(?:(${alternation(DURATION_PREFIXES)})\\s+)?` +
      `(?:(${NUMBER})\\s*(?:-|–|to|or)\\s*)?` +
      `(a\\s+couple\\s+(?:of\\s+)?|couple\\s+of\\s+|half\\s+an?\\s+|${NUMBER})(\\s+and\\s+a\\s+half)?\\s*` +
      `(?:more\\s+)?(${alternation(Object.keys(EN_UNITS))})(\\s+and\\s+a\\s+half)?` +
      `(?:\\s+or\\s+(${NUMBER}))?` +
      `(?:\\s+(${alternation(Object.keys(DURATION_SUFFIXES))}))?${WORD_END}`,
    'iu',
  ),
  extract(match) {
    const [, prefix, rawLower, rawAmount = '', halfAfterAmount, rawUnit = '', halfAfterUnit, rawOr, suffix] =
      match;
    if (!prefix && !suffix) return null;
    const unit = EN_UNITS[normalizeWords(rawUnit)];
    if (!unit) return null;
    const amountWords = normalizeWords(rawAmount);
    let amount: number | null;
    let fuzzy = false;
    if (amountWords.startsWith('a couple') || amountWords.startsWith('couple')) {
      amount = 2;
      fuzzy = true;
    } else if (amountWords.startsWith('half')) {
      amount = 0.5;
    } else {
      amount = parseAmount(amountWords, EN_NUMBERS);
      // "in a sec", "in a minute": a figure of speech, not a deadline.
      if ((amountWords === 'a' || amountWords === 'an') && (unit === 'second' || unit === 'minute'))
        return null;
    }
    if (amount === null) return null;
    if (halfAfterAmount || halfAfterUnit) amount += 0.5;
    if (/^fortnight/iu.test(rawUnit)) amount *= 2;
    let lowerAmount: number | undefined;
    if (rawLower !== undefined) {
      const lower = parseAmount(rawLower, EN_NUMBERS);
      if (lower === null) return null;
      lowerAmount = lower;
    }
    if (rawOr !== undefined) {
      const upper = parseAmount(rawOr, EN_NUMBERS);
      if (upper === null) return null;
      lowerAmount = amount;
      amount = upper;
    }
    if (!(amount > 0) || amount > 1000) return null;
    const direction = suffix ? (DURATION_SUFFIXES[normalizeWords(suffix)] ?? 1) : 1;
    return {
      kind: 'duration',
      duration: {
        amount,
        unit,
        direction,
        ...(lowerAmount !== undefined && lowerAmount < amount ? { lowerAmount } : {}),
        ...(fuzzy ? { fuzzy } : {}),
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Periods

const PERIOD_PARTS: Readonly<Record<string, { part: PeriodPart; during?: boolean }>> = {
  'end of': { part: 'end' },
  'the end of': { part: 'end' },
  'close of': { part: 'end' },
  'the close of': { part: 'end' },
  early: { part: 'early' },
  'beginning of': { part: 'early' },
  'the beginning of': { part: 'early' },
  'start of': { part: 'early' },
  'the start of': { part: 'early' },
  'first half of': { part: 'early' },
  'the first half of': { part: 'early' },
  mid: { part: 'mid' },
  'middle of': { part: 'mid' },
  'the middle of': { part: 'mid' },
  'halfway through': { part: 'mid' },
  late: { part: 'late' },
  later: { part: 'late' },
  'towards the end of': { part: 'late' },
  'toward the end of': { part: 'late' },
  'second half of': { part: 'late' },
  'the second half of': { part: 'late' },
  sometime: { part: 'whole', during: true },
  'some time': { part: 'whole', during: true },
  'sometime during': { part: 'whole', during: true },
  during: { part: 'whole', during: true },
  'in the course of': { part: 'whole', during: true },
  'over the course of': { part: 'whole', during: true },
  over: { part: 'whole', during: true },
  throughout: { part: 'whole', during: true },
};

const PERIOD_MODIFIERS: Readonly<Record<string, number>> = {
  this: 0,
  the: 0,
  current: 0,
  'the current': 0,
  next: 1,
  'the next': 1,
  'the following': 1,
  coming: 1,
  'the coming': 1,
  'this coming': 1,
  upcoming: 1,
  last: -1,
  previous: -1,
  past: -1,
  'the last': -1,
  'the previous': -1,
};

const PERIOD_UNITS: Readonly<Record<string, PeriodUnit>> = {
  week: 'week',
  wk: 'week',
  weekend: 'weekend',
  month: 'month',
  quarter: 'quarter',
  qtr: 'quarter',
  year: 'year',
};

const PERIOD_ABBREVIATIONS: Readonly<Record<string, { unit: PeriodUnit; part: PeriodPart }>> = {
  eow: { unit: 'week', part: 'end' },
  'e.o.w.': { unit: 'week', part: 'end' },
  'end of week': { unit: 'week', part: 'end' },
  'end of the business week': { unit: 'week', part: 'end' },
  'the end of the business week': { unit: 'week', part: 'end' },
  'end of the working week': { unit: 'week', part: 'end' },
  'the end of the working week': { unit: 'week', part: 'end' },
  'end of the work week': { unit: 'week', part: 'end' },
  'end of business week': { unit: 'week', part: 'end' },
  'within the week': { unit: 'week', part: 'end' },
  'within the month': { unit: 'month', part: 'end' },
  'end of the week': { unit: 'week', part: 'end' },
  'week end': { unit: 'week', part: 'end' },
  midweek: { unit: 'week', part: 'mid' },
  'mid-week': { unit: 'week', part: 'mid' },
  eom: { unit: 'month', part: 'end' },
  'e.o.m.': { unit: 'month', part: 'end' },
  'month end': { unit: 'month', part: 'end' },
  'month-end': { unit: 'month', part: 'end' },
  'end of month': { unit: 'month', part: 'end' },
  eoq: { unit: 'quarter', part: 'end' },
  'quarter end': { unit: 'quarter', part: 'end' },
  'quarter-end': { unit: 'quarter', part: 'end' },
  'end of quarter': { unit: 'quarter', part: 'end' },
  eoy: { unit: 'year', part: 'end' },
  'e.o.y.': { unit: 'year', part: 'end' },
  'year end': { unit: 'year', part: 'end' },
  'year-end': { unit: 'year', part: 'end' },
  'end of year': { unit: 'year', part: 'end' },
};

const relativePeriodParser: FragmentParser = {
  name: 'en-relative-period',
  pattern: wordPattern(
    `(?:(${alternation(Object.keys(PERIOD_PARTS))})[\\s-]*)?(?:(${alternation(Object.keys(PERIOD_MODIFIERS))})\\s+)?` +
      `(?:(week|month|quarter|year)\\s+after\\s+next|(${alternation(Object.keys(PERIOD_UNITS))}))`,
  ),
  extract(match) {
    const [, rawPart, rawModifier, afterNextUnit, rawUnit] = match;
    const partEntry = rawPart ? PERIOD_PARTS[normalizeWords(rawPart)] : undefined;
    let offset = rawModifier !== undefined ? PERIOD_MODIFIERS[normalizeWords(rawModifier)] : undefined;
    let unit: PeriodUnit | undefined;
    if (afterNextUnit) {
      unit = PERIOD_UNITS[afterNextUnit.toLowerCase()];
      offset = 2;
    } else {
      unit = rawUnit ? PERIOD_UNITS[rawUnit.toLowerCase()] : undefined;
    }
    if (!unit) return null;
    // "the week" on its own is not a period; "over the weekend" is; "the weekend" needs a preposition.
    if (!partEntry && !afterNextUnit && (rawModifier === undefined || offset === undefined)) return null;
    const isBareThe = !afterNextUnit && rawModifier !== undefined && normalizeWords(rawModifier) === 'the';
    if (!partEntry && isBareThe && unit !== 'weekend') return null;
    // "over" only introduces a weekend ("over the weekend"); "over the week" is unusual and "over the next" is a duration.
    if (rawPart && normalizeWords(rawPart) === 'over' && unit !== 'weekend') return null;
    // Without "this"/"next" ("end of week", "by the end of the month") the current one is meant while it lasts.
    const explicit = offset !== undefined && !(isBareThe && partEntry);
    const period: PeriodRef = {
      unit,
      part: partEntry?.part ?? 'whole',
      ...(explicit ? { offset } : {}),
      ...(partEntry?.during ? { during: true } : {}),
    };
    const needsAnchor = !partEntry && isBareThe;
    return { kind: 'period', period, ...(needsAnchor ? { needsAnchor } : {}) };
  },
};

const namedMonthPeriodParser: FragmentParser = {
  name: 'en-named-month-period',
  pattern: wordPattern(
    `(${alternation(Object.keys(PERIOD_PARTS).filter((p) => p !== 'over'))})[\\s-]*(?:of\\s+)?` +
      `(${alternation(Object.keys(EN_MONTHS))})\\.?(?:\\s*,?\\s*(\\d{4}))?`,
  ),
  extract(match) {
    const [, rawPart = '', rawMonth = '', rawYear] = match;
    const partEntry = PERIOD_PARTS[normalizeWords(rawPart)];
    const month = EN_MONTHS[rawMonth.toLowerCase()];
    if (!partEntry || !month) return null;
    // "may" is a verb: "we may" is not May. Require the capital for the bare word.
    if (rawMonth === 'may' || rawMonth === 'march') return null;
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
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: -1,
  final: -1,
};

/** 'the first week of December', 'the last week of next month'. */
const weekOfMonthParser: FragmentParser = {
  name: 'en-week-of-month',
  pattern: wordPattern(
    `(?:the\\s+)?(${alternation(Object.keys(WEEK_ORDINALS))})\\s+week\\s+(?:of|in)\\s+(?:(this|the|next)\\s+(?:month|maand)|(${alternation(Object.keys(EN_MONTHS))})\\.?(?:\\s*,?\\s*(\\d{4}))?)`,
  ),
  extract(match) {
    const [, ordinal = '', relative, rawMonth, rawYear] = match;
    const weekOfMonth = WEEK_ORDINALS[ordinal.toLowerCase()];
    if (weekOfMonth === undefined) return null;
    if (relative) {
      const offset = ['next'].includes(relative.toLowerCase()) ? 1 : 0;
      return { kind: 'period', period: { unit: 'month', part: 'whole', offset, weekOfMonth } };
    }
    const month = rawMonth ? EN_MONTHS[rawMonth.toLowerCase()] : undefined;
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
  name: 'en-quarter',
  pattern: wordPattern(`(?:(${alternation(Object.keys(PERIOD_PARTS))})\\s+)?(Q([1-4]))(?:\\s+(\\d{4}))?`),
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
  name: 'en-iso-week',
  pattern: wordPattern(
    `(?:(${alternation(Object.keys(PERIOD_PARTS).filter((p) => p !== 'over'))})\\s+)?(?:week|wk)\\s*(\\d{1,2})(?:\\s+(?:of\\s+)?(\\d{4}))?`,
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

/** Parts of day that read as a deadline on their own; the others ("morning", "lunch") need a day or preposition. */
const SELF_STANDING_PARTS = new Set<PartOfDay>(['end-of-business', 'midnight', 'start-of-business']);

function englishPhraseBook(): Map<string, Fragment> {
  const book = new Map<string, Fragment>();
  for (const [phrase, entry] of Object.entries(RELATIVE_DAYS)) {
    const fragment: Fragment = { kind: 'day', day: { type: 'relative', days: entry.days } };
    if (entry.part) fragment.time = { type: 'part', part: entry.part };
    book.set(phrase, fragment);
  }
  for (const [phrase, part] of Object.entries(PARTS_OF_DAY)) {
    const needsAnchor = !SELF_STANDING_PARTS.has(part);
    book.set(phrase, { kind: 'time', time: { type: 'part', part }, ...(needsAnchor ? { needsAnchor } : {}) });
    for (const prefix of ['in the', 'during the']) {
      if (!phrase.startsWith('the ') && /^(?:morning|afternoon|evening|night)$/u.test(phrase)) {
        book.set(`${prefix} ${phrase}`, { kind: 'time', time: { type: 'part', part } });
      }
    }
  }
  for (const [phrase, holiday] of Object.entries(HOLIDAYS)) {
    book.set(phrase, { kind: 'day', day: { type: 'holiday', holiday }, needsAnchor: true });
  }
  for (const [phrase, entry] of Object.entries(PERIOD_ABBREVIATIONS)) {
    book.set(phrase, { kind: 'period', period: { unit: entry.unit, part: entry.part } });
  }
  for (const article of ['', 'the ']) {
    for (const first of ['next', 'following', 'first']) {
      for (const kind of ['business', 'working', 'work']) {
        for (const joiner of [' ', '-', '']) {
          book.set(`${article}${first} ${kind}${joiner}day`, {
            kind: 'day',
            day: { type: 'business-day', offset: 1 },
          });
        }
      }
    }
  }
  for (const phrase of ['after the weekend', 'right after the weekend', 'straight after the weekend']) {
    book.set(phrase, { kind: 'day', day: { type: 'after-weekend' } });
  }
  for (const phrase of ['within the hour', 'within the next hour', 'in the next hour']) {
    book.set(phrase, { kind: 'duration', duration: { amount: 1, unit: 'hour', direction: 1 } });
  }
  return book;
}

export const englishParsers: readonly FragmentParser[] = [
  phraseBookParser('en-phrase-book', englishPhraseBook()),
  weekdayParser,
  endOfNamedDayParser,
  dayOfMonthParser,
  durationParser,
  relativePeriodParser,
  namedMonthPeriodParser,
  weekOfMonthParser,
  quarterParser,
  isoWeekParser,
  bareHourParser,
  spokenClockParser,
];

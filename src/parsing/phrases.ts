/**
 * From fragments to deadline phrases: our parsers' fragments and chrono's results (translated into fragments from
 * their certain components) are de-duplicated, then a pipeline of small pure refiners joins neighbouring fragments
 * ("Friday" + "5pm", "woensdag" of "donderdag") and attaches the prepositions around them ("by", "uiterlijk",
 * "at the latest").
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DayRef, Fragment, TimeRef, ZoneRef } from './fragments.js';
import { alternation, type FoundFragment } from './pattern-kit.js';

/**
 * What the words in front of a phrase do to it: `before` ("before Monday" = the start of Monday), `by` (a
 * deadline word: "by", "uiterlijk"), `on` ("on Christmas": the day itself), `neutral` ("at", "in", "om"),
 * `ineligible` ("after", "since", "vanaf": not a deadline), `none`.
 */
export type LeadKind = 'none' | 'neutral' | 'on' | 'by' | 'before' | 'ineligible';

export interface Reading {
  fragment: Fragment;
  zone?: ZoneRef;
}

export interface Phrase {
  start: number;
  end: number;
  /** One reading; several for "Wednesday or Thursday" (`or`) and "between Monday and Wednesday" (`range`). */
  readings: Reading[];
  join?: 'or' | 'range';
  lead: LeadKind;
  /** The text marks it as the hard limit: "at the latest", "uiterlijk", "no later than". */
  firm?: boolean;
}

export type PhraseRefiner = (phrases: Phrase[], text: string) => Phrase[];

// ---------------------------------------------------------------------------------------------------------------
// chrono's results

function certain(components: ParsedComponents, name: Parameters<ParsedComponents['get']>[0]): number | null {
  return components.isCertain(name) ? components.get(name) : null;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const FULL_MONTH_NAME =
  /(?<![\p{L}])(?:january|february|march|april|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)(?![\p{L}])/iu;

function fragmentFromComponents(components: ParsedComponents, text: string): Reading | null {
  const day = certain(components, 'day');
  const month = certain(components, 'month');
  const year = certain(components, 'year');
  const hour = certain(components, 'hour');
  const meridiem = certain(components, 'meridiem');
  const offset = certain(components, 'timezoneOffset');
  const time: TimeRef | undefined =
    hour === null
      ? undefined
      : {
          type: 'clock',
          hour,
          minute: components.get('minute') ?? 0,
          ...(meridiem !== null ? { meridiem: meridiem === 1 ? 'pm' : 'am' } : {}),
          zeroPadded: /(?:^|[^\d])0\d[:.]\d\d/u.test(text),
        };
  let fragment: Fragment | null = null;
  if (month !== null && day !== null) {
    const dayRef: DayRef = { type: 'calendar', month, day, ...(year !== null ? { year } : {}) };
    fragment = { kind: 'day', day: dayRef, ...(time ? { time } : {}) };
  } else if (month !== null) {
    // A month on its own only when written in full: "Jan" is a name, "mar" and "may" are words.
    if (year === null && !FULL_MONTH_NAME.test(text)) return null;
    fragment = {
      kind: 'period',
      period: { unit: 'month', part: 'whole', month, ...(year !== null ? { year } : {}) },
      ...(time ? { time } : {}),
    };
  } else if (time) {
    // A bare "5" is left to our clock parsers, which check what follows ("om 5 klanten" is no time); a bare
    // "2 uur" can be a duration ("ik heb 2 uur gewacht"), so it needs a day or a preposition.
    const trimmed = text.trim();
    if (/^(?:at|om|from)?\s*\d{1,2}$/iu.test(trimmed)) return null;
    const bareHour = /^\d{1,2}\s*(?:uur|o'?\s*clock)$/iu.test(trimmed);
    fragment = { kind: 'time', time, ...(bareHour ? { needsAnchor: true } : {}) };
  }
  if (!fragment) return null;
  return offset !== null
    ? { fragment, zone: { timeZone: formatOffset(offset), label: formatOffset(offset) } }
    : { fragment };
}

/** One phrase per chrono result, read from its certain components. */
export function phraseFromResult(result: ParsedResult): Phrase | null {
  const start = result.index;
  const end = result.index + result.text.length;
  const first = fragmentFromComponents(result.start, result.text);
  if (!first) return null;
  const last = result.end ? fragmentFromComponents(result.end, result.text) : null;
  if (last) return { start, end, readings: [first, last], join: 'range', lead: 'none' };
  return { start, end, readings: [first], lead: 'none' };
}

export function phraseFromFragment(found: FoundFragment): Phrase {
  return {
    start: found.index,
    end: found.index + found.text.length,
    readings: [{ fragment: found.fragment }],
    lead: 'none',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function single(phrase: Phrase): Reading | null {
  return phrase.readings.length === 1 && !phrase.join ? (phrase.readings[0] ?? null) : null;
}

function gap(text: string, left: Phrase, right: Phrase): string | null {
  return right.start >= left.end ? text.slice(left.end, right.start) : null;
}

/** Walks neighbours left to right; `merge` returns the joined phrase or `null` to leave them apart. */
function mergeNeighbours(
  phrases: Phrase[],
  text: string,
  merge: (left: Phrase, right: Phrase, between: string) => Phrase | null,
): Phrase[] {
  const out: Phrase[] = [];
  for (const phrase of phrases) {
    const previous = out[out.length - 1];
    const between = previous ? gap(text, previous, phrase) : null;
    const merged = previous && between !== null ? merge(previous, phrase, between) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(phrase);
  }
  return out;
}

function isTimeOnly(fragment: Fragment): fragment is Extract<Fragment, { kind: 'time' }> {
  return fragment.kind === 'time';
}

function withoutAnchor(fragment: Fragment): Fragment {
  if (!('needsAnchor' in fragment) || !fragment.needsAnchor) return fragment;
  const { needsAnchor: _dropped, ...rest } = fragment;
  return rest as Fragment;
}

/** The clock reading of "3" said together with "afternoon": a part of day fixes the half of the day. */
function clockWithPart(clock: TimeRef, part: TimeRef): TimeRef {
  if (clock.type !== 'clock' || part.type !== 'part' || clock.meridiem) return clock;
  if (part.part === 'morning') return { ...clock, meridiem: 'am' };
  if (part.part === 'afternoon' || part.part === 'evening' || part.part === 'end-of-business') {
    return clock.hour <= 12 ? { ...clock, meridiem: 'pm' } : clock;
  }
  return clock;
}

// ---------------------------------------------------------------------------------------------------------------
// Refiners

/** "5pm ET", "15:00 (CET)": a zone right after a time or date belongs to it; a zone alone means nothing. */
export const attachZones: PhraseRefiner = (phrases, text) => {
  const out: Phrase[] = [];
  for (const phrase of phrases) {
    const reading = single(phrase);
    if (reading?.fragment.kind === 'zone') {
      const previous = out[out.length - 1];
      const between = previous ? gap(text, previous, phrase) : null;
      if (previous && between !== null && /^\s*$/u.test(between)) {
        const zone = reading.fragment.zone;
        out[out.length - 1] = {
          ...previous,
          end: phrase.end,
          readings: previous.readings.map((r) => (r.fragment.kind === 'duration' ? r : { ...r, zone })),
        };
      }
      continue;
    }
    out.push(phrase);
  }
  return out;
};

/** "Friday, November 27", "vrijdag 27-11", "Friday the 27th": the date says it all; the weekday is a label. */
export const mergeWeekdayWithDate: PhraseRefiner = (phrases, text) =>
  mergeNeighbours(phrases, text, (left, right, between) => {
    const a = single(left);
    const b = single(right);
    if (!a || !b || a.fragment.kind !== 'day' || b.fragment.kind !== 'day') return null;
    if (a.fragment.day.type !== 'weekday' || a.fragment.time) return null;
    const dated = b.fragment.day.type;
    if (dated !== 'calendar' && dated !== 'numeric' && dated !== 'day-of-month') return null;
    if (!/^\s*,?\s*(?:the\s+|de\s+)?$/iu.test(between)) return null;
    return { ...right, start: left.start };
  });

const CLOCK_PART_GAP = /^\s*,?\s*(?:(?:at|om|around|rond|in\s+the)\s*)?$/iu;

/** "3 uur 's middags", "tonight at 8", "morgenochtend om 10 uur": the clock time, in the half of day named. */
export const mergeClockWithPart: PhraseRefiner = (phrases, text) =>
  mergeNeighbours(phrases, text, (left, right, between) => {
    const a = single(left);
    const b = single(right);
    if (!a || !b || !CLOCK_PART_GAP.test(between)) return null;
    const pick = (x: Fragment, y: Fragment): Fragment | null => {
      // x carries the clock, y the part of the day
      const clock = x.kind === 'time' || x.kind === 'day' ? x.time : undefined;
      const part = y.kind === 'time' || y.kind === 'day' ? y.time : undefined;
      if (clock?.type !== 'clock' || part?.type !== 'part') return null;
      if (x.kind === 'day' && y.kind === 'day') return null;
      const time = clockWithPart(clock, part);
      if (x.kind === 'day') return { kind: 'day', day: x.day, time };
      if (y.kind === 'day') return { kind: 'day', day: y.day, time };
      return { kind: 'time', time };
    };
    const fragment = pick(a.fragment, b.fragment) ?? pick(b.fragment, a.fragment);
    if (!fragment) return null;
    const zone = a.zone ?? b.zone;
    return {
      start: left.start,
      end: right.end,
      readings: [{ fragment, ...(zone ? { zone } : {}) }],
      lead: 'none',
    };
  });

const DAY_TIME_GAP = new RegExp(
  `^\\s*,?\\s*(?:(?:${alternation(['at', 'on', 'by', 'before', 'around', 'about', '@', 'om', 'op', 'voor', 'vóór', 'uiterlijk', 'tegen', 'rond', 'omstreeks', '-', '–'])})\\s*)?,?\\s*$`,
  'iu',
);

/** "Friday 5pm", "EOD Monday", "morgen om half 10", "end of next week at 3pm". */
export const mergeDayWithTime: PhraseRefiner = (phrases, text) =>
  mergeNeighbours(phrases, text, (left, right, between) => {
    const a = single(left);
    const b = single(right);
    if (!a || !b || !DAY_TIME_GAP.test(between)) return null;
    const join = (dated: Fragment, timed: Fragment): Fragment | null => {
      if (!isTimeOnly(timed)) return null;
      if (dated.kind === 'day' && !dated.time)
        return { ...withoutAnchor(dated), time: timed.time } as Fragment;
      // A period does not anchor a bare part of day: "Good morning Jan" is no deadline in January.
      if (dated.kind === 'period' && !dated.time && !timed.needsAnchor) {
        return { ...withoutAnchor(dated), time: timed.time } as Fragment;
      }
      return null;
    };
    const fragment = join(a.fragment, b.fragment) ?? join(b.fragment, a.fragment);
    if (!fragment) return null;
    const zone = a.zone ?? b.zone;
    return {
      start: left.start,
      end: right.end,
      readings: [{ fragment, ...(zone ? { zone } : {}) }],
      lead: 'none',
    };
  });

/** A time-only reading next to a dated one takes its day: "Friday at 3 or 4", "maandag tussen 2 en 4". */
function inheritDay(dated: Reading, other: Reading): Reading {
  if (other.fragment.kind !== 'time') return other;
  const base = dated.fragment;
  if (base.kind === 'day')
    return { ...other, fragment: { kind: 'day', day: base.day, time: other.fragment.time } };
  if (base.kind === 'period')
    return { ...other, fragment: { kind: 'period', period: base.period, time: other.fragment.time } };
  return other;
}

/** "Wednesday or Thursday", "woensdag of donderdag", "Wed/Thu": both readings; the later one will be the deadline. */
export const mergeAlternatives: PhraseRefiner = (phrases, text) =>
  mergeNeighbours(phrases, text, (left, right, between) => {
    if (!/^\s*(?:or|of|\/|or\s+else|or\s+maybe|of\s+anders)\s*$/iu.test(between)) return null;
    if (left.join === 'range' || right.join === 'range') return null;
    const first = left.readings[0];
    if (!first) return null;
    const readings = [...left.readings, ...right.readings.map((r) => inheritDay(first, r))];
    if (readings.some((r) => r.fragment.kind === 'zone')) return null;
    return { start: left.start, end: right.end, readings, join: 'or', lead: 'none' };
  });

const RANGE_OPENERS = /(^|[^\p{L}])(between|tussen|from|van|vanaf)\s+$/iu;

/** "between Monday and Wednesday", "van maandag t/m woensdag", "Nov 26 - Nov 28": the end of the range counts. */
export const mergeRanges: PhraseRefiner = (phrases, text) =>
  mergeNeighbours(phrases, text, (left, right, between) => {
    const connector = /^\s*(-|–|—|to|until|till|through|thru|t\/m|tot\s+en\s+met|tot|and|en)\s*$/iu.exec(
      between,
    );
    if (!connector || left.join || right.join) return null;
    const word = (connector[1] ?? '').toLowerCase();
    const windowStart = Math.max(0, left.start - 12);
    const opener = RANGE_OPENERS.exec(text.slice(windowStart, left.start));
    const openerWord = opener?.[2]?.toLowerCase();
    if ((word === 'and' || word === 'en') && openerWord !== 'between' && openerWord !== 'tussen') return null;
    if (word === 'tot' && !openerWord) return null;
    const first = left.readings[0];
    const last = right.readings[0];
    if (!first || !last) return null;
    const start = opener ? windowStart + opener.index + (opener[1] ?? '').length : left.start;
    return { start, end: right.end, readings: [first, inheritDay(first, last)], join: 'range', lead: 'none' };
  });

const LEADS: Readonly<Record<Exclude<LeadKind, 'none'>, readonly string[]>> = {
  before: [
    'before',
    'prior to',
    'ahead of',
    'voor',
    'vóór',
    'vooraf aan',
    'ruim voor',
    'uiterlijk voor',
    'uiterlijk vóór',
  ],
  by: [
    'by',
    'at the latest',
    'at the very latest',
    'at the latest by',
    'latest',
    'until',
    'till',
    'til',
    'no later than',
    'not later than',
    'by no later than',
    'on or before',
    'latest by',
    'due',
    'due by',
    'due on',
    'deadline',
    'deadline is',
    'eta',
    'uiterlijk',
    'uiterlijk op',
    'uiterlijk om',
    'ten laatste',
    'ten laatste op',
    'niet later dan',
    'tot',
    'tot en met',
    't/m',
    'tegen',
    'op of voor',
    'voor of op',
  ],
  on: ['on', 'op'],
  neutral: [
    'at',
    'in',
    'within',
    'for',
    'around',
    'about',
    'om',
    'binnen',
    'rond',
    'omstreeks',
    'circa',
    'ergens',
    'sometime',
  ],
  ineligible: [
    'after',
    'since',
    'from',
    'starting',
    'starting from',
    'as of',
    'as from',
    'later than',
    'na',
    'vanaf',
    'sinds',
    'sedert',
    'van',
    'per',
    'na afloop van',
  ],
};

const LEAD_KIND_BY_WORD = new Map<string, Exclude<LeadKind, 'none'>>();
for (const [kind, words] of Object.entries(LEADS) as [Exclude<LeadKind, 'none'>, readonly string[]][]) {
  for (const word of words) LEAD_KIND_BY_WORD.set(word, kind);
}

/** A preposition right before a phrase, with an article the phrase's parser left out ("by the", "op de"). */
const LEAD_BEFORE = new RegExp(
  `(^|[^\\p{L}\\p{N}_/])(${alternation(LEAD_KIND_BY_WORD.keys())})(?:\\s+(?:the|de|het))?\\s*[:,]?\\s*$`,
  'iu',
);
const LEAD_INSIDE = new RegExp(`^(${alternation(LEAD_KIND_BY_WORD.keys())})\\s`, 'iu');
const TRAIL_AFTER =
  /^\s*,?\s*(?:at\s+the\s+(?:very\s+)?latest|latest|or\s+(?:earlier|sooner|before)|uiterlijk|op\s+z(?:ijn|'n)\s+laatst|ten\s+laatste|of\s+eerder|of\s+zoveel\s+eerder)(?![\p{L}\p{N}_])/iu;

const FIRM_LEADS = new Set([
  'no later than',
  'not later than',
  'by no later than',
  'at the latest',
  'at the very latest',
  'at the latest by',
  'latest by',
  'latest',
  'uiterlijk',
  'uiterlijk op',
  'uiterlijk om',
  'uiterlijk voor',
  'uiterlijk vóór',
  'ten laatste',
  'ten laatste op',
  'niet later dan',
]);

function leadKindOf(word: string): Exclude<LeadKind, 'none'> {
  return LEAD_KIND_BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? 'neutral';
}

/** Takes the preposition in front ("by", "uiterlijk", "vanaf") and a trailing "at the latest" into the phrase. */
export const attachLeads: PhraseRefiner = (phrases, text) =>
  phrases.map((phrase, i) => {
    const previousEnd = i > 0 ? (phrases[i - 1]?.end ?? 0) : 0;
    let { start, end, lead } = phrase;
    let firm = false;
    // Clock parsers take their preposition along ("at 15:00", "by 5", "voor de middag").
    const own = phrase.readings.every((r) => r.fragment.kind === 'time')
      ? LEAD_INSIDE.exec(text.slice(start, end))
      : null;
    if (own?.[1]) lead = leadKindOf(own[1]);
    const windowStart = Math.max(previousEnd, start - 40);
    const before = LEAD_BEFORE.exec(text.slice(windowStart, start));
    if (before?.[2]) {
      start = windowStart + before.index + (before[1] ?? '').length;
      lead = leadKindOf(before[2]);
      firm = FIRM_LEADS.has(before[2].toLowerCase().replace(/\s+/g, ' '));
    }
    const trail = TRAIL_AFTER.exec(text.slice(end, end + 40));
    if (trail) {
      end += trail[0].length;
      firm = true;
      if (lead === 'none' || lead === 'neutral' || lead === 'on') lead = 'by';
    }
    const refined: Phrase = { start, end, readings: phrase.readings, lead };
    if (phrase.join) refined.join = phrase.join;
    if (firm || phrase.firm) refined.firm = true;
    return refined;
  });

function isWholeText(phrase: Phrase, text: string): boolean {
  return (
    text.slice(0, phrase.start).trim() === '' &&
    text
      .slice(phrase.end)
      .replace(/[.!?]+/gu, '')
      .trim() === ''
  );
}

/** Drops words that are only a deadline with a day or a preposition ("Good morning", "Happy new year"). */
export const dropUnanchored: PhraseRefiner = (phrases, text) =>
  phrases.filter((phrase) => {
    const needs = phrase.readings.some((r) => 'needsAnchor' in r.fragment && r.fragment.needsAnchor);
    return !needs || phrase.lead !== 'none' || isWholeText(phrase, text);
  });

/** The refiners in order; each is a pure function of the phrases and the text. */
export const phraseRefiners: readonly PhraseRefiner[] = [
  attachZones,
  mergeWeekdayWithDate,
  mergeClockWithPart,
  mergeDayWithTime,
  mergeAlternatives,
  mergeRanges,
  attachLeads,
  dropUnanchored,
];

/**
 * Where two phrases overlap, the longer one stays; on a tie the earlier, and ours before chrono's (as chrono's own
 * overlap removal does). `phrases` must be sorted by start.
 */
export function removeOverlaps(phrases: readonly Phrase[]): Phrase[] {
  const kept: Phrase[] = [];
  for (const phrase of phrases) {
    const previous = kept[kept.length - 1];
    if (!previous || phrase.start >= previous.end) kept.push(phrase);
    else if (phrase.end - phrase.start > previous.end - previous.start) kept[kept.length - 1] = phrase;
  }
  return kept;
}

/** Our fragments and chrono's results, joined into deadline phrases by the refiners. */
export function phrasesFrom(
  found: readonly FoundFragment[],
  results: readonly ParsedResult[],
  text: string,
): Phrase[] {
  const ours = found.map(phraseFromFragment);
  const theirs: Phrase[] = [];
  for (const result of results) {
    const phrase = phraseFromResult(result);
    if (phrase) theirs.push(phrase);
  }
  // Stable sort: for the same start, ours (listed first) win ties.
  let phrases = removeOverlaps([...ours, ...theirs].sort((a, b) => a.start - b.start));
  for (const refine of phraseRefiners) phrases = refine(phrases, text);
  return phrases;
}

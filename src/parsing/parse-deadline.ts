/**
 * The deadline parser's one entry point. Pipeline: prepare the text (mask look-alikes) → our small parsers and a
 * trimmed chrono find fragments → refiners join them into phrases → the resolution policy turns each phrase into
 * an instant in the owner's zone → a selection policy picks the deadline. The requested language's rules go
 * first; the other language is tried when they find no deadline, or when the text plainly speaks it (and wins if
 * it reads more of the text: "uiterlijk vrijdag 17:00" from an English-locale user).
 */
import { isKnownTimeZone, type WallClockTime } from '../domain/business-calendar.js';
import { chronoPipelines, fragmentScanners, type RuleLanguage } from './chrono-setup.js';
import type { DeadlineParseResult, ParseDeadlineOptions, TextSpan } from './deadline-types.js';
import { type Phrase, phrasesFrom } from './phrases.js';
import { type Resolution, type ResolutionSettings, resolvePhrase } from './resolve.js';
import { prepareText } from './text-mask.js';
import { findVaguePhrase } from './vague.js';

export type DeadlineOptionsErrorCode = 'invalid-now' | 'invalid-time-zone' | 'invalid-business-hours';

/** The options (not the text) are unusable: a programming or configuration error, never a user's phrasing. */
export class DeadlineOptionsError extends Error {
  readonly code: DeadlineOptionsErrorCode;

  constructor(code: DeadlineOptionsErrorCode, message: string) {
    super(message);
    this.name = 'DeadlineOptionsError';
    this.code = code;
  }
}

const DEFAULT_END_OF_BUSINESS: WallClockTime = { hour: 17, minute: 0 };
const DEFAULT_START_OF_BUSINESS: WallClockTime = { hour: 9, minute: 0 };

/** Regions that write the month first ("11/27"). */
const MONTH_FIRST_REGIONS = new Set(['US', 'CA', 'PH', 'FM', 'MH', 'PW']);

const knownZones = new Set<string>();

function validTime(time: WallClockTime): boolean {
  return (
    Number.isInteger(time.hour) &&
    Number.isInteger(time.minute) &&
    time.hour >= 0 &&
    time.hour <= 23 &&
    time.minute >= 0 &&
    time.minute <= 59
  );
}

export function ruleLanguageOf(locale: string): RuleLanguage {
  return /^nl(?:[-_]|$)/iu.test(locale ?? '') ? 'nl' : 'en';
}

function settingsFrom(options: ParseDeadlineOptions): ResolutionSettings {
  const { now, timeZone } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new DeadlineOptionsError('invalid-now', '`now` must be a valid Date');
  }
  if (!knownZones.has(timeZone)) {
    if (!isKnownTimeZone(timeZone)) {
      throw new DeadlineOptionsError('invalid-time-zone', `Unknown time zone: ${String(timeZone)}`);
    }
    knownZones.add(timeZone);
  }
  const endOfBusiness = options.endOfBusiness ?? DEFAULT_END_OF_BUSINESS;
  const startOfBusiness = options.startOfBusiness ?? DEFAULT_START_OF_BUSINESS;
  if (!validTime(endOfBusiness) || !validTime(startOfBusiness)) {
    throw new DeadlineOptionsError('invalid-business-hours', 'Business hours must be valid times of day');
  }
  const [language = '', region] = (options.locale ?? '').split(/[-_]/u);
  const isDutch = language.toLowerCase() === 'nl';
  const upperRegion = region?.toUpperCase();
  return {
    now,
    timeZone,
    country: (options.holidayCountry ?? 'NL').toUpperCase(),
    endOfBusiness,
    startOfBusiness,
    dayFirst: isDutch || (upperRegion !== undefined && !MONTH_FIRST_REGIONS.has(upperRegion)),
    numericDatesAmbiguous: !isDutch && upperRegion === undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Selection

interface Outcome {
  result: DeadlineParseResult | null;
  /** 3 a deadline, 2 a past one, 1 vague, 0 nothing. */
  rank: number;
  spanLength: number;
}

const NOTHING: Outcome = { result: null, rank: 0, spanLength: 0 };

/** "at the latest"/"uiterlijk" marks the hard limit; a deadline word ("by", "voor") beats a bare mention. */
function leadScore(phrase: Phrase): number {
  if (phrase.firm) return 3;
  if (phrase.lead === 'by' || phrase.lead === 'before') return 2;
  if (phrase.lead === 'on' || phrase.lead === 'neutral') return 1;
  return 0;
}

function spanOf(original: string, start: number, end: number): TextSpan {
  return { start, end, text: original.slice(start, end) };
}

interface Candidate {
  phrase: Phrase;
  resolution: Resolution;
}

/** The phrase with the strongest deadline wording; on a tie the first one in the text. */
function best(candidates: Candidate[]): Candidate | undefined {
  let chosen: Candidate | undefined;
  for (const candidate of candidates) {
    if (!chosen || leadScore(candidate.phrase) > leadScore(chosen.phrase)) chosen = candidate;
  }
  return chosen;
}

function attempt(
  language: RuleLanguage,
  prepared: string,
  original: string,
  settings: ResolutionSettings,
): Outcome {
  const found = fragmentScanners[language](prepared);
  const results = chronoPipelines[language].parse(prepared, settings.now);
  const phrases = phrasesFrom(found, results, prepared);
  const future: Candidate[] = [];
  const past: Candidate[] = [];
  const now = settings.now.getTime();
  for (const phrase of phrases) {
    if (phrase.lead === 'ineligible') continue;
    const resolution = resolvePhrase(phrase, settings);
    if (!resolution) continue;
    (resolution.dueAt.getTime() > now ? future : past).push({ phrase, resolution });
  }
  const chosen = best(future);
  if (chosen) {
    const { phrase, resolution } = chosen;
    return {
      rank: 3,
      spanLength: phrase.end - phrase.start,
      result: {
        ok: true,
        dueAt: resolution.dueAt,
        span: spanOf(original, phrase.start, phrase.end),
        kind: resolution.kind,
        assumptions: resolution.assumptions,
        flags: resolution.flags,
        alternatives: resolution.alternatives,
        locale: language,
      },
    };
  }
  const vague = findVaguePhrase(prepared, language);
  const missed = best(past);
  if (missed && !vague) {
    return {
      rank: 2,
      spanLength: missed.phrase.end - missed.phrase.start,
      result: {
        ok: false,
        reason: 'past',
        span: spanOf(original, missed.phrase.start, missed.phrase.end),
        dueAt: missed.resolution.dueAt,
        locale: language,
      },
    };
  }
  if (vague) {
    return {
      rank: 1,
      spanLength: vague.end - vague.start,
      result: {
        ok: false,
        reason: 'vague',
        span: spanOf(original, vague.start, vague.end),
        locale: language,
      },
    };
  }
  return NOTHING;
}

/** Words that only the other language uses for dates: worth a second look even when the first found something. */
const LANGUAGE_HINTS: Readonly<Record<RuleLanguage, RegExp>> = {
  en: /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|morning|afternoon|evening|noon|midnight|next|this|end|by|before|within|hours?|days|weeks|months?|business|eod|cob|eob|christmas|xmas|january|february|march|june|july|october|asap|soon|o'clock|\d\s*(?:am|pm))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:maandag\p{L}*|dinsdag\p{L}*|woensdag\p{L}*|donderdag\p{L}*|vrijdag\p{L}*|zaterdag\p{L}*|zondag\p{L}*|vandaag|morgen\p{L}*|overmorgen|gisteren|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|uur|uiterlijk|binnen|volgende|komende|deze|eind|einde|begin|werkdag(?:en)?|dagen|weken|maand(?:en)?|ochtend|middag|avond|kerst\p{L}*|januari|februari|maart|mei|juni|juli|oktober|zsm|straks|half\s+\d|om\s+\d|voor\s+\d|'s\s)(?![\p{L}])/iu,
};

function preferred(primary: Outcome, secondary: Outcome): Outcome {
  if (secondary.rank > primary.rank) return secondary;
  if (secondary.rank === primary.rank && secondary.rank >= 2 && secondary.spanLength > primary.spanLength) {
    return secondary;
  }
  return primary;
}

/**
 * Finds the deadline in `text` (usually a whole sentence) as the owner means it.
 *
 * @returns `null` when the text names no deadline; a refusal when it names one that cannot be used (in the past,
 *   or vague like "asap"); otherwise the deadline, strictly after `options.now`.
 * @throws DeadlineOptionsError when `options` are unusable (invalid `now`, unknown zone); never because of `text`.
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions): DeadlineParseResult | null {
  const settings = settingsFrom(options);
  if (typeof text !== 'string' || text.trim() === '') return null;
  const prepared = prepareText(text);
  const first = ruleLanguageOf(options.locale);
  const second: RuleLanguage = first === 'en' ? 'nl' : 'en';
  const primary = attempt(first, prepared, text, settings);
  if (primary.rank === 3 && !LANGUAGE_HINTS[second].test(prepared)) return primary.result;
  const secondary = attempt(second, prepared, text, settings);
  return preferred(primary, secondary).result;
}

/**
 * The per-language parsing set-up, built once at module load: a trimmed chrono pipeline and our own parsers.
 *
 * From chrono we keep what it reads well and where its answer is a plain calendar fact: month-name dates,
 * ISO/year-first dates, English clock times (its Dutch one reads "om" as a range: "23-11 om 10:00" became
 * "11 om 10:00"). Its relative parsers are dropped because their meaning is not ours, and several are wrong for a
 * deadline: "voor 12 uur" read as "in 12 hours", "zo" read as Sunday, weekdays in the past, "next week" as +7
 * days. Its merging refiners are dropped too: we join fragments ourselves, keeping what they mean.
 *
 * Our parsers run as a regex pre-pass beside chrono rather than being pushed into its parser list:
 * chrono re-runs each parser's regex on a fresh substring after every match, which cost more than all
 * of our parsing together, and it hides from lookbehinds what precedes the cut.
 */
import * as chrono from 'chrono-node';
import { commonParsers } from './parsers-common.js';
import { englishParsers } from './parsers-en.js';
import { dutchParsers } from './parsers-nl.js';
import { createScanner, type FoundFragment } from './pattern-kit.js';

export type RuleLanguage = 'en' | 'nl';

const KEPT_PARSERS: Readonly<Record<RuleLanguage, readonly string[]>> = {
  en: [
    'ENYearMonthDayParser',
    'ISOFormatParser',
    'ENMonthNameLittleEndianParser',
    'ENMonthNameMiddleEndianParser',
    'ENTimeExpressionParser',
    'ENYearMonthNameParser',
    'ENMonthNameParser',
  ],
  nl: ['ISOFormatParser', 'NLMonthNameMiddleEndianParser', 'NLMonthNameParser', 'NLCasualYearMonthDayParser'],
};

/** In this order; each taken once. */
const KEPT_REFINERS: Readonly<Record<RuleLanguage, readonly string[]>> = {
  en: [
    'OverlapRemovalRefiner',
    'ENExtractYearSuffixRefiner',
    'UnlikelyFormatFilter',
    'ENUnlikelyFormatFilter',
  ],
  nl: ['OverlapRemovalRefiner', 'UnlikelyFormatFilter'],
};

function pickByName<T extends object>(
  items: readonly T[],
  names: readonly string[],
): { picked: T[]; missing: string[] } {
  const picked: T[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const found = items.find((item) => item.constructor.name === name);
    if (found) picked.push(found);
    else missing.push(name);
  }
  return { picked, missing };
}

function build(base: chrono.Chrono, language: RuleLanguage): { instance: chrono.Chrono; missing: string[] } {
  const instance = base.clone();
  const parsers = pickByName(instance.parsers, KEPT_PARSERS[language]);
  const refiners = pickByName(instance.refiners, KEPT_REFINERS[language]);
  instance.parsers = parsers.picked;
  instance.refiners = refiners.picked;
  return { instance, missing: [...parsers.missing, ...refiners.missing] };
}

const english = build(chrono.en.casual, 'en');
const dutch = build(chrono.nl.casual, 'nl');

export const chronoPipelines: Readonly<Record<RuleLanguage, chrono.Chrono>> = {
  en: english.instance,
  nl: dutch.instance,
};

/** Our parsers per language, as one scan over the text. */
export const fragmentScanners: Readonly<Record<RuleLanguage, (text: string) => FoundFragment[]>> = {
  en: createScanner([...englishParsers, ...commonParsers]),
  nl: createScanner([...dutchParsers, ...commonParsers]),
};

/**
 * chrono parsers and refiners we expected by class name but did not find: empty unless a chrono upgrade renamed
 * them (chrono is pinned; a test keeps this empty).
 */
export const missingChronoComponents: readonly string[] = [...english.missing, ...dutch.missing];

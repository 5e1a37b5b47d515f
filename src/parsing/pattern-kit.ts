/**
 * Helpers to write small parsers as (regex, extract) pairs, and the scanner that runs them over a text. They run as
 * a pre-pass beside chrono (which keeps the parsers it is good at); overlaps between the two are settled in
 * phrases.ts the way chrono settles its own: the longer match wins, ours on a tie.
 */
import type { Fragment } from './fragments.js';

/** Not preceded by a letter, digit or underscore. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
/** Not followed by a letter, digit or underscore. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A regex alternation of phrases, longest first so that "next week" wins over "next". A space in a phrase
 * matches any run of whitespace.
 */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((phrase) => escapeRegex(phrase).replace(/ /g, '\\s+')).join('|');
}

/** A case-insensitive, unicode regex for `body` bounded by word edges. */
export function wordPattern(body: string, flags = 'iu'): RegExp {
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
}

/** Lower-cases and collapses whitespace, for dictionary look-ups of matched words. */
export function normalizeWords(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface FragmentParser {
  readonly name: string;
  readonly pattern: RegExp;
  /** The fragment the match means, or `null` when the context shows it is not one after all. */
  extract(match: RegExpExecArray, text: string): Fragment | null;
}

/** A fragment found in the text, with its place. */
export interface FoundFragment {
  index: number;
  text: string;
  fragment: Fragment;
}

/**
 * Runs `parsers` over a text: every match of every parser, left to right, on the whole text (so lookbehinds see
 * what precedes a match). A rejected match resumes one character further, as chrono does.
 */
export function createScanner(parsers: readonly FragmentParser[]): (text: string) => FoundFragment[] {
  const compiled = parsers.map((parser) => ({
    parser,
    regex: new RegExp(parser.pattern.source, `${parser.pattern.flags.replace(/[gy]/g, '')}g`),
  }));
  return (text) => {
    const found: FoundFragment[] = [];
    for (const { parser, regex } of compiled) {
      regex.lastIndex = 0;
      let match = regex.exec(text);
      while (match) {
        const fragment = parser.extract(match, text);
        if (fragment) {
          found.push({ index: match.index, text: match[0], fragment });
          regex.lastIndex = match.index + Math.max(1, match[0].length);
        } else {
          regex.lastIndex = match.index + 1;
        }
        match = regex.exec(text);
      }
    }
    return found;
  };
}

/**
 * One parser for a whole book of fixed phrases ("tomorrow", "end of day", "by Christmas" ...): a single regex
 * alternation and a look-up, instead of one parser (and one pass over the text) per phrase family.
 */
export function phraseBookParser(name: string, book: ReadonlyMap<string, Fragment>): FragmentParser {
  return {
    name,
    pattern: wordPattern(`(${alternation(book.keys())})`),
    extract: (match) => book.get(normalizeWords(match[1] ?? '')) ?? null,
  };
}

/** Parses "12", "twelve", "twaalf" through a word table; `null` when neither. */
export function parseAmount(raw: string, words: Readonly<Record<string, number>>): number | null {
  const normalized = normalizeWords(raw);
  if (/^\d+([.,]\d+)?$/.test(normalized)) {
    const value = Number(normalized.replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  return words[normalized] ?? null;
}

/**
 * Before any date parser sees the text: typographic variants are normalised and everything that only looks like a
 * date or time is blanked out: URLs, e-mail addresses, Slack tokens, amounts, percentages, version numbers, order
 * and ticket numbers, phone numbers. Every replacement keeps the length, so offsets into the prepared text are
 * offsets into the original.
 */

/** Stands in for masked characters: not a letter, digit or whitespace, so nothing can match or join across it. */
export const MASK_CHAR = '\u2060';

const TYPOGRAPHY: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201b\u2032`´]/gu, "'"],
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu, ' '],
];

/** Slack's ~struck-through~ text is withdrawn: "~by Monday~ by Tuesday" means Tuesday. */
const SLACK_STRIKE = /(?<![\p{L}\p{N}])~[^~\n]{1,500}~(?![\p{L}\p{N}])/gu;

/** Slack's *bold*, _italic_ and ~strike~ markers at the edge of a word (not the underscore in snake_case). */
const SLACK_EMPHASIS = /(?<![\p{L}\p{N}])[*_~]+|[*_~]+(?![\p{L}\p{N}])/gu;

const TYPOGRAPHIC = /[\u2018\u2019\u201b\u2032`´\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;

/** Dates and times that a phone or id pattern must not swallow ("05-11-2026 14:00"). */
const PROTECTED =
  /(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?!\d)/gu;

interface Mask {
  /** A cheap test that must pass before the (unicode, global) pattern is worth running. */
  hint: RegExp;
  pattern: RegExp;
  /** Phone, id and bare version patterns yield to dates and times they overlap ("27.11.2026"); amounts and URLs never do. */
  yieldsToDates?: boolean;
}

const MASKS: readonly Mask[] = [
  // Slack mentions, links, channels and date tokens: <@U123>, <https://x|label>, <!date^...>
  { hint: /</, pattern: /<[^<>\n]{1,2000}>/gu },
  // URLs and bare domains with a path
  { hint: /https?:|www\./i, pattern: /\b(?:https?:\/\/|www\.)[^\s<>]+/giu },
  {
    hint: /\.(?:com|nl|be|org|net|io|eu|de|co|uk|app|dev|info|biz)\b/i,
    pattern:
      /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|nl|be|org|net|io|eu|de|co|uk|app|dev|info|biz)(?:\/[^\s<>]*)?(?![\p{L}\p{N}])/giu,
  },
  // E-mail addresses
  { hint: /@/, pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // Amounts: €17,50  $12.50  EUR 17  17.50 EUR  € 17,-
  {
    hint: /[€$£¥]|eur|usd|gbp|chf/i,
    pattern: /(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF|eur|usd|euro)\b)\s?\d[\d.,]*(?:,-)?/gu,
  },
  {
    hint: /[€$£¥]|eur|usd|gbp|chf|dollar|cent|ct/i,
    pattern: /\b\d[\d.,]*\s?(?:[€$£¥]|(?:EUR|USD|GBP|CHF|eur|usd|euros?|dollars?|cents?|ct)\b)/gu,
  },
  { hint: /\d,\d\d/, pattern: /(?<![\d.,])\d{1,6},\d{2}(?![\d.,])/gu },
  // Percentages
  { hint: /%|percent|procent|pct/i, pattern: /\b\d+(?:[.,]\d+)?\s?(?:%|(?:percent|procent|pct)\b)/giu },
  // Versions: v2.5, version 3.1, release 4, 1.2.3
  { hint: /v\.?\s?\d+\./i, pattern: /\bv\.?\s?\d+(?:\.\d+)+[a-z0-9-]*/giu },
  {
    hint: /version|versie|release|build|patch|firmware|update/i,
    pattern: /\b(?:version|versie|release|build|patch|firmware|update)\s*:?\s*v?\d+(?:\.\d+)*\b/giu,
  },
  { hint: /\d\.\d+\.\d/, pattern: /(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?![\d.])/gu, yieldsToDates: true },
  // Ids: #12345, INC0012345, JIRA-123, and numbers after order/ticket/case words
  { hint: /#/, pattern: /#\s?\d[\w-]*/gu, yieldsToDates: true },
  { hint: /[A-Z]{2}[-_]?\d\d/, pattern: /\b[A-Z]{2,}[-_]?\d{2,}[\w-]*/gu, yieldsToDates: true },
  {
    hint: /order|ticket|case|invoice|factu|bestel|nummer|nr|no|number|dossier|zaak|ref|po|rma|so|incident|id|melding|artikel|article|sku/i,
    pattern:
      /\b(?:order|ticket|case|invoice|factuur|bestelling|ordernummer|ticketnummer|factuurnummer|klantnummer|dossier|zaak|ref|referentie|reference|nr|no|number|nummer|PO|RMA|SO|incident|id|ID|melding|artikel|article|sku|SKU)\.?\s*(?:number|nummer|nr\.?|no\.?|#|:)?\s*:?\s*[A-Z0-9]*\d[\w/-]*/giu,
    yieldsToDates: true,
  },
  // Long runs of digits: account, order or tracking numbers
  { hint: /\d{5}/, pattern: /(?<![\d.,:/-])\d{5,}(?![\d.,:/-]?\d)/gu, yieldsToDates: true },
  // Phone numbers: +31 20 123 4567, 0031 6 12345678, 020-1234567, (555) 123-4567
  {
    hint: /\d(?:[\s.()+-]{0,3}\d){6}/,
    pattern: /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)\s?)?\d(?:[\s.-]?\d){6,12}(?!\d)/gu,
    yieldsToDates: true,
  },
  {
    hint: /\d(?:[\s.()+-]{0,3}\d){6}/,
    pattern: /(?<![\p{L}\p{N}])0\d{1,3}[\s.-]?\d(?:[\s.-]?\d){6,9}(?!\d)/gu,
    yieldsToDates: true,
  },
  {
    hint: /\d(?:[\s.()+-]{0,3}\d){6}/,
    pattern: /(?<![\p{L}\p{N}])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)/gu,
    yieldsToDates: true,
  },
];

const MAYBE_MASKED = /[\d<@]|www\.|:\/\//u;

function overlaps(start: number, end: number, ranges: ReadonlyArray<[number, number]>): boolean {
  return ranges.some(([s, e]) => start < e && s < end);
}

/** The text as parsers see it: same length as the input, look-alikes masked. */
export function prepareText(text: string): string {
  let prepared = text;
  if (TYPOGRAPHIC.test(prepared)) {
    for (const [pattern, replacement] of TYPOGRAPHY) prepared = prepared.replace(pattern, replacement);
  }
  if (/[*_~]/u.test(prepared)) {
    prepared = prepared
      .replace(SLACK_STRIKE, (struck) => MASK_CHAR.repeat(struck.length))
      .replace(SLACK_EMPHASIS, (marks) => ' '.repeat(marks.length));
  }
  // Every mask needs a digit or one of these characters; most phrases have none and skip the work.
  if (!MAYBE_MASKED.test(prepared)) return prepared;
  const protectedRanges: Array<[number, number]> = [];
  for (const match of prepared.matchAll(PROTECTED)) {
    protectedRanges.push([match.index, match.index + match[0].length]);
  }
  let chars: string[] | null = null;
  for (const { hint, pattern, yieldsToDates } of MASKS) {
    if (!hint.test(prepared)) continue;
    for (const match of prepared.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (yieldsToDates && overlaps(start, end, protectedRanges)) continue;
      chars ??= prepared.split('');
      for (let i = start; i < end; i += 1) chars[i] = MASK_CHAR;
    }
  }
  return chars ? chars.join('') : prepared;
}

/**
 * The contract between the deadline parser and everything that uses it (the `/promise` command, modals,
 * snooze and extension dialogs). Pure data: instants are `Date`s, wording is left to the i18n layer, which turns
 * assumption codes into sentences in the reader's language.
 */

export type DeadlineLocale = 'en' | 'nl';

export type DeadlineKind = 'date' | 'datetime' | 'duration' | 'range';

export type DeadlineFlag = 'ambiguous' | 'weekend' | 'holiday' | 'fuzzy';

/** Wall-clock time of day, 24-hour. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

/**
 * Something the parser decided on the user's behalf. The confirmation shows each one so the user can correct it.
 * `code` names the rule; the i18n layer phrases it. Values in `params` are already formatted for display
 * (e.g. `time: '17:00'`, `weekday` as an ISO weekday number 1 = Monday ... 7 = Sunday).
 */
export interface Assumption {
  code: AssumptionCode;
  params?: Record<string, string | number>;
}

export type AssumptionCode =
  /** A date without a time: end of business. params: time */
  | 'default-time'
  /** "today" said after the end of business: the end of the day instead. params: time */
  | 'late-today'
  /** "morning" means by noon. params: time */
  | 'morning'
  /** "afternoon" means by the end of business. params: time */
  | 'afternoon'
  /** "tonight"/"evening" means before midnight. params: time */
  | 'evening'
  /** "before <day>" means the start of business that day. params: time */
  | 'before-day'
  /** A bare hour 1-7 read as afternoon. params: time */
  | 'pm-hour'
  /** "end of week" is the last business day of the week. params: weekday */
  | 'end-of-week'
  /** "end of month" is the last business day of the month. */
  | 'end-of-month'
  /** A range ("next week", "early December") ends on its last (business) day. */
  | 'range-end'
  /** A weekday named on that same weekday: next week's is taken. */
  | 'same-weekday-next-week'
  /** Business days skip weekends and public holidays. params: country */
  | 'business-days'
  /** Two alternatives ("Wednesday or Thursday"): the later one is the deadline. */
  | 'later-alternative'
  /** An explicit zone in the text won over the owner's zone. params: zone */
  | 'explicit-zone'
  /** A date without a year that has passed this year: next year's is taken. */
  | 'next-year';

/** A reading of an ambiguous phrase that was not chosen. */
export interface DeadlineReading {
  dueAt: Date;
  kind: DeadlineKind;
}

/** The character range of the deadline phrase in the input (so the rest of the text is the "what"). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ParsedDeadline {
  ok: true;
  dueAt: Date;
  span: TextSpan;
  kind: DeadlineKind;
  assumptions: Assumption[];
  flags: DeadlineFlag[];
  /** Other readings, most likely first; non-empty only when `flags` holds `ambiguous`. */
  alternatives: DeadlineReading[];
  /** The language whose rules matched (may differ from the requested one: the other is tried as a fallback). */
  locale: DeadlineLocale;
}

/**
 * The text names a deadline that cannot be used: it is in the past, or it is a vague phrase ("asap",
 * "zo snel mogelijk") that is not a deadline at all. Callers refuse and ask for a real one.
 */
export interface RefusedDeadline {
  ok: false;
  reason: 'past' | 'vague';
  span: TextSpan;
  /** For `past`: the instant the text meant. */
  dueAt?: Date;
  locale: DeadlineLocale;
}

export type DeadlineParseResult = ParsedDeadline | RefusedDeadline;

export interface ParseDeadlineOptions {
  /** The reference instant; nothing reads the wall clock. */
  now: Date;
  /** The owner's IANA time zone; every deadline is built in it (unless the text names a zone). */
  timeZone: string;
  /** The owner's language, from the Slack locale ('en-US', 'nl-NL', 'en', 'nl'); anything else is English. */
  locale: string;
  /** End of the business day, used for a date without a time. Default 17:00. */
  endOfBusiness?: TimeOfDay;
  /** Start of the business day, used for "before <day>". Default 09:00. */
  startOfBusiness?: TimeOfDay;
  /** ISO 3166 country whose public holidays are not business days. Default 'NL'. */
  holidayCountry?: string;
}

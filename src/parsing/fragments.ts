/**
 * What a deadline phrase *says*, before anything is computed. Parsers turn text into fragments; refiners join
 * neighbouring fragments ("Friday" + "5pm"); the resolution policy turns a fragment into an instant. Keeping the
 * meaning symbolic until the end is what lets one policy decide "next week" = its Friday, whichever words said it.
 */
import type { IsoWeekday } from '../domain/business-calendar.js';

/**
 * How a weekday was qualified: `plain` "Friday"; `this` "this Friday"; `next` "next Friday"; `coming`
 * "this coming Friday"/"aanstaande vrijdag"; `last` "last Friday"; `this-week` "Friday this week";
 * `next-week` "Friday next week"/"volgende week vrijdag".
 */
export type WeekdayMode = 'plain' | 'this' | 'next' | 'coming' | 'last' | 'this-week' | 'next-week';

export type HolidayName =
  | 'christmas'
  | 'christmas-eve'
  | 'boxing-day'
  | 'new-year'
  | 'new-years-eve'
  | 'easter'
  | 'easter-monday'
  | 'good-friday'
  | 'ascension'
  | 'pentecost'
  | 'kings-day'
  | 'sinterklaas'
  | 'thanksgiving';

export type DayRef =
  /** today (0), tomorrow (1), overmorgen (2), yesterday (-1) */
  | { type: 'relative'; days: number }
  | { type: 'weekday'; weekday: IsoWeekday; mode: WeekdayMode }
  /** A date with a month name, or an unambiguous numeric date. */
  | { type: 'calendar'; month: number; day: number; year?: number }
  /** "27/11", "12-1": which number is the day depends on the reader's locale. */
  | { type: 'numeric'; first: number; second: number; year?: number }
  /** "the 27th", "op de 27e" */
  | { type: 'day-of-month'; day: number; monthOffset?: number }
  | { type: 'holiday'; holiday: HolidayName }
  /** "next business day" (+1), "volgende werkdag" */
  | { type: 'business-day'; offset: number }
  /** "after the weekend", "na het weekend": the first business day after it. */
  | { type: 'after-weekend' };

export type PartOfDay =
  | 'morning'
  | 'afternoon'
  | 'evening'
  | 'noon'
  | 'midnight'
  | 'end-of-business'
  | 'start-of-business';

export type TimeRef =
  | {
      type: 'clock';
      hour: number;
      minute: number;
      /** Set when the text fixes the half of the day ("5pm", "17:00", "'s middags"). */
      meridiem?: 'am' | 'pm';
      /** Written with a leading zero ("07:30"): a 24-hour reading, never moved to the afternoon. */
      zeroPadded?: boolean;
      /**
       * The hour as spoken when it differs from `hour`: "half 10" is 9:30 and "quarter to 5" 4:45, but whether the
       * afternoon is meant depends on the 10 and the 5.
       */
      spokenHour?: number;
    }
  | { type: 'part'; part: PartOfDay };

export type PeriodUnit = 'week' | 'weekend' | 'month' | 'quarter' | 'year';

/** Which stretch of the period: the whole of it, its beginning, middle, late part, or its last business day. */
export type PeriodPart = 'whole' | 'early' | 'mid' | 'late' | 'end';

export interface PeriodRef {
  unit: PeriodUnit;
  part: PeriodPart;
  /**
   * Relative to the current one: 0 this week/month, 1 next. Absent when the period is named (month, Q3) or when
   * the text does not say ("end of week"): then the current one while it lasts, else the next.
   */
  offset?: number;
  /** A named month, 1-12. */
  month?: number;
  /** A named quarter, 1-4. */
  quarter?: number;
  /** An ISO week number ("week 48"). */
  isoWeek?: number;
  /** "the first week of December": 1-4, or -1 for the last week (the month's last seven days). */
  weekOfMonth?: number;
  year?: number;
  /** "in de loop van", "sometime during": the whole period, said on purpose (not fuzzy). */
  during?: boolean;
}

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';

export interface DurationRef {
  amount: number;
  unit: DurationUnit;
  /** "2 hours ago": -1. */
  direction: 1 | -1;
  /** "2-3 days", "2 à 3 werkdagen": the smaller amount; the larger one is the deadline. */
  lowerAmount?: number;
  /** "a couple of days". */
  fuzzy?: boolean;
}

export interface ZoneRef {
  /** IANA name or a `+hh:mm` offset. */
  timeZone: string;
  /** As written, for display ("ET", "GMT+2"). */
  label: string;
}

/**
 * `needsAnchor` marks words that are only a deadline next to a day or after a preposition, or as the whole text:
 * "morning" in "Good morning, ..." or "new year" in "Happy new year" is not one.
 */
export type Fragment =
  | { kind: 'day'; day: DayRef; time?: TimeRef; needsAnchor?: boolean }
  | { kind: 'time'; time: TimeRef; needsAnchor?: boolean }
  | { kind: 'period'; period: PeriodRef; time?: TimeRef; needsAnchor?: boolean }
  | { kind: 'duration'; duration: DurationRef }
  | { kind: 'zone'; zone: ZoneRef };

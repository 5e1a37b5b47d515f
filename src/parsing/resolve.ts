/**
 * The resolution policy: what a deadline phrase means as an instant, in the owner's zone and business calendar.
 * Every rule here is one of the deadline semantics in design.md / issue 3, and each one that decides something on
 * the user's behalf records an assumption code so the confirmation can show it.
 */
import {
  addBusinessDays,
  addDays,
  addMonths,
  businessDayOnOrAfter,
  type CalendarDate,
  compareDates,
  daysInMonth,
  instantAt,
  isBusinessDay,
  isoWeekday,
  isPublicHoliday,
  isValidCalendarDate,
  isWeekend,
  lastBusinessDayInRange,
  lastBusinessDayOfMonth,
  offsetMinutesAt,
  previousBusinessDay,
  sameDate,
  startOfIsoWeek,
  startOfIsoWeekNumber,
  type WallClockTime,
  wallClockAt,
  weekdayHolidaysBetween,
} from '../domain/business-calendar.js';
import type { Assumption, DeadlineFlag, DeadlineKind, DeadlineReading } from './deadline-types.js';
import type { DayRef, DurationRef, Fragment, PeriodRef, TimeRef, ZoneRef } from './fragments.js';
import { EVE_HOLIDAYS, holidayDate } from './holiday-dates.js';
import type { LeadKind, Phrase, Reading } from './phrases.js';

export interface ResolutionSettings {
  now: Date;
  /** The owner's IANA zone. */
  timeZone: string;
  country: string;
  endOfBusiness: WallClockTime;
  startOfBusiness: WallClockTime;
  /** How "3/4" reads: 3 April (day first) or 4 March. */
  dayFirst: boolean;
  /** Whether a numeric date that reads both ways is offered both ways (the reader's locale does not settle it). */
  numericDatesAmbiguous: boolean;
}

export interface Resolution {
  dueAt: Date;
  kind: DeadlineKind;
  assumptions: Assumption[];
  flags: DeadlineFlag[];
  alternatives: DeadlineReading[];
}

/** Where a reading is evaluated: the owner's zone, or the zone the text names. */
interface Frame {
  settings: ResolutionSettings;
  zone: string;
  today: CalendarDate;
}

interface Draft {
  dueAt: Date;
  kind: DeadlineKind;
  assumptions: Assumption[];
  alternatives: Date[];
  fuzzy: boolean;
  holidaySkipped: boolean;
}

const END_OF_DAY: WallClockTime = { hour: 23, minute: 59 };
const NOON: WallClockTime = { hour: 12, minute: 0 };
const MIDNIGHT: WallClockTime = { hour: 0, minute: 0 };
const MS: Readonly<Record<'second' | 'minute' | 'hour', number>> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
};
/** Calendar years this far from today are not read as deadlines ("27-11-1987", "in 2099"). */
const YEAR_HORIZON = 20;

export function formatTime(time: WallClockTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Times of day

type TimeSource = 'explicit' | 'default' | 'end-of-business';

interface TimePlan {
  time: WallClockTime;
  /** Midnight and "24:00" are the start of the next day. */
  dayShift: number;
  source: TimeSource;
  assumption?: Assumption;
}

function planTime(time: TimeRef, settings: ResolutionSettings): TimePlan | null {
  if (time.type === 'clock') {
    let { hour } = time;
    const { minute } = time;
    if (!Number.isInteger(hour) || !Number.isInteger(minute) || minute < 0 || minute > 59 || hour < 0)
      return null;
    let assumption: Assumption | undefined;
    if (time.meridiem === 'pm' && hour < 12) hour += 12;
    else if (time.meridiem === 'am' && hour === 12) hour = 0;
    else if (!time.meridiem && !time.zeroPadded) {
      const spoken = time.spokenHour ?? hour;
      if (spoken >= 1 && spoken <= 7) {
        hour += 12;
        assumption = { code: 'pm-hour', params: { time: formatTime({ hour, minute }) } };
      }
    }
    if (hour === 24 && minute === 0) return { time: MIDNIGHT, dayShift: 1, source: 'explicit' };
    if (hour > 23) return null;
    return { time: { hour, minute }, dayShift: 0, source: 'explicit', ...(assumption ? { assumption } : {}) };
  }
  const eob = settings.endOfBusiness;
  switch (time.part) {
    case 'morning':
      return {
        time: NOON,
        dayShift: 0,
        source: 'explicit',
        assumption: { code: 'morning', params: { time: '12:00' } },
      };
    case 'afternoon':
      return {
        time: eob,
        dayShift: 0,
        source: 'explicit',
        assumption: { code: 'afternoon', params: { time: formatTime(eob) } },
      };
    case 'evening':
      return {
        time: END_OF_DAY,
        dayShift: 0,
        source: 'explicit',
        assumption: { code: 'evening', params: { time: formatTime(END_OF_DAY) } },
      };
    case 'noon':
      return { time: NOON, dayShift: 0, source: 'explicit' };
    case 'midnight':
      return { time: MIDNIGHT, dayShift: 1, source: 'explicit' };
    case 'end-of-business':
      return {
        time: eob,
        dayShift: 0,
        source: 'end-of-business',
        // "EOD" names the configured end of business: shown like the default time.
        assumption: { code: 'default-time', params: { time: formatTime(eob) } },
      };
    case 'start-of-business':
      return {
        time: settings.startOfBusiness,
        dayShift: 0,
        source: 'explicit',
        assumption: { code: 'before-day', params: { time: formatTime(settings.startOfBusiness) } },
      };
  }
}

function defaultTime(settings: ResolutionSettings): TimePlan {
  const eob = settings.endOfBusiness;
  return {
    time: eob,
    dayShift: 0,
    source: 'default',
    assumption: { code: 'default-time', params: { time: formatTime(eob) } },
  };
}

function beforeDayTime(settings: ResolutionSettings): TimePlan {
  const sob = settings.startOfBusiness;
  return {
    time: sob,
    dayShift: 0,
    source: 'explicit',
    assumption: { code: 'before-day', params: { time: formatTime(sob) } },
  };
}

/**
 * The instant of `plan` on `date`. A day that is today, read at the end of business after business hours, is
 * taken to mean the end of today ("today" said at 18:30 is 23:59, not a broken promise).
 */
function placeOnDay(date: CalendarDate, plan: TimePlan, frame: Frame): { at: Date; lateToday: boolean } {
  const at = instantAt(addDays(date, plan.dayShift), plan.time, frame.zone);
  const now = frame.settings.now;
  if (plan.source !== 'explicit' && sameDate(date, frame.today) && at.getTime() <= now.getTime()) {
    return { at: instantAt(date, END_OF_DAY, frame.zone), lateToday: true };
  }
  return { at, lateToday: false };
}

function timeAssumptions(plan: TimePlan, lateToday: boolean): Assumption[] {
  if (lateToday) return [{ code: 'late-today', params: { time: formatTime(END_OF_DAY) } }];
  return plan.assumption ? [plan.assumption] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Days

interface DayPlan {
  date: CalendarDate;
  alternatives: CalendarDate[];
  assumptions: Assumption[];
  fuzzy: boolean;
  holidaySkipped: boolean;
}

function dayPlan(date: CalendarDate, extra: Partial<Omit<DayPlan, 'date'>> = {}): DayPlan {
  return { date, alternatives: [], assumptions: [], fuzzy: false, holidaySkipped: false, ...extra };
}

function withinHorizon(year: number, today: CalendarDate): boolean {
  return Math.abs(year - today.year) <= YEAR_HORIZON;
}

/** A month and day without a year: this year's, or next year's once this year's has passed. */
function upcomingDate(
  month: number,
  day: number,
  today: CalendarDate,
): { date: CalendarDate; rolled: boolean } | null {
  for (let offset = 0; offset <= 8; offset += 1) {
    const year = today.year + offset;
    if (!isValidCalendarDate(year, month, day)) continue;
    const date = { year, month, day };
    if (compareDates(date, today) >= 0) return { date, rolled: offset > 0 };
  }
  return null;
}

function calendarDay(
  month: number,
  day: number,
  year: number | undefined,
  today: CalendarDate,
): DayPlan | null {
  if (year !== undefined) {
    if (!withinHorizon(year, today) || !isValidCalendarDate(year, month, day)) return null;
    return dayPlan({ year, month, day });
  }
  const upcoming = upcomingDate(month, day, today);
  if (!upcoming) return null;
  return dayPlan(upcoming.date, upcoming.rolled ? { assumptions: [{ code: 'next-year' }] } : {});
}

function weekdayDay(ref: Extract<DayRef, { type: 'weekday' }>, today: CalendarDate): DayPlan {
  const todayWeekday = isoWeekday(today);
  const ahead = (ref.weekday - todayWeekday + 7) % 7;
  const monday = startOfIsoWeek(today);
  switch (ref.mode) {
    case 'plain':
      if (ahead === 0) {
        return dayPlan(addDays(today, 7), {
          alternatives: [today],
          assumptions: [{ code: 'same-weekday-next-week', params: { weekday: ref.weekday } }],
        });
      }
      return dayPlan(addDays(today, ahead));
    case 'this':
      return dayPlan(addDays(today, ahead));
    case 'coming':
      return dayPlan(addDays(today, ahead === 0 ? 7 : ahead));
    case 'next':
      if (ref.weekday > todayWeekday) {
        // Said earlier in the week: "next Friday" is next week's, though some mean the coming one.
        return dayPlan(addDays(monday, 7 + ref.weekday - 1), { alternatives: [addDays(today, ahead)] });
      }
      return dayPlan(addDays(today, ahead === 0 ? 7 : ahead));
    case 'this-week':
      return dayPlan(addDays(monday, ref.weekday - 1));
    case 'next-week':
      return dayPlan(addDays(monday, 7 + ref.weekday - 1));
    case 'last':
      return dayPlan(addDays(today, -((todayWeekday - ref.weekday + 7) % 7 || 7)));
  }
}

function dayOfMonth(day: number, monthOffset: number | undefined, today: CalendarDate): DayPlan | null {
  const firstOfMonth = { year: today.year, month: today.month, day: 1 };
  if (monthOffset !== undefined) {
    const first = addMonths(firstOfMonth, monthOffset);
    return isValidCalendarDate(first.year, first.month, day) ? dayPlan({ ...first, day }) : null;
  }
  for (let offset = 0; offset <= 12; offset += 1) {
    const first = addMonths(firstOfMonth, offset);
    if (!isValidCalendarDate(first.year, first.month, day)) continue;
    const date = { ...first, day };
    if (compareDates(date, today) < 0) continue;
    return dayPlan(date);
  }
  return null;
}

function holidayDay(
  ref: Extract<DayRef, { type: 'holiday' }>,
  lead: LeadKind,
  frame: Frame,
  plan: TimePlan,
): DayPlan {
  const { country, now } = frame.settings;
  let chosen: DayPlan = dayPlan(frame.today);
  for (let year = frame.today.year; year <= frame.today.year + 1; year += 1) {
    const date = holidayDate(ref.holiday, year);
    // "by Christmas" is done before the day off; "on Christmas" and "by Christmas Eve" mean the day itself.
    const onTheDay = lead === 'on' || EVE_HOLIDAYS.has(ref.holiday) || isBusinessDay(date, country);
    const deadline = onTheDay ? date : previousBusinessDay(date, country);
    chosen = dayPlan(deadline);
    if (placeOnDay(deadline, plan, frame).at.getTime() > now.getTime()) break;
  }
  return chosen;
}

function planDay(ref: DayRef, lead: LeadKind, frame: Frame, plan: TimePlan): DayPlan | null {
  const { today, settings } = frame;
  switch (ref.type) {
    case 'relative':
      return dayPlan(addDays(today, ref.days));
    case 'weekday':
      return weekdayDay(ref, today);
    case 'calendar':
      return calendarDay(ref.month, ref.day, ref.year, today);
    case 'numeric': {
      const dayFirst = { day: ref.first, month: ref.second };
      const monthFirst = { day: ref.second, month: ref.first };
      const [preferred, other] = settings.dayFirst ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
      const main = calendarDay(preferred.month, preferred.day, ref.year, today);
      const alternative = calendarDay(other.month, other.day, ref.year, today);
      if (!main) return alternative;
      if (alternative && settings.numericDatesAmbiguous) main.alternatives.push(alternative.date);
      return main;
    }
    case 'day-of-month':
      return dayOfMonth(ref.day, ref.monthOffset, today);
    case 'holiday':
      return holidayDay(ref, lead, frame, plan);
    case 'business-day': {
      const date = addBusinessDays(today, ref.offset, settings.country);
      return dayPlan(date, {
        assumptions: [{ code: 'business-days', params: { country: settings.country } }],
        holidaySkipped: weekdayHolidaysBetween(today, date, settings.country).length > 0,
      });
    }
    case 'after-weekend': {
      const monday = addDays(today, 8 - isoWeekday(today));
      const date = businessDayOnOrAfter(monday, settings.country);
      return dayPlan(date, { fuzzy: true, holidaySkipped: !sameDate(date, monday) });
    }
  }
}

/** "before Monday" is the start of business that Monday; "before Christmas" and "before noon" are not days. */
function readsBeforeDay(ref: DayRef): boolean {
  return (
    ref.type === 'relative' ||
    ref.type === 'weekday' ||
    ref.type === 'calendar' ||
    ref.type === 'numeric' ||
    ref.type === 'day-of-month'
  );
}

function resolveDay(ref: DayRef, time: TimeRef | undefined, lead: LeadKind, frame: Frame): Draft | null {
  const settings = frame.settings;
  let plan: TimePlan | null;
  if (time) plan = planTime(time, settings);
  else if (lead === 'before' && readsBeforeDay(ref)) plan = beforeDayTime(settings);
  else plan = defaultTime(settings);
  if (!plan) return null;
  const day = planDay(ref, lead, frame, plan);
  if (!day) return null;
  const placed = placeOnDay(day.date, plan, frame);
  const alternatives = day.alternatives.map((date) => placeOnDay(date, plan, frame).at);
  return {
    dueAt: placed.at,
    kind: plan.source === 'default' ? 'date' : 'datetime',
    assumptions: [...day.assumptions, ...timeAssumptions(plan, placed.lateToday)],
    alternatives,
    fuzzy: day.fuzzy,
    holidaySkipped: day.holidaySkipped,
  };
}

/** A time with no day: today's, or tomorrow's once today's has passed ("by 9am" said at 10:00). */
function resolveTimeOnly(time: TimeRef, frame: Frame): Draft | null {
  const plan = planTime(time, frame.settings);
  if (!plan) return null;
  const placed = placeOnDay(frame.today, plan, frame);
  let dueAt = placed.at;
  const assumptions = timeAssumptions(plan, placed.lateToday);
  if (dueAt.getTime() <= frame.settings.now.getTime()) {
    dueAt = instantAt(addDays(frame.today, 1 + plan.dayShift), plan.time, frame.zone);
  }
  return { dueAt, kind: 'datetime', assumptions, alternatives: [], fuzzy: false, holidaySkipped: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

interface PeriodPlan {
  /** First and last day of the stretch the phrase names. */
  from: CalendarDate;
  to: CalendarDate;
  kind: DeadlineKind;
  assumptions: Assumption[];
  fuzzy: boolean;
  alternatives: CalendarDate[];
  /** The deadline day; otherwise the last business day of `from`..`to`. */
  day?: CalendarDate;
}

function weekPlan(period: PeriodRef, frame: Frame): PeriodPlan | null {
  const { today } = frame;
  let monday: CalendarDate;
  const assumptions: Assumption[] = [];
  if (period.isoWeek !== undefined) {
    const year = period.year ?? today.year;
    if (!withinHorizon(year, today)) return null;
    monday = startOfIsoWeekNumber(year, period.isoWeek);
    if (period.year === undefined && compareDates(addDays(monday, 6), today) < 0) {
      monday = startOfIsoWeekNumber(year + 1, period.isoWeek);
      assumptions.push({ code: 'next-year' });
    }
  } else {
    monday = addDays(startOfIsoWeek(today), 7 * (period.offset ?? 0));
  }
  const ranges = { whole: [0, 6], early: [0, 1], mid: [2, 2], late: [3, 6], end: [0, 6] } as const;
  const [first, last] = ranges[period.part];
  return {
    from: addDays(monday, first),
    to: addDays(monday, last),
    kind: period.part === 'end' ? 'datetime' : 'range',
    assumptions,
    fuzzy: period.part === 'early' || period.part === 'mid' || period.part === 'late',
    alternatives: [],
  };
}

function weekendPlan(period: PeriodRef, frame: Frame): PeriodPlan {
  const { today } = frame;
  const weekday = isoWeekday(today);
  const sunday = addDays(today, 7 - weekday + 7 * (period.offset ?? 0));
  const saturday = addDays(sunday, -1);
  // "next weekend" on a weekday: some mean the coming one.
  const alternatives = (period.offset ?? 0) === 1 && weekday <= 5 ? [addDays(sunday, -7)] : [];
  return {
    from: saturday,
    to: sunday,
    kind: 'range',
    assumptions: [],
    fuzzy: false,
    alternatives,
    day: period.part === 'early' ? saturday : sunday,
  };
}

function monthPlan(period: PeriodRef, frame: Frame, country: string): PeriodPlan | null {
  const { today } = frame;
  const assumptions: Assumption[] = [];
  let year: number;
  let month: number;
  if (period.month !== undefined) {
    year = period.year ?? today.year;
    month = period.month;
    if (!withinHorizon(year, today)) return null;
    const lastDay = { year, month, day: daysInMonth(year, month) };
    if (period.year === undefined && compareDates(lastDay, today) < 0) {
      year += 1;
      assumptions.push({ code: 'next-year' });
    }
  } else {
    const first = addMonths({ year: today.year, month: today.month, day: 1 }, period.offset ?? 0);
    year = first.year;
    month = first.month;
  }
  const length = daysInMonth(year, month);
  if (period.weekOfMonth !== undefined) {
    const firstDay = period.weekOfMonth < 0 ? length - 6 : (period.weekOfMonth - 1) * 7 + 1;
    return {
      from: { year, month, day: firstDay },
      to: { year, month, day: Math.min(length, firstDay + 6) },
      kind: 'range',
      assumptions,
      fuzzy: false,
      alternatives: [],
    };
  }
  const ranges = {
    whole: [1, length],
    early: [1, 10],
    mid: [11, 20],
    late: [21, length],
    end: [1, length],
  } as const;
  const [first, last] = ranges[period.part];
  const isEnd = period.part === 'end';
  return {
    from: { year, month, day: first },
    to: { year, month, day: last },
    kind: isEnd ? 'date' : 'range',
    assumptions: isEnd ? [...assumptions, { code: 'end-of-month' }] : assumptions,
    fuzzy: !isEnd,
    alternatives: [],
    ...(isEnd ? { day: lastBusinessDayOfMonth(year, month, country) } : {}),
  };
}

function quarterPlan(period: PeriodRef, frame: Frame, country: string): PeriodPlan | null {
  const { today } = frame;
  const currentQuarter = Math.floor((today.month - 1) / 3) + 1;
  const assumptions: Assumption[] = [];
  let year = period.year ?? today.year;
  let quarter: number;
  if (period.quarter !== undefined) {
    quarter = period.quarter;
    if (period.year === undefined && quarter < currentQuarter) {
      year += 1;
      assumptions.push({ code: 'next-year' });
    }
  } else {
    const index = today.year * 4 + (currentQuarter - 1) + (period.offset ?? 0);
    year = Math.floor(index / 4);
    quarter = index - year * 4 + 1;
  }
  if (!withinHorizon(year, today)) return null;
  const firstMonth = (quarter - 1) * 3 + 1;
  const months = { whole: [0, 2], early: [0, 0], mid: [1, 1], late: [2, 2], end: [0, 2] } as const;
  const [a, b] = months[period.part];
  const lastMonth = firstMonth + b;
  const isEnd = period.part === 'end';
  return {
    from: { year, month: firstMonth + a, day: 1 },
    to: { year, month: lastMonth, day: daysInMonth(year, lastMonth) },
    kind: isEnd ? 'date' : 'range',
    assumptions,
    fuzzy: !isEnd,
    alternatives: [],
    ...(isEnd ? { day: lastBusinessDayOfMonth(year, lastMonth, country) } : {}),
  };
}

function yearPlan(period: PeriodRef, frame: Frame): PeriodPlan | null {
  const year = period.year ?? frame.today.year + (period.offset ?? 0);
  if (!withinHorizon(year, frame.today)) return null;
  const months = { whole: [1, 12], early: [1, 2], mid: [6, 7], late: [10, 12], end: [1, 12] } as const;
  const [a, b] = months[period.part];
  return {
    from: { year, month: a, day: 1 },
    to: { year, month: b, day: daysInMonth(year, b) },
    kind: period.part === 'end' ? 'date' : 'range',
    assumptions: [],
    fuzzy: period.part !== 'end',
    alternatives: [],
  };
}

/** "end of week" said on Saturday is next week's end; "end of this week" stays this week's (and is past). */
function resolvePeriod(
  period: PeriodRef,
  time: TimeRef | undefined,
  lead: LeadKind,
  frame: Frame,
): Draft | null {
  const implicit =
    period.offset === undefined &&
    period.isoWeek === undefined &&
    period.month === undefined &&
    period.quarter === undefined &&
    period.year === undefined &&
    period.unit !== 'weekend';
  if (!implicit) return resolvePeriodAt(period, time, lead, frame);
  const current = resolvePeriodAt({ ...period, offset: 0 }, time, lead, frame);
  if (current && current.dueAt.getTime() > frame.settings.now.getTime()) return current;
  return resolvePeriodAt({ ...period, offset: 1 }, time, lead, frame) ?? current;
}

function resolvePeriodAt(
  period: PeriodRef,
  time: TimeRef | undefined,
  lead: LeadKind,
  frame: Frame,
): Draft | null {
  const { settings } = frame;
  const country = settings.country;
  let plan: PeriodPlan | null;
  switch (period.unit) {
    case 'week':
      plan = weekPlan(period, frame);
      break;
    case 'weekend':
      plan = weekendPlan(period, frame);
      break;
    case 'month':
      plan = monthPlan(period, frame, country);
      break;
    case 'quarter':
      plan = quarterPlan(period, frame, country);
      break;
    case 'year':
      plan = yearPlan(period, frame);
      break;
  }
  if (!plan) return null;
  if (period.during)
    plan.fuzzy = period.unit === 'month' || period.unit === 'quarter' || period.unit === 'year';

  let day: CalendarDate;
  let kind = plan.kind;
  const assumptions = [...plan.assumptions];
  let holidaySkipped = false;
  if (lead === 'before' && period.part !== 'end') {
    // "before the weekend", "voor volgende week": the last business day before it starts.
    day = previousBusinessDay(plan.from, country);
    kind = 'date';
    plan.fuzzy = false;
    holidaySkipped = weekdayHolidaysBetween(day, addDays(plan.from, -1), country).length > 0;
  } else if (plan.day) {
    day = plan.day;
    holidaySkipped = weekdayHolidaysBetween(day, plan.to, country).length > 0;
  } else {
    day = lastBusinessDayInRange(plan.from, plan.to, country) ?? plan.to;
    holidaySkipped = weekdayHolidaysBetween(day, plan.to, country).length > 0;
    if (period.unit === 'week' && period.part === 'end') {
      assumptions.push({ code: 'end-of-week', params: { weekday: isoWeekday(day) } });
    } else {
      assumptions.push({ code: 'range-end' });
    }
  }
  if (period.unit === 'weekend' && !(lead === 'before' && period.part !== 'end'))
    assumptions.push({ code: 'range-end' });

  let timePlan: TimePlan | null = defaultTime(settings);
  if (time) {
    timePlan = planTime(time, settings);
    kind = 'datetime';
  }
  if (!timePlan) return null;
  const placed = placeOnDay(day, timePlan, frame);
  const plan2 = timePlan;
  return {
    dueAt: placed.at,
    kind,
    assumptions: [...assumptions, ...timeAssumptions(plan2, placed.lateToday)],
    alternatives: plan.alternatives.map((date) => placeOnDay(date, plan2, frame).at),
    fuzzy: plan.fuzzy,
    holidaySkipped,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Durations

function resolveDuration(duration: DurationRef, frame: Frame): Draft {
  const { settings, today } = frame;
  const { amount, unit, direction } = duration;
  const assumptions: Assumption[] = [];
  if (duration.lowerAmount !== undefined) assumptions.push({ code: 'later-alternative' });
  const fuzzy = duration.fuzzy === true;
  if (unit === 'second' || unit === 'minute' || unit === 'hour') {
    // Elapsed time: instant arithmetic, whatever the wall clock does in between.
    const dueAt = new Date(settings.now.getTime() + direction * Math.round(amount * MS[unit]));
    return { kind: 'duration', dueAt, assumptions, alternatives: [], fuzzy, holidaySkipped: false };
  }
  let date: CalendarDate;
  let holidaySkipped = false;
  if (unit === 'business-day') {
    date = addBusinessDays(today, direction * Math.ceil(amount), settings.country);
    assumptions.push({ code: 'business-days', params: { country: settings.country } });
    holidaySkipped = direction > 0 && weekdayHolidaysBetween(today, date, settings.country).length > 0;
  } else if (unit === 'day' || unit === 'week') {
    date = addDays(today, direction * Math.ceil(amount * (unit === 'week' ? 7 : 1)));
  } else {
    const months = amount * (unit === 'year' ? 12 : 1);
    const whole = Math.floor(months);
    date = addDays(addMonths(today, direction * whole), direction * Math.round((months - whole) * 30));
  }
  const plan = defaultTime(settings);
  assumptions.push(...timeAssumptions(plan, false));
  const dueAt = instantAt(date, plan.time, frame.zone);
  return { kind: 'duration', dueAt, assumptions, alternatives: [], fuzzy, holidaySkipped };
}

// ---------------------------------------------------------------------------------------------------------------
// Phrases

/**
 * The frames of the parse in progress, by zone: a parse is synchronous and has one settings object, so the last
 * one's frames are all that is worth keeping. Each parse gets a new map rather than clearing the old one: a
 * long-lived map lives in V8's old generation, `clear()` gives it a new table there, and each discarded table
 * still points at its parse's frames, so every frame (with its settings and clock) outlived the next
 * young-generation collection and was promoted. (A WeakMap keyed by each parse's settings did the same.)
 */
let framesFor: ResolutionSettings | undefined;
let frames = new Map<string, Frame>();

function frameFor(zone: ZoneRef | undefined, settings: ResolutionSettings): Frame {
  const timeZone = zone?.timeZone ?? settings.timeZone;
  if (framesFor !== settings) {
    frames = new Map();
    framesFor = settings;
  }
  let frame = frames.get(timeZone);
  if (!frame) {
    frame = { settings, zone: timeZone, today: wallClockAt(settings.now, timeZone).date };
    frames.set(timeZone, frame);
  }
  return frame;
}

function resolveFragment(fragment: Fragment, lead: LeadKind, frame: Frame): Draft | null {
  switch (fragment.kind) {
    case 'duration':
      return resolveDuration(fragment.duration, frame);
    case 'day':
      return resolveDay(fragment.day, fragment.time, lead, frame);
    case 'time':
      // "EOD" on its own is today's end of business, even when said late ("end of today").
      if (fragment.time.type === 'part' && fragment.time.part === 'end-of-business') {
        return resolveDay({ type: 'relative', days: 0 }, fragment.time, lead, frame);
      }
      return resolveTimeOnly(fragment.time, frame);
    case 'period':
      return resolvePeriod(fragment.period, fragment.time, lead, frame);
    case 'zone':
      return null;
  }
}

function resolveReading(reading: Reading, lead: LeadKind, settings: ResolutionSettings): Draft | null {
  const frame = frameFor(reading.zone, settings);
  const draft = resolveFragment(reading.fragment, lead, frame);
  if (!draft || Number.isNaN(draft.dueAt.getTime())) return null;
  if (
    reading.zone &&
    offsetMinutesAt(draft.dueAt, reading.zone.timeZone) !== offsetMinutesAt(draft.dueAt, settings.timeZone)
  ) {
    draft.assumptions.push({
      code: 'explicit-zone',
      params: { zone: reading.zone.label, timeZone: reading.zone.timeZone },
    });
  }
  return draft;
}

/** The day a deadline falls on in the owner's zone; midnight closes the day before ("by midnight" is Friday's). */
function deadlineDay(dueAt: Date, settings: ResolutionSettings): CalendarDate {
  const { date, time } = wallClockAt(dueAt, settings.timeZone);
  return time.hour === 0 && time.minute === 0 ? addDays(date, -1) : date;
}

const FLAG_ORDER: readonly DeadlineFlag[] = ['ambiguous', 'weekend', 'holiday', 'fuzzy'];

export function resolvePhrase(phrase: Phrase, settings: ResolutionSettings): Resolution | null {
  const drafts = phrase.readings
    .map((reading) => resolveReading(reading, phrase.lead, settings))
    .filter((draft): draft is Draft => draft !== null);
  if (drafts.length === 0) return null;
  let chosen = drafts[0] as Draft;
  for (const draft of drafts) if (draft.dueAt.getTime() > chosen.dueAt.getTime()) chosen = draft;
  const assumptions = [...chosen.assumptions];
  let kind = chosen.kind;
  if (phrase.join === 'or' && drafts.length > 1) assumptions.push({ code: 'later-alternative' });
  if (phrase.join === 'range') {
    kind = 'range';
    if (!assumptions.some((a) => a.code === 'range-end')) assumptions.push({ code: 'range-end' });
  }

  const now = settings.now.getTime();
  const due = chosen.dueAt.getTime();
  const alternatives: DeadlineReading[] = [];
  for (const at of chosen.alternatives) {
    const time = at.getTime();
    if (time > now && time !== due && !alternatives.some((a) => a.dueAt.getTime() === time)) {
      alternatives.push({ dueAt: at, kind });
    }
  }

  const day = deadlineDay(chosen.dueAt, settings);
  const flags = new Set<DeadlineFlag>();
  if (alternatives.length > 0) flags.add('ambiguous');
  if (isWeekend(day)) flags.add('weekend');
  if (isPublicHoliday(day, settings.country) || chosen.holidaySkipped) flags.add('holiday');
  if (chosen.fuzzy) flags.add('fuzzy');

  return {
    dueAt: chosen.dueAt,
    kind,
    assumptions: dedupeAssumptions(assumptions),
    flags: FLAG_ORDER.filter((flag) => flags.has(flag)),
    alternatives,
  };
}

function dedupeAssumptions(assumptions: Assumption[]): Assumption[] {
  if (assumptions.length < 2) return assumptions;
  const seen = new Set<string>();
  return assumptions.filter((a) => {
    const key = a.params ? `${a.code}:${Object.values(a.params).join('|')}` : a.code;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

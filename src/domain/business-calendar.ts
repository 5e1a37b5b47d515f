/**
 * Calendar dates, business days and wall-clock time in a time zone.
 *
 * Everything here is pure: dates are plain `{ year, month, day }` values (no time, no zone), instants are `Date`s,
 * and converting between the two always names the IANA zone. Public holidays come from `date-holidays` (type
 * `public` only); the library's result per country and year is memoised, which keeps look-ups cheap without
 * changing any answer.
 */
import { tzOffset } from '@date-fns/tz';
import Holidays from 'date-holidays';

/** A day in the calendar, independent of any zone. `month` is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Wall-clock time of day, 24-hour. */
export interface WallClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MS_PER_DAY = 86_400_000;

// Days since 1970-01-01 and back, by pure arithmetic (H. Hinnant's civil-date algorithms): no Date objects, so
// no time zone can leak in, and it is cheap enough to call for every day a business-day count walks over.
function toEpochDay(date: CalendarDate): number {
  const y = date.year - (date.month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

/** Whether the fields name a real day (e.g. not 30 February). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Adds calendar months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Negative when `a` is before `b`, zero when equal. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** `YYYY-MM-DD`. */
export function formatCalendarDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function isoWeekday(date: CalendarDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isWeekend(date: CalendarDate): boolean {
  return isoWeekday(date) >= 6;
}

/** Monday of the ISO week (Monday-Sunday) that holds `date`. */
export function startOfIsoWeek(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week number and its year (week 1 holds the year's first Thursday). */
export function isoWeekOf(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

/** Monday of ISO week `week` of `year`. */
export function startOfIsoWeekNumber(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(startOfIsoWeek(jan4), (week - 1) * 7);
}

// ---------------------------------------------------------------------------------------------------------------
// Public holidays

const holidayLibraries = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<string, string>>();
/** Per country, per year: the holidays keyed by `year * 10000 + month * 100 + day`, for quick look-ups. */
const holidayKeysByCountry = new Map<string, Map<number, ReadonlyMap<number, string>>>();

function holidayKeys(year: number, country: string): ReadonlyMap<number, string> {
  let byYear = holidayKeysByCountry.get(country);
  if (!byYear) {
    byYear = new Map();
    holidayKeysByCountry.set(country, byYear);
  }
  let keys = byYear.get(year);
  if (!keys) {
    const byNumber = new Map<number, string>();
    for (const [date, name] of publicHolidays(year, country)) {
      const [y, m, d] = date.split('-').map(Number);
      if (y !== undefined && m !== undefined && d !== undefined) byNumber.set(y * 10000 + m * 100 + d, name);
    }
    keys = byNumber;
    byYear.set(year, keys);
  }
  return keys;
}

function holidayLibrary(country: string): Holidays {
  let library = holidayLibraries.get(country);
  if (!library) {
    library = new Holidays(country);
    holidayLibraries.set(country, library);
  }
  return library;
}

/**
 * The public holidays of `country` in `year`, keyed `YYYY-MM-DD`, valued with the holiday's name. Only
 * `date-holidays` type `public` counts: bank, school, optional days and observances are business days.
 */
export function publicHolidays(year: number, country: string): ReadonlyMap<string, string> {
  const key = `${country.toUpperCase()}:${year}`;
  const cached = holidaysByYear.get(key);
  if (cached) return cached;
  const byDate = new Map<string, string>();
  const list = holidayLibrary(country.toUpperCase()).getHolidays(year) ?? [];
  for (const holiday of list) {
    if (holiday.type !== 'public') continue;
    const first = holiday.date.slice(0, 10);
    byDate.set(first, holiday.name);
    // A few holidays span several days; `end` is exclusive.
    const spanDays = Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY);
    if (spanDays > 1) {
      const [y, m, d] = first.split('-').map(Number);
      if (y !== undefined && m !== undefined && d !== undefined) {
        for (let i = 1; i < spanDays; i += 1) {
          byDate.set(formatCalendarDate(addDays({ year: y, month: m, day: d }, i)), holiday.name);
        }
      }
    }
  }
  holidaysByYear.set(key, byDate);
  return byDate;
}

export function publicHolidayName(date: CalendarDate, country: string): string | undefined {
  return holidayKeys(date.year, country).get(date.year * 10000 + date.month * 100 + date.day);
}

export function isPublicHoliday(date: CalendarDate, country: string): boolean {
  return publicHolidayName(date, country) !== undefined;
}

/** A weekday (Monday-Friday) that is not a public holiday of `country`. */
export function isBusinessDay(date: CalendarDate, country: string): boolean {
  return !isWeekend(date) && !isPublicHoliday(date, country);
}

/** Weekday public holidays strictly after `from` and up to and including `to`: days a business-day count skipped. */
export function weekdayHolidaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  country: string,
): CalendarDate[] {
  const found: CalendarDate[] = [];
  const span = daysBetween(from, to);
  for (let i = 1; i <= span; i += 1) {
    const day = addDays(from, i);
    if (!isWeekend(day) && isPublicHoliday(day, country)) found.push(day);
  }
  return found;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: CalendarDate, country: string): CalendarDate {
  return addBusinessDays(date, 1, country);
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: CalendarDate, country: string): CalendarDate {
  return addBusinessDays(date, -1, country);
}

/**
 * Moves `count` business days from `date` (which itself is not counted): +1 from Friday is Monday, +1 from
 * Saturday is Monday. Negative counts move backwards. Zero returns `date` unchanged.
 */
export function addBusinessDays(date: CalendarDate, count: number, country: string): CalendarDate {
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(count));
  let current = date;
  // A year without a single business day does not exist; the guard only stops a malformed calendar looping.
  let guard = remaining * 7 + 400;
  while (remaining > 0 && guard > 0) {
    current = addDays(current, step);
    if (isBusinessDay(current, country)) remaining -= 1;
    guard -= 1;
  }
  return current;
}

export function businessDayOnOrBefore(date: CalendarDate, country: string): CalendarDate {
  return isBusinessDay(date, country) ? date : previousBusinessDay(date, country);
}

export function businessDayOnOrAfter(date: CalendarDate, country: string): CalendarDate {
  return isBusinessDay(date, country) ? date : nextBusinessDay(date, country);
}

/** The last business day in `[from, to]`, or `null` when the range holds none (a weekend, a holiday week). */
export function lastBusinessDayInRange(
  from: CalendarDate,
  to: CalendarDate,
  country: string,
): CalendarDate | null {
  for (let day = to; compareDates(day, from) >= 0; day = addDays(day, -1)) {
    if (isBusinessDay(day, country)) return day;
  }
  return null;
}

/** The last business day of the ISO week (Monday-Sunday) that holds `date`; `null` if the whole week is off. */
export function lastBusinessDayOfWeek(date: CalendarDate, country: string): CalendarDate | null {
  const monday = startOfIsoWeek(date);
  return lastBusinessDayInRange(monday, addDays(monday, 6), country);
}

export function lastBusinessDayOfMonth(year: number, month: number, country: string): CalendarDate {
  const last = { year, month, day: daysInMonth(year, month) };
  return businessDayOnOrBefore(last, country);
}

// ---------------------------------------------------------------------------------------------------------------
// Zones: calendar dates and wall-clock times of instants
//
// Offsets come from @date-fns/tz (`tzOffset`, which asks the runtime's Intl time zone data), memoised per zone in
// 15-minute buckets: zone offsets only change on quarter-hour boundaries, and one Intl call costs about as much as
// the rest of a deadline parse. Conversions are then plain arithmetic, independent of the process's own `TZ`; the
// tests cross-check them against `TZDate` around DST changes.

const OFFSET_BUCKET_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 100_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's UTC offset in minutes at `instant` (e.g. 60 for Amsterdam in winter); `NaN` for an unknown zone. */
export function offsetMinutesAt(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const bucket = Math.floor(ms / OFFSET_BUCKET_MS);
  const cached = offsetCache.get(timeZone)?.get(bucket);
  if (cached !== undefined) return cached;
  const offset = tzOffset(timeZone, new Date(bucket * OFFSET_BUCKET_MS));
  // Unknown zones are not remembered: they come from what people type, and each would keep a map.
  if (Number.isNaN(offset)) return offset;
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  if (zone.size >= MAX_CACHED_OFFSETS) zone.clear();
  zone.set(bucket, offset);
  return offset;
}

/** Whether `timeZone` is an IANA name or UTC offset the runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  return !Number.isNaN(offsetMinutesAt(0, timeZone));
}

/** The calendar date and wall-clock time of `instant` in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): { date: CalendarDate; time: WallClockTime } {
  const local = instant.getTime() + Math.round(offsetMinutesAt(instant, timeZone) * 60_000);
  const epochDay = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - epochDay * MS_PER_DAY) / 60_000);
  return {
    date: fromEpochDay(epochDay),
    time: { hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 },
  };
}

export function calendarDateAt(instant: Date, timeZone: string): CalendarDate {
  return wallClockAt(instant, timeZone).date;
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on `date`, DST-correct. A wall time that does not
 * exist (inside a spring-forward gap) moves forward by the gap, as clocks do; one that exists twice (fall back)
 * is the later one, which leaves the most time.
 */
export function instantAt(date: CalendarDate, time: WallClockTime, timeZone: string): Date {
  const local = toEpochDay(date) * MS_PER_DAY + (time.hour * 60 + time.minute) * 60_000;
  const toMs = (minutes: number) => Math.round(minutes * 60_000);
  const first = offsetMinutesAt(local, timeZone);
  let guess = local - toMs(first);
  const second = offsetMinutesAt(guess, timeZone);
  if (second === first) return new Date(guess);
  guess = local - toMs(second);
  const third = offsetMinutesAt(guess, timeZone);
  if (third === second) return new Date(guess);
  // In a gap: read the wall time with the offset from before the change, which lands after the gap.
  return new Date(local - toMs(Math.min(second, third)));
}

export interface BusinessHours {
  readonly timeZone: string;
  readonly country: string;
  readonly start: WallClockTime;
  readonly end: WallClockTime;
}

function minutesOf(time: WallClockTime): number {
  return time.hour * 60 + time.minute;
}

/** Whether `instant` falls on a business day between the start (inclusive) and end (exclusive) of business. */
export function isWithinBusinessHours(instant: Date, hours: BusinessHours): boolean {
  const { date, time } = wallClockAt(instant, hours.timeZone);
  if (!isBusinessDay(date, hours.country)) return false;
  const minute = minutesOf(time);
  return minute >= minutesOf(hours.start) && minute < minutesOf(hours.end);
}

/** `instant` itself when within business hours, otherwise the start of the next business period. */
export function nextBusinessMoment(instant: Date, hours: BusinessHours): Date {
  if (isWithinBusinessHours(instant, hours)) return instant;
  const { date, time } = wallClockAt(instant, hours.timeZone);
  const beforeStart = minutesOf(time) < minutesOf(hours.start);
  const day = beforeStart && isBusinessDay(date, hours.country) ? date : nextBusinessDay(date, hours.country);
  return instantAt(day, hours.start, hours.timeZone);
}

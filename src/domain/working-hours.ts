/**
 * When a person can be reminded: their working days and hours, in their own zone, minus public holidays.
 * Pure; the zone and the holiday country are arguments.
 */

import {
  addDays,
  type CalendarDate,
  type IsoWeekday,
  instantAt,
  isoWeekday,
  isPublicHoliday,
  type WallClockTime,
  wallClockAt,
} from './business-calendar.js';

export interface WorkingHours {
  start: WallClockTime;
  end: WallClockTime;
  /** ISO weekdays worked, 1 = Monday. */
  days: readonly IsoWeekday[];
  /** Public holidays of this country are not worked. */
  country: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  start: { hour: 9, minute: 0 },
  end: { hour: 17, minute: 30 },
  days: [1, 2, 3, 4, 5],
  country: 'NL',
};

/** How far back to look for a working day before giving up (a year of holidays does not exist). */
const SEARCH_DAYS = 400;

export function isWorkingDay(date: CalendarDate, hours: WorkingHours): boolean {
  return hours.days.includes(isoWeekday(date)) && !isPublicHoliday(date, hours.country);
}

const minutes = (time: WallClockTime) => time.hour * 60 + time.minute;

/** Whether `instant` is within working hours in `timeZone`; the start and end minutes both count. */
export function isWorkingMoment(instant: Date, timeZone: string, hours: WorkingHours): boolean {
  const { date, time } = wallClockAt(instant, timeZone);
  if (!isWorkingDay(date, hours)) return false;
  const minute = minutes(time);
  return minute >= minutes(hours.start) && minute <= minutes(hours.end);
}

/**
 * `instant` itself when it is a working moment, otherwise the end of the last working period before it
 * (e.g. a Saturday reminder moves to Friday 17:30). `undefined` when no working day exists in the search window.
 */
export function lastWorkingMomentAtOrBefore(
  instant: Date,
  timeZone: string,
  hours: WorkingHours,
): Date | undefined {
  if (isWorkingMoment(instant, timeZone, hours)) return instant;
  const { date, time } = wallClockAt(instant, timeZone);
  let day = isWorkingDay(date, hours) && minutes(time) > minutes(hours.end) ? date : addDays(date, -1);
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    if (isWorkingDay(day, hours)) {
      const end = instantAt(day, hours.end, timeZone);
      if (end.getTime() <= instant.getTime()) return end;
    }
    day = addDays(day, -1);
  }
  return undefined;
}

/** The working day before `date` (not counting `date` itself). */
export function previousWorkingDay(date: CalendarDate, hours: WorkingHours): CalendarDate | undefined {
  let day = addDays(date, -1);
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    if (isWorkingDay(day, hours)) return day;
    day = addDays(day, -1);
  }
  return undefined;
}

/** Working minutes between two instants in `timeZone` (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date, timeZone: string, hours: WorkingHours): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  let day = wallClockAt(from, timeZone).date;
  const last = wallClockAt(to, timeZone).date;
  for (let i = 0; i < SEARCH_DAYS * 4; i += 1) {
    if (isWorkingDay(day, hours)) {
      const start = Math.max(instantAt(day, hours.start, timeZone).getTime(), from.getTime());
      const end = Math.min(instantAt(day, hours.end, timeZone).getTime(), to.getTime());
      if (end > start) total += (end - start) / 60_000;
    }
    if (day.year === last.year && day.month === last.month && day.day === last.day) break;
    day = addDays(day, 1);
  }
  return Math.round(total);
}

/** The instant `minutes` working minutes after `from` (counting only working hours in `timeZone`). */
export function addWorkingMinutes(from: Date, minutes: number, timeZone: string, hours: WorkingHours): Date {
  let remaining = minutes * 60_000;
  let day = wallClockAt(from, timeZone).date;
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    if (isWorkingDay(day, hours)) {
      const start = Math.max(instantAt(day, hours.start, timeZone).getTime(), from.getTime());
      const end = instantAt(day, hours.end, timeZone).getTime();
      if (end > start) {
        if (end - start >= remaining) return new Date(start + remaining);
        remaining -= end - start;
      }
    }
    day = addDays(day, 1);
  }
  return new Date(from.getTime() + minutes * 60_000);
}

/** `instant` when it is a working moment, else the start of the next working period. */
export function firstWorkingMomentAtOrAfter(
  instant: Date,
  timeZone: string,
  hours: WorkingHours,
): Date | undefined {
  if (isWorkingMoment(instant, timeZone, hours)) return instant;
  const { date, time } = wallClockAt(instant, timeZone);
  let day = isWorkingDay(date, hours) && minutes(time) < minutes(hours.start) ? date : addDays(date, 1);
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    if (isWorkingDay(day, hours)) return instantAt(day, hours.start, timeZone);
    day = addDays(day, 1);
  }
  return undefined;
}

/**
 * The calendar date of a named holiday in a year. Whether the day is off is the business calendar's business
 * (public holidays per country); this only says when Christmas or Easter is.
 */
import { addDays, type CalendarDate, isoWeekday } from '../domain/business-calendar.js';
import type { HolidayName } from './fragments.js';

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export function holidayDate(holiday: HolidayName, year: number): CalendarDate {
  switch (holiday) {
    case 'christmas':
      return { year, month: 12, day: 25 };
    case 'christmas-eve':
      return { year, month: 12, day: 24 };
    case 'boxing-day':
      return { year, month: 12, day: 26 };
    case 'new-year':
      return { year, month: 1, day: 1 };
    case 'new-years-eve':
      return { year, month: 12, day: 31 };
    case 'easter':
      return easterSunday(year);
    case 'easter-monday':
      return addDays(easterSunday(year), 1);
    case 'good-friday':
      return addDays(easterSunday(year), -2);
    case 'ascension':
      return addDays(easterSunday(year), 39);
    case 'pentecost':
      return addDays(easterSunday(year), 49);
    case 'kings-day': {
      const day = { year, month: 4, day: 27 };
      return isoWeekday(day) === 7 ? { year, month: 4, day: 26 } : day;
    }
    case 'sinterklaas':
      return { year, month: 12, day: 5 };
    case 'thanksgiving': {
      const first = { year, month: 11, day: 1 };
      const firstThursday = 1 + ((4 - isoWeekday(first) + 7) % 7);
      return { year, month: 11, day: firstThursday + 21 };
    }
  }
}

/** Days that are themselves the occasion ("by Christmas Eve" is that evening), not a day off to finish before. */
export const EVE_HOLIDAYS: ReadonlySet<HolidayName> = new Set([
  'christmas-eve',
  'new-years-eve',
  'sinterklaas',
]);

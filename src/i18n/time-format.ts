import { TZDate } from '@date-fns/tz';
import { format, formatDistanceStrict } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { type CalendarDate, instantAt } from '../domain/business-calendar.js';
import type { Language } from './language.js';

const DATE_FNS_LOCALE = { en: enGB, nl } as const;

/** "in 2 days", "3 hours ago" / "over 2 dagen": how far `instant` is from `now`; within a minute, "now". */
export function formatRelative(instant: Date, now: Date, language: Language): string {
  if (Math.abs(instant.getTime() - now.getTime()) < 60_000) return language === 'nl' ? 'nu' : 'now';
  return formatDistanceStrict(instant, now, { addSuffix: true, locale: DATE_FNS_LOCALE[language] });
}

/** "Fri 27 Nov 2026, 15:00" / "vr 27 nov 2026, 15:00", the wall-clock time in `timeZone`. */
export function formatAbsolute(instant: Date, timeZone: string, language: Language): string {
  return format(new TZDate(instant.getTime(), timeZone), 'EEE d MMM yyyy, HH:mm', {
    locale: DATE_FNS_LOCALE[language],
  });
}

/** "1 hour", "25 minutes" / "1 uur": the distance without "in" or "ago". */
export function formatDistanceShort(instant: Date, now: Date, language: Language): string {
  return formatDistanceStrict(instant, now, { locale: DATE_FNS_LOCALE[language] });
}

/** "Thursday 26 November" / "donderdag 26 november": a calendar day in a zone. */
export function formatDay(date: CalendarDate, timeZone: string, language: Language): string {
  const noon = instantAt(date, { hour: 12, minute: 0 }, timeZone);
  return format(new TZDate(noon.getTime(), timeZone), 'EEEE d MMMM', { locale: DATE_FNS_LOCALE[language] });
}

/** "3 hours", "2 days" / "3 uur": a length of time. */
export function formatSpan(ms: number, language: Language): string {
  return formatDistanceStrict(new Date(0), new Date(ms), { locale: DATE_FNS_LOCALE[language] });
}

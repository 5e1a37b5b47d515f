import {
  addDays,
  type CalendarDate,
  calendarDateAt,
  instantAt,
  type WallClockTime,
} from './business-calendar.js';
import { isWorkingDay, type WorkingHours } from './working-hours.js';

/**
 * When a channel's next daily digest is due: the first working day (working days of the workspace, no public
 * holidays) whose `localTime` in `timeZone` is after `after`.
 */
export function nextDigestAt(
  after: Date,
  localTime: WallClockTime,
  timeZone: string,
  hours: WorkingHours,
): { date: CalendarDate; at: Date } | undefined {
  let day = calendarDateAt(after, timeZone);
  for (let i = 0; i < 400; i += 1) {
    if (isWorkingDay(day, hours)) {
      const at = instantAt(day, localTime, timeZone);
      if (at.getTime() > after.getTime()) return { date: day, at };
    }
    day = addDays(day, 1);
  }
  return undefined;
}

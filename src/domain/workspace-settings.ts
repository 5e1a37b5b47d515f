/** A workspace's settings, with the defaults a new workspace gets. */

import type { IsoWeekday, WallClockTime } from './business-calendar.js';
import { DEFAULT_LADDER, type Ladder } from './reminder-plan.js';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from './working-hours.js';

export interface WorkspaceSettings {
  teamId: string;
  /** Where at-risk and broken notices go for owners without a lead. */
  escalationChannelId: string | null;
  workingHours: WorkingHours;
  /** What a date without a time means. */
  endOfBusiness: WallClockTime;
  /** Zone for users Slack gives none; null means the DEFAULT_TIMEZONE setting. */
  defaultTimeZone: string | null;
  ladder: Ladder;
  /** Language of channel posts. */
  language: 'en' | 'nl';
  /** The realism and load checks at the moment of promising. */
  coachingEnabled: boolean;
  /** Open promises due on one business day at which the load check speaks up (1 to MAX_LOAD_THRESHOLD). */
  loadThreshold: number;
}

/** The highest load threshold a workspace can set; the load check counts no further than this. */
export const MAX_LOAD_THRESHOLD = 100;

export function defaultWorkspaceSettings(teamId: string): WorkspaceSettings {
  return {
    teamId,
    escalationChannelId: null,
    workingHours: DEFAULT_WORKING_HOURS,
    endOfBusiness: { hour: 17, minute: 0 },
    defaultTimeZone: null,
    ladder: DEFAULT_LADDER,
    language: 'en',
    coachingEnabled: true,
    loadThreshold: 5,
  };
}

/** 'HH:MM' (24-hour) to a wall-clock time; undefined when malformed. */
export function parseWallClock(text: string): WallClockTime | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function formatWallClock(time: WallClockTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

export function parseWorkDays(text: string): IsoWeekday[] {
  return text
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((day): day is IsoWeekday => Number.isInteger(day) && day >= 1 && day <= 7);
}

import type { WallClockTime } from '../domain/business-calendar.js';
import { DEFAULT_LADDER, type Ladder } from '../domain/reminder-plan.js';
import {
  defaultWorkspaceSettings,
  formatWallClock,
  parseWallClock,
  parseWorkDays,
  type WorkspaceSettings,
} from '../domain/workspace-settings.js';
import { type Db, statement } from './database.js';

interface SettingsRow {
  team_id: string;
  escalation_channel_id: string | null;
  work_start: string;
  work_end: string;
  work_days: string;
  end_of_business: string;
  holiday_country: string;
  default_time_zone: string | null;
  ladder: string | null;
  language: 'en' | 'nl';
  coaching_enabled: 0 | 1;
  load_threshold: number;
}

/** The workspace's settings; a workspace that never saved any gets the defaults. */
export function getWorkspaceSettings(db: Db, teamId: string): WorkspaceSettings {
  const row = statement<[string], SettingsRow>(db, 'SELECT * FROM workspace_settings WHERE team_id = ?').get(
    teamId,
  );
  const defaults = defaultWorkspaceSettings(teamId);
  if (!row) return defaults;
  const time = (text: string, fallback: WallClockTime) => parseWallClock(text) ?? fallback;
  const days = parseWorkDays(row.work_days);
  return {
    teamId,
    escalationChannelId: row.escalation_channel_id,
    workingHours: {
      start: time(row.work_start, defaults.workingHours.start),
      end: time(row.work_end, defaults.workingHours.end),
      days: days.length > 0 ? days : defaults.workingHours.days,
      country: row.holiday_country,
    },
    endOfBusiness: time(row.end_of_business, defaults.endOfBusiness),
    defaultTimeZone: row.default_time_zone,
    ladder:
      row.ladder === null
        ? DEFAULT_LADDER
        : { ...DEFAULT_LADDER, ...(JSON.parse(row.ladder) as Partial<Ladder>) },
    language: row.language,
    coachingEnabled: row.coaching_enabled === 1,
    loadThreshold: row.load_threshold,
  };
}

export function saveWorkspaceSettings(
  db: Db,
  settings: WorkspaceSettings,
  updatedBy: string,
  now: Date,
): void {
  statement(
    db,
    `INSERT INTO workspace_settings (team_id, escalation_channel_id, work_start, work_end, work_days,
       end_of_business, holiday_country, default_time_zone, language, ladder, coaching_enabled, load_threshold,
       updated_by, updated_at)
     VALUES (@teamId, @channel, @start, @end, @days, @eob, @country, @zone, @language, @ladder, @coaching, @load,
       @updatedBy, @at)
     ON CONFLICT (team_id) DO UPDATE SET
       escalation_channel_id = excluded.escalation_channel_id, work_start = excluded.work_start,
       work_end = excluded.work_end, work_days = excluded.work_days, end_of_business = excluded.end_of_business,
       holiday_country = excluded.holiday_country, default_time_zone = excluded.default_time_zone,
       language = excluded.language, ladder = excluded.ladder, coaching_enabled = excluded.coaching_enabled,
       load_threshold = excluded.load_threshold, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run({
    teamId: settings.teamId,
    channel: settings.escalationChannelId,
    start: formatWallClock(settings.workingHours.start),
    end: formatWallClock(settings.workingHours.end),
    days: settings.workingHours.days.join(','),
    eob: formatWallClock(settings.endOfBusiness),
    country: settings.workingHours.country,
    zone: settings.defaultTimeZone,
    language: settings.language,
    coaching: settings.coachingEnabled ? 1 : 0,
    load: settings.loadThreshold,
    ladder: JSON.stringify(settings.ladder),
    updatedBy,
    at: now.getTime(),
  });
}

export function getLead(db: Db, teamId: string, userId: string): string | null {
  const row = statement<[string, string], { lead_id: string | null }>(
    db,
    'SELECT lead_id FROM person_settings WHERE team_id = ? AND user_id = ?',
  ).get(teamId, userId);
  return row?.lead_id ?? null;
}

export function setLead(
  db: Db,
  teamId: string,
  userId: string,
  leadId: string | null,
  updatedBy: string,
  now: Date,
): void {
  statement(
    db,
    `INSERT INTO person_settings (team_id, user_id, lead_id, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (team_id, user_id) DO UPDATE SET
       lead_id = excluded.lead_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(teamId, userId, leadId, updatedBy, now.getTime());
}

export function listLeads(db: Db, teamId: string): Array<{ userId: string; leadId: string }> {
  return statement<[string], { user_id: string; lead_id: string }>(
    db,
    'SELECT user_id, lead_id FROM person_settings WHERE team_id = ? AND lead_id IS NOT NULL ORDER BY user_id',
  )
    .all(teamId)
    .map((row) => ({ userId: row.user_id, leadId: row.lead_id }));
}

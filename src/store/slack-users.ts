import { type Db, statement } from './database.js';

/** What Kept remembers of a Slack user between `users.info` calls. */
export interface SlackUserProfile {
  teamId: string;
  userId: string;
  timeZone: string | null;
  locale: string | null;
  displayName: string | null;
  isBot: boolean;
  deleted: boolean;
  fetchedAt: Date;
}

interface SlackUserRow {
  team_id: string;
  user_id: string;
  time_zone: string | null;
  locale: string | null;
  display_name: string | null;
  is_bot: 0 | 1;
  deleted: 0 | 1;
  fetched_at: number;
}

export function getCachedSlackUser(db: Db, teamId: string, userId: string): SlackUserProfile | undefined {
  const row = statement<[string, string], SlackUserRow>(
    db,
    'SELECT * FROM slack_users WHERE team_id = ? AND user_id = ?',
  ).get(teamId, userId);
  if (!row) return undefined;
  return {
    teamId: row.team_id,
    userId: row.user_id,
    timeZone: row.time_zone,
    locale: row.locale,
    displayName: row.display_name,
    isBot: row.is_bot === 1,
    deleted: row.deleted === 1,
    fetchedAt: new Date(row.fetched_at),
  };
}

export function saveSlackUser(db: Db, profile: SlackUserProfile): void {
  statement(
    db,
    `INSERT INTO slack_users (team_id, user_id, time_zone, locale, display_name, is_bot, deleted, fetched_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (team_id, user_id) DO UPDATE SET
       time_zone = excluded.time_zone, locale = excluded.locale, display_name = excluded.display_name,
       is_bot = excluded.is_bot, deleted = excluded.deleted, fetched_at = excluded.fetched_at`,
  ).run(
    profile.teamId,
    profile.userId,
    profile.timeZone,
    profile.locale,
    profile.displayName,
    profile.isBot ? 1 : 0,
    profile.deleted ? 1 : 0,
    profile.fetchedAt.getTime(),
  );
}

import { type Db, statement } from './database.js';

export interface DigestChannel {
  teamId: string;
  channelId: string;
  /** 'HH:MM' in timeZone. */
  localTime: string;
  timeZone: string;
}

interface Row {
  team_id: string;
  channel_id: string;
  local_time: string;
  time_zone: string;
}

const toChannel = (row: Row): DigestChannel => ({
  teamId: row.team_id,
  channelId: row.channel_id,
  localTime: row.local_time,
  timeZone: row.time_zone,
});

export function saveDigestChannel(db: Db, channel: DigestChannel, createdBy: string, now: Date): void {
  statement(
    db,
    `INSERT INTO digest_channels (team_id, channel_id, local_time, time_zone, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (team_id, channel_id) DO UPDATE SET local_time = excluded.local_time, time_zone = excluded.time_zone`,
  ).run(channel.teamId, channel.channelId, channel.localTime, channel.timeZone, createdBy, now.getTime());
}

export function removeDigestChannel(db: Db, teamId: string, channelId: string): boolean {
  return (
    statement(db, 'DELETE FROM digest_channels WHERE team_id = ? AND channel_id = ?').run(teamId, channelId)
      .changes === 1
  );
}

export function getDigestChannel(db: Db, teamId: string, channelId: string): DigestChannel | undefined {
  const row = statement<[string, string], Row>(
    db,
    'SELECT * FROM digest_channels WHERE team_id = ? AND channel_id = ?',
  ).get(teamId, channelId);
  return row ? toChannel(row) : undefined;
}

export function listDigestChannels(db: Db, teamId: string): DigestChannel[] {
  return statement<[string], Row>(db, 'SELECT * FROM digest_channels WHERE team_id = ? ORDER BY channel_id')
    .all(teamId)
    .map(toChannel);
}

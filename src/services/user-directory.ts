import type { webApi } from '@slack/bolt';
import type { Clock } from '../clock.js';
import { isKnownTimeZone } from '../domain/business-calendar.js';
import type { Db } from '../store/database.js';
import { getCachedSlackUser, type SlackUserProfile, saveSlackUser } from '../store/slack-users.js';

/** A Slack user as Kept needs them: always with a usable zone and locale. */
export interface ResolvedUser {
  userId: string;
  timeZone: string;
  /** False when Slack gave no (valid) zone and the configured default was used. */
  timeZoneFromSlack: boolean;
  locale: string;
  displayName: string | null;
  isBot: boolean;
  deleted: boolean;
}

export type LookupResult = { found: true; user: ResolvedUser } | { found: false };

/** Thrown when Slack cannot be asked and nothing usable is cached; the caller tells the user to retry. */
export class SlackUnavailableError extends Error {
  readonly code = 'slack_unavailable';
}

/** Profiles change rarely; a day-old zone is good enough, and a stale one beats none when Slack is down. */
export const PROFILE_TTL_MS = 24 * 60 * 60 * 1000;

export interface UserDirectoryDeps {
  db: Db;
  client: webApi.WebClient;
  clock: Clock;
  defaultTimeZone: string;
  logger: { warn(...parts: unknown[]): void };
}

/** Reads users' time zone and locale through a cache in the database, asking `users.info` when stale. */
export class UserDirectory {
  constructor(private readonly deps: UserDirectoryDeps) {}

  async lookup(teamId: string, userId: string): Promise<LookupResult> {
    const { db, clock } = this.deps;
    const cached = getCachedSlackUser(db, teamId, userId);
    if (cached && clock.now().getTime() - cached.fetchedAt.getTime() < PROFILE_TTL_MS) {
      return { found: true, user: this.resolve(cached) };
    }
    let response: webApi.UsersInfoResponse;
    try {
      response = await this.deps.client.users.info({ user: userId, include_locale: true });
    } catch (error) {
      if (platformErrorCode(error) === 'user_not_found') return { found: false };
      if (cached) {
        this.deps.logger.warn('users.info failed; using the cached profile', userId, errorMessage(error));
        return { found: true, user: this.resolve(cached) };
      }
      throw new SlackUnavailableError(`users.info failed for ${userId}: ${errorMessage(error)}`, {
        cause: error,
      });
    }
    const user = response.user;
    if (!user) return { found: false };
    const profile: SlackUserProfile = {
      teamId,
      userId,
      timeZone: user.tz ?? null,
      locale: user.locale ?? null,
      displayName: user.profile?.display_name || user.real_name || user.name || null,
      isBot: user.is_bot === true || user.id === 'USLACKBOT',
      deleted: user.deleted === true,
      fetchedAt: clock.now(),
    };
    saveSlackUser(db, profile);
    return { found: true, user: this.resolve(profile) };
  }

  /** The cached profile, however old, without asking Slack: for answers that must not wait on the network. */
  cached(teamId: string, userId: string): ResolvedUser | undefined {
    const cached = getCachedSlackUser(this.deps.db, teamId, userId);
    return cached ? this.resolve(cached) : undefined;
  }

  private resolve(profile: SlackUserProfile): ResolvedUser {
    const zoneOk = profile.timeZone !== null && isKnownTimeZone(profile.timeZone);
    return {
      userId: profile.userId,
      timeZone: zoneOk && profile.timeZone ? profile.timeZone : this.deps.defaultTimeZone,
      timeZoneFromSlack: zoneOk,
      locale: profile.locale ?? 'en-US',
      displayName: profile.displayName,
      isBot: profile.isBot,
      deleted: profile.deleted,
    };
  }
}

function platformErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

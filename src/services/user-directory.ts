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
  /**
   * Profiles this process has read or fetched, so most lookups cost no database read. Only this class writes
   * profiles, so the copy here is the database's; another process sharing the database may refresh a profile
   * sooner, which is no staler than the day-old profiles the cache allows anyway.
   */
  private readonly memo = new Map<string, { profile: SlackUserProfile; user: ResolvedUser }>();

  constructor(private readonly deps: UserDirectoryDeps) {}

  async lookup(teamId: string, userId: string): Promise<LookupResult> {
    const { db, clock } = this.deps;
    const cached = this.known(teamId, userId);
    if (cached && clock.now().getTime() - cached.profile.fetchedAt.getTime() < PROFILE_TTL_MS) {
      return { found: true, user: cached.user };
    }
    let response: webApi.UsersInfoResponse;
    try {
      response = await this.deps.client.users.info({ user: userId, include_locale: true });
    } catch (error) {
      if (platformErrorCode(error) === 'user_not_found') return { found: false };
      if (cached) {
        this.deps.logger.warn('users.info failed; using the cached profile', userId, errorMessage(error));
        return { found: true, user: cached.user };
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
    return { found: true, user: this.remember(profile).user };
  }

  /** The cached profile, however old, without asking Slack: for answers that must not wait on the network. */
  cached(teamId: string, userId: string): ResolvedUser | undefined {
    return this.known(teamId, userId)?.user;
  }

  /** The stored profile of a user, from memory or else the database. */
  private known(
    teamId: string,
    userId: string,
  ): { profile: SlackUserProfile; user: ResolvedUser } | undefined {
    const remembered = this.memo.get(memoKey(teamId, userId));
    if (remembered) return remembered;
    const stored = getCachedSlackUser(this.deps.db, teamId, userId);
    return stored ? this.remember(stored) : undefined;
  }

  private remember(profile: SlackUserProfile): { profile: SlackUserProfile; user: ResolvedUser } {
    // Every user of every workspace may pass through; start over rather than grow without bound.
    if (this.memo.size >= MAX_REMEMBERED_PROFILES) this.memo.clear();
    const entry = { profile, user: this.resolve(profile) };
    this.memo.set(memoKey(profile.teamId, profile.userId), entry);
    return entry;
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

const MAX_REMEMBERED_PROFILES = 10_000;

function memoKey(teamId: string, userId: string): string {
  return `${teamId}/${userId}`;
}

function platformErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import type { Logger, webApi } from '@slack/bolt';
import type { Clock } from '../clock.js';
import { calendarDateAt, formatCalendarDate } from '../domain/business-calendar.js';
import type { CustomerPromise } from '../domain/customer-promise.js';
import { type Language, languageOf } from '../i18n/language.js';
import { messagesFor } from '../i18n/messages.js';
import { gatherDigest, planNextDigest } from '../services/digest.js';
import type { UserDirectory } from '../services/user-directory.js';
import { sendDirectMessage } from '../slack/direct-message.js';
import { DIGEST_SECTION_LINES, digestMessage } from '../slack/views/digest.js';
import {
  atRiskMessage,
  brokenEscalationMessage,
  brokenOwnerMessage,
  recoveryEscalationMessage,
  recoverySoonMessage,
  reminderMessage,
} from '../slack/views/notices.js';
import type { SlackMessage } from '../slack/views/slack-message.js';
import { type Db, statement, transact } from '../store/database.js';
import { getDigestChannel } from '../store/digest-channels.js';
import { pruneInteractions } from '../store/interaction-receipts.js';
import {
  claimDueJobs,
  dueKindsOfPromise,
  failJob,
  finishJob,
  insertJob,
  type Job,
  nextRunAt,
  renewLock,
  rescheduleJob,
} from '../store/jobs.js';
import { appendEvent, getPromise } from '../store/promises.js';
import { getLead, getWorkspaceSettings } from '../store/settings.js';
import { ChannelPacer } from './channel-pacer.js';
import { noticeKey, replanPromise } from './plan-promise.js';
import {
  type Backoff,
  backoffDelay,
  classifySlackFailure,
  DEFAULT_BACKOFF,
  UNUSABLE_CHANNEL_ERRORS,
} from './slack-errors.js';

export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** A Web API client that fails fast (no built-in retries): this table owns retrying. */
  client: webApi.WebClient;
  directory: UserDirectory;
  workerId: string;
  lockMs?: number;
  batchSize?: number;
  backoff?: Backoff;
  /** Longest the loop sleeps before looking at the table again. */
  maxSleepMs?: number;
  pacer?: ChannelPacer;
}

export interface TickReport {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/** Row kinds the reminder ladder plans (see domain/reminder-plan.ts) and the notices a breach adds. */
const PLANNED_KINDS = new Set(['day_before', 'soon', 'snooze', 'at_risk', 'deadline']);
/** Rows of a broken promise's own ladder: they apply only while it is still broken. */
const RECOVERY_KINDS = new Set(['recovery_soon', 'recovery_due', 'recovery_unanswered']);
const BREACH_NOTICES = ['broken_owner', 'broken_escalation'];

/** How many batches one tick may work through before yielding to the loop. */
const MAX_BATCHES_PER_TICK = 20;

/**
 * Runs the durable schedule. `tick(now)` claims what is due and does it; the loop calls tick, then sleeps until
 * the next row is due (at most `maxSleepMs`), waking early on `poke()`. Tests drive `tick` directly.
 */
export class Scheduler {
  private readonly lockMs: number;
  private readonly batchSize: number;
  private readonly backoff: Backoff;
  private readonly maxSleepMs: number;
  private readonly pacer: ChannelPacer;
  private ticking: Promise<TickReport> = Promise.resolve({ sent: 0, skipped: 0, retried: 0, failed: 0 });
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  /** While the loop sleeps: when it will look at the table again, on the scheduler's clock. */
  private wakeAt: number | undefined;
  private lastPrune = 0;

  constructor(private readonly deps: SchedulerDeps) {
    this.lockMs = deps.lockMs ?? 60_000;
    this.batchSize = deps.batchSize ?? 50;
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.maxSleepMs = deps.maxSleepMs ?? 30_000;
    this.pacer = deps.pacer ?? new ChannelPacer();
  }

  /** Does everything due at `now`. Ticks never overlap within a process. */
  tick(now?: Date): Promise<TickReport> {
    const next = this.ticking.then(() => this.runTick(now));
    this.ticking = next.catch(() => ({ sent: 0, skipped: 0, retried: 0, failed: 0 }));
    return next;
  }

  start(): void {
    this.loop ??= this.runLoop();
  }

  /**
   * New rows were planned: look at the table now rather than at the end of the current sleep. Given when the
   * earliest new row is due, the loop stays asleep if it wakes by then anyway: recording a promise due next week
   * then costs the loop nothing.
   */
  poke(earliest?: Date): void {
    if (earliest !== undefined && this.wakeAt !== undefined && earliest.getTime() >= this.wakeAt) return;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await this.ticking;
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.tick();
      } catch (error) {
        this.deps.logger.error('Scheduler tick failed', error);
      }
      if (this.stopping) break;
      const sleep = this.sleepMs();
      this.wakeAt = this.deps.clock.now().getTime() + sleep;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sleep);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
      this.wakeAt = undefined;
    }
  }

  private sleepMs(): number {
    const next = nextRunAt(this.deps.db);
    if (!next) return this.maxSleepMs;
    const wait = next.getTime() - this.deps.clock.now().getTime();
    // A due row still pending after a tick is locked by another claimer: look again in a second.
    return wait <= 0 ? 1000 : Math.min(wait, this.maxSleepMs);
  }

  private async runTick(at: Date | undefined): Promise<TickReport> {
    const report: TickReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    this.pruneReceipts(at ?? this.deps.clock.now());
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch += 1) {
      const now = at ?? this.deps.clock.now();
      // A read first: claiming is a write, and most ticks (a poke after planning) find nothing due.
      const next = nextRunAt(this.deps.db);
      if (next === undefined || next.getTime() > now.getTime()) break;
      const jobs = claimDueJobs(this.deps.db, {
        now,
        workerId: this.deps.workerId,
        lockMs: this.lockMs,
        limit: this.batchSize,
      });
      if (jobs.length === 0) break;
      for (const group of groupByPromise(jobs)) await this.runGroup(group, now, report);
    }
    return report;
  }

  /** Interaction receipts only need to outlive Slack's retries: drop those older than a day, hourly. */
  private pruneReceipts(now: Date): void {
    if (now.getTime() - this.lastPrune < 3_600_000) return;
    this.lastPrune = now.getTime();
    pruneInteractions(this.deps.db, new Date(now.getTime() - 86_400_000));
  }

  /** One promise's due rows: skip what is stale or superseded, then do the rest in order. */
  private async runGroup(jobs: Job[], now: Date, report: TickReport): Promise<void> {
    const first = jobs[0];
    if (first?.promiseId === null) {
      for (const job of jobs) await this.runJob(job, undefined, now, report);
      return;
    }
    const promise =
      first?.promiseId == null ? undefined : getPromise(this.deps.db, first.teamId, first.promiseId);
    // Weigh every due row of the promise, not just this batch's: a catch-up must not split across batches.
    const kinds = new Set(jobs.map((job) => job.kind));
    if (promise) for (const kind of dueKindsOfPromise(this.deps.db, promise.id, now)) kinds.add(kind);
    for (const job of jobs) {
      const reason = promise ? skipReason(job, promise, kinds, now) : 'promise not found';
      if (reason !== undefined || !promise) {
        finishJob(this.deps.db, job, this.deps.workerId, 'skipped', reason ?? 'promise not found', now);
        report.skipped += 1;
        continue;
      }
      await this.runJob(job, promise, now, report);
    }
  }

  private async runJob(
    job: Job,
    promise: CustomerPromise | undefined,
    now: Date,
    report: TickReport,
  ): Promise<void> {
    // Rows of a batch are sent one after another; make sure this one is still ours before acting on it.
    const lockUntil = new Date(this.deps.clock.now().getTime() + this.lockMs);
    if (!renewLock(this.deps.db, job, this.deps.workerId, lockUntil)) return;
    try {
      const outcome = await this.perform(job, promise, now);
      if (outcome === 'skipped') report.skipped += 1;
      else report.sent += 1;
    } catch (error) {
      const failure = classifySlackFailure(error);
      const { db, workerId, logger } = this.deps;
      if (failure.kind === 'rate-limited') {
        rescheduleJob(
          db,
          job,
          workerId,
          new Date(now.getTime() + failure.retryAfterMs),
          'rate limited',
          false,
          now,
        );
        report.retried += 1;
      } else if (failure.kind === 'transient' && job.attempts < this.backoff.maxAttempts) {
        const retryAt = new Date(now.getTime() + backoffDelay(job.attempts, this.backoff));
        rescheduleJob(db, job, workerId, retryAt, failure.detail, true, now);
        logger.warn(
          `Job ${job.id} (${job.kind}) failed, retrying at ${retryAt.toISOString()}: ${failure.detail}`,
        );
        report.retried += 1;
      } else {
        transact(db, () => {
          // A digest that cannot be posted today is still planned for the next working day.
          if (failJob(db, job, workerId, failure.detail, now) && job.kind === 'digest') {
            const channel = getDigestChannel(db, job.teamId, String(job.payload.channelId));
            if (channel) planNextDigest(db, channel, now, now);
          }
        });
        logger.error(
          `Job ${job.id} (${job.kind}) for promise ${job.promiseId} failed for good: ${failure.detail}`,
        );
        report.failed += 1;
      }
    }
  }

  private async perform(
    job: Job,
    promise: CustomerPromise | undefined,
    now: Date,
  ): Promise<'done' | 'skipped'> {
    if (job.kind === 'digest') return this.postDigest(job, now);
    if (!promise) {
      finishJob(this.deps.db, job, this.deps.workerId, 'skipped', 'promise not found', now);
      return 'skipped';
    }
    switch (job.kind) {
      case 'deadline':
        this.breakPromise(job, promise, now);
        return 'done';
      case 'day_before':
      case 'soon':
      case 'snooze': {
        const language = await this.languageOf(promise.teamId, promise.ownerId);
        await sendDirectMessage(this.deps.client, promise.ownerId, reminderMessage(promise, now, language));
        this.complete(job, now, () => {
          appendEvent(this.deps.db, {
            promiseId: promise.id,
            teamId: promise.teamId,
            type: 'reminded',
            actorId: null,
            data: { kind: job.kind },
            at: now,
          });
          statement(this.deps.db, 'UPDATE promises SET last_reminded_at = ? WHERE id = ?').run(
            now.getTime(),
            promise.id,
          );
        });
        return 'done';
      }
      case 'at_risk': {
        if (saidOnTrack(promise)) {
          finishJob(this.deps.db, job, this.deps.workerId, 'skipped', 'owner said on track', now);
          return 'skipped';
        }
        const target = await this.escalate(promise, (language, note) =>
          atRiskMessage(promise, now, language, note),
        );
        this.complete(job, now, () => this.recordEscalation(promise, 'at_risk', target, now), target);
        return 'done';
      }
      case 'broken_owner': {
        const language = await this.languageOf(promise.teamId, promise.ownerId);
        await sendDirectMessage(
          this.deps.client,
          promise.ownerId,
          brokenOwnerMessage(promise, now, language),
        );
        this.complete(job, now, () => undefined);
        return 'done';
      }
      case 'recovery_soon': {
        const language = await this.languageOf(promise.teamId, promise.ownerId);
        await sendDirectMessage(
          this.deps.client,
          promise.ownerId,
          recoverySoonMessage(promise, now, language),
        );
        this.complete(job, now, () => undefined);
        return 'done';
      }
      case 'recovery_due':
      case 'recovery_unanswered': {
        if (job.kind === 'recovery_unanswered' && promise.recoveryDueAt !== null) {
          finishJob(this.deps.db, job, this.deps.workerId, 'skipped', 'recovery deadline given', now);
          return 'skipped';
        }
        const kind = job.kind === 'recovery_due' ? 'missed' : 'unanswered';
        const target = await this.escalate(promise, (language, note) =>
          recoveryEscalationMessage(promise, kind, now, language, note),
        );
        this.complete(job, now, () => this.recordEscalation(promise, job.kind, target, now), target);
        return 'done';
      }
      case 'broken_escalation': {
        const target = await this.escalate(promise, (language, note) =>
          brokenEscalationMessage(promise, now, language, note),
        );
        this.complete(job, now, () => this.recordEscalation(promise, 'broken', target, now), target);
        return 'done';
      }
      default:
        finishJob(this.deps.db, job, this.deps.workerId, 'skipped', `unknown job kind ${job.kind}`, now);
        return 'skipped';
    }
  }

  /**
   * Posts a channel's daily digest and plans the next. A row for a day already past (after downtime) is skipped:
   * yesterday's digest is stale. A channel Kept cannot post in fails this day's row and tries the next day.
   */
  private async postDigest(job: Job, now: Date): Promise<'done' | 'skipped'> {
    const { db, workerId } = this.deps;
    const channelId = String(job.payload.channelId);
    const channel = getDigestChannel(db, job.teamId, channelId);
    if (!channel) {
      finishJob(db, job, workerId, 'skipped', 'digest channel removed', now);
      return 'skipped';
    }
    const planNext = () => planNextDigest(db, channel, now, now);
    if (formatCalendarDate(calendarDateAt(now, channel.timeZone)) !== job.payload.date) {
      transact(db, () => {
        if (finishJob(db, job, workerId, 'skipped', 'stale digest', now)) planNext();
      });
      return 'skipped';
    }
    const settings = getWorkspaceSettings(db, job.teamId);
    const data = gatherDigest(this.deps, job.teamId, now, channel.timeZone, DIGEST_SECTION_LINES);
    const message = digestMessage(data, settings.language);
    try {
      await this.pacer.wait(channelId);
      await this.deps.client.chat.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks,
      });
    } catch (error) {
      const failure = classifySlackFailure(error);
      if (failure.kind !== 'permanent') throw error;
      this.deps.logger.error(`Cannot post the digest to ${channelId}: ${failure.detail}`);
      transact(db, () => {
        if (failJob(db, job, workerId, failure.detail, now)) planNext();
      });
      return 'skipped';
    }
    this.complete(job, now, planNext);
    return 'done';
  }

  /** At the deadline an open promise becomes broken, and the two breach notices are queued, in one transaction. */
  private breakPromise(job: Job, promise: CustomerPromise, now: Date): void {
    const { db, workerId } = this.deps;
    transact(db, () => {
      if (!finishJob(db, job, workerId, 'done', null, now)) return;
      const changed = statement(
        db,
        "UPDATE promises SET status = 'broken', updated_at = ? WHERE id = ? AND status = 'open'",
      ).run(now.getTime(), promise.id).changes;
      if (changed === 0) return;
      appendEvent(db, {
        promiseId: promise.id,
        teamId: promise.teamId,
        type: 'broken',
        actorId: null,
        data: { dueAt: promise.dueAt.toISOString() },
        at: now,
      });
      // The broken promise's own ladder (recovery), then the breach notices under the new plan version.
      const broken = getPromise(db, promise.teamId, promise.id);
      if (!broken) return;
      replanPromise(db, broken, now, { justBroken: true });
      const version = getPromise(db, promise.teamId, promise.id)?.planVersion ?? broken.planVersion;
      for (const kind of BREACH_NOTICES) {
        insertJob(
          db,
          {
            teamId: promise.teamId,
            promiseId: promise.id,
            kind,
            runAt: now,
            uniqueKey: noticeKey(promise.id, version, kind),
            payload: { planVersion: version },
          },
          now,
        );
      }
    });
  }

  /** Marks the row done and records what happened, together; nothing is recorded if the row was not ours. */
  private complete(job: Job, now: Date, record: () => void, outcome?: string): void {
    const { db, workerId } = this.deps;
    transact(db, () => {
      if (finishJob(db, job, workerId, 'done', outcome ?? null, now)) record();
    });
  }

  private recordEscalation(promise: CustomerPromise, level: string, target: string, now: Date): void {
    appendEvent(this.deps.db, {
      promiseId: promise.id,
      teamId: promise.teamId,
      type: 'escalated',
      actorId: null,
      data: { level, target },
      at: now,
    });
  }

  /**
   * Tells the owner's lead, else the escalation channel. When neither works (none set, or Kept cannot post in
   * the channel), the owner gets the notice with a note that escalation is not configured. Returns the target.
   */
  private async escalate(
    promise: CustomerPromise,
    build: (language: Language, note?: string) => SlackMessage,
  ): Promise<string> {
    const { db, client } = this.deps;
    const lead = getLead(db, promise.teamId, promise.ownerId);
    if (lead !== null && lead !== promise.ownerId) {
      try {
        await sendDirectMessage(client, lead, build(await this.languageOf(promise.teamId, lead)));
        return `lead:${lead}`;
      } catch (error) {
        // A lead who cannot be messaged (deactivated, say) must not swallow the notice: try the channel, then the owner.
        if (classifySlackFailure(error).kind !== 'permanent') throw error;
        this.deps.logger.warn(
          `Cannot message lead ${lead} for promise ${promise.id}; trying the escalation channel`,
        );
      }
    }
    const settings = getWorkspaceSettings(db, promise.teamId);
    let problem: (language: Language) => string = (language) => messagesFor(language).escalationNotConfigured;
    const channel = settings.escalationChannelId;
    if (channel !== null) {
      try {
        await this.pacer.wait(channel);
        const message = build(settings.language);
        await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
        return `channel:${channel}`;
      } catch (error) {
        const failure = classifySlackFailure(error);
        if (failure.kind !== 'permanent' || !UNUSABLE_CHANNEL_ERRORS.has(failure.platformError ?? ''))
          throw error;
        this.deps.logger.warn(
          `Cannot post to escalation channel ${channel} (${failure.detail}); telling the owner`,
        );
        problem = (language) => messagesFor(language).escalationChannelUnusable(`<#${channel}>`);
      }
    }
    const language = await this.languageOf(promise.teamId, promise.ownerId);
    const note = messagesFor(language).escalationFallbackNote(problem(language));
    await sendDirectMessage(client, promise.ownerId, build(language, note));
    return 'owner:not-configured';
  }

  private async languageOf(teamId: string, userId: string): Promise<Language> {
    const lookup = await this.deps.directory.lookup(teamId, userId);
    return languageOf(lookup.found ? lookup.user.locale : undefined);
  }
}

function groupByPromise(jobs: Job[]): Job[][] {
  const groups = new Map<string, Job[]>();
  for (const job of jobs) {
    const key = job.promiseId === null ? `job:${job.id}` : `promise:${job.promiseId}`;
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  return [...groups.values()];
}

/**
 * Why a due row should not run, or undefined when it should. After downtime several rows of one promise can be
 * due at once: the promise gets only its most relevant notice, never a burst of stale ones.
 */
function skipReason(
  job: Job,
  promise: CustomerPromise,
  dueKinds: Set<string>,
  now: Date,
): string | undefined {
  if (PLANNED_KINDS.has(job.kind) || BREACH_NOTICES.includes(job.kind) || RECOVERY_KINDS.has(job.kind)) {
    if (job.payload.planVersion !== promise.planVersion) return 'superseded by a newer plan';
  }
  if (BREACH_NOTICES.includes(job.kind) || RECOVERY_KINDS.has(job.kind)) {
    return promise.status === 'broken' ? undefined : `promise is ${promise.status}`;
  }
  if (promise.status !== 'open') return `promise is ${promise.status}`;
  if (job.kind === 'deadline') return undefined;
  if (dueKinds.has('deadline') || promise.dueAt.getTime() <= now.getTime()) return 'deadline reached';
  if (job.kind === 'day_before' && (dueKinds.has('soon') || dueKinds.has('snooze'))) {
    return 'superseded by a later reminder';
  }
  if (job.kind === 'soon' && dueKinds.has('snooze')) return 'superseded by a later reminder';
  return undefined;
}

/** "On track" silences the at-risk escalation until the next reminder. */
function saidOnTrack(promise: CustomerPromise): boolean {
  if (promise.onTrackAt === null) return false;
  return promise.lastRemindedAt === null || promise.onTrackAt.getTime() >= promise.lastRemindedAt.getTime();
}

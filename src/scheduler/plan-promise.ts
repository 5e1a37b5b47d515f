import { planRecovery } from '../domain/coaching.js';
import type { CustomerPromise } from '../domain/customer-promise.js';
import { type NoticeKind, type PlannedNotice, planNotices } from '../domain/reminder-plan.js';
import type { WorkspaceSettings } from '../domain/workspace-settings.js';
import { type Db, statement } from '../store/database.js';
import { deletePendingPromiseJobs, insertJob, pendingSnoozeTimes } from '../store/jobs.js';
import { FIRST_PLAN_VERSION } from '../store/promises.js';
import { getWorkspaceSettings } from '../store/settings.js';
import { getCachedSlackUser } from '../store/slack-users.js';

interface PlanOptions {
  justBroken?: boolean;
  /** The workspace's settings and the owner's zone, when the caller has just read them. */
  settings?: WorkspaceSettings;
  ownerZone?: string;
  /**
   * Carry the promise's pending snoozes into the new plan. A settings change is no reason to drop a reminder the
   * owner asked for; a change to the promise itself (new deadline, new owner, closed) is, and re-plans without.
   */
  keepSnoozes?: boolean;
}

/**
 * Replaces a promise's pending schedule (counting lead times from `promise.committedAt`) with a fresh plan: bumps its plan version, deletes the pending rows and
 * inserts the new ones. Call inside the transaction that changed the promise, so the promise and its schedule
 * never disagree; a closed promise ends up with no pending rows.
 */
export function replanPromise(
  db: Db,
  promise: CustomerPromise,
  now: Date,
  options: PlanOptions = {},
): PlannedNotice[] {
  const version = statement<[number], { plan_version: number }>(
    db,
    'UPDATE promises SET plan_version = plan_version + 1 WHERE id = ? RETURNING plan_version',
  ).get(promise.id);
  if (!version) throw new Error(`Promise ${promise.id} vanished while re-planning`);
  const snoozes = options.keepSnoozes ? pendingSnoozeTimes(db, promise.id, now) : [];
  deletePendingPromiseJobs(db, promise.id, now);
  const notices = insertPlan(db, promise, version.plan_version, now, options);
  if (promise.status === 'open') {
    for (const until of snoozes) {
      if (until < promise.dueAt) insertSnooze(db, promise, version.plan_version, until, now);
    }
  }
  return notices;
}

/** A reminder the owner asked for again at `until`, part of plan `planVersion` (several may be pending). */
export function insertSnooze(
  db: Db,
  promise: Pick<CustomerPromise, 'id' | 'teamId'>,
  planVersion: number,
  until: Date,
  now: Date,
): void {
  insertJob(
    db,
    {
      teamId: promise.teamId,
      promiseId: promise.id,
      kind: 'snooze',
      runAt: until,
      uniqueKey: `${noticeKey(promise.id, planVersion, 'snooze')}:${until.getTime()}`,
      payload: { planVersion },
    },
    now,
  );
}

/**
 * The first schedule of a promise inserted in this transaction: it has no rows to replace and already carries
 * its first plan version, so this only inserts (two statements fewer on every `/promise` than `replanPromise`).
 */
export function planNewPromise(
  db: Db,
  promise: CustomerPromise,
  now: Date,
  options: PlanOptions = {},
): PlannedNotice[] {
  if (promise.planVersion !== FIRST_PLAN_VERSION) {
    throw new Error(
      `Promise ${promise.id} has been planned before (plan ${promise.planVersion}); re-plan it`,
    );
  }
  return insertPlan(db, promise, FIRST_PLAN_VERSION, now, options);
}

function insertPlan(
  db: Db,
  promise: CustomerPromise,
  version: number,
  now: Date,
  options: PlanOptions,
): PlannedNotice[] {
  if (promise.status !== 'open' && promise.status !== 'broken') return [];

  const settings = options.settings ?? getWorkspaceSettings(db, promise.teamId);
  const ownerZone =
    options.ownerZone ??
    getCachedSlackUser(db, promise.teamId, promise.ownerId)?.timeZone ??
    promise.timeZone;
  const notices =
    promise.status === 'open'
      ? planNotices({
          dueAt: promise.dueAt,
          committedAt: promise.committedAt,
          now,
          timeZone: ownerZone,
          hours: settings.workingHours,
          ladder: settings.ladder,
        })
      : planRecovery({
          brokenAt: promise.dueAt,
          recoveryDueAt: promise.recoveryDueAt,
          now,
          timeZone: ownerZone,
          hours: settings.workingHours,
          justBroken: options.justBroken ?? false,
        });
  for (const notice of notices) {
    insertJob(
      db,
      {
        teamId: promise.teamId,
        promiseId: promise.id,
        kind: notice.kind,
        runAt: notice.runAt,
        uniqueKey: noticeKey(promise.id, version, notice.kind),
        payload: { planVersion: version },
      },
      now,
    );
  }
  return notices;
}

export function noticeKey(promiseId: number, planVersion: number, kind: NoticeKind | string): string {
  return `promise:${promiseId}:v${planVersion}:${kind}`;
}

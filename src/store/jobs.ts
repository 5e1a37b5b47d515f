import { type Db, limitClause, statement } from './database.js';

/**
 * The durable schedule. Everything that must happen later is a row with a run time, attempts, a lock and a
 * unique key (as graphile-worker does it): claiming is one atomic UPDATE, so two processes on one database never
 * take the same row, and a row whose claimer died is taken again once its lock expires.
 */

export type JobStatus = 'pending' | 'done' | 'skipped' | 'failed' | 'cancelled';

export interface Job {
  id: number;
  teamId: string;
  promiseId: number | null;
  kind: string;
  runAt: Date;
  uniqueKey: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  outcome: string | null;
}

interface JobRow {
  id: number;
  team_id: string;
  promise_id: number | null;
  kind: string;
  run_at: number;
  unique_key: string;
  payload: string;
  status: JobStatus;
  attempts: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  outcome: string | null;
}

export interface NewJob {
  teamId: string;
  promiseId: number | null;
  kind: string;
  runAt: Date;
  uniqueKey: string;
  payload?: Record<string, unknown>;
}

/** Inserts a job unless one with its unique key exists; returns whether it was inserted. */
export function insertJob(db: Db, job: NewJob, now: Date): boolean {
  const result = statement(
    db,
    `INSERT INTO jobs (team_id, promise_id, kind, run_at, unique_key, payload, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (unique_key) DO NOTHING`,
  ).run(
    job.teamId,
    job.promiseId,
    job.kind,
    job.runAt.getTime(),
    job.uniqueKey,
    JSON.stringify(job.payload ?? {}),
    now.getTime(),
    now.getTime(),
  );
  return result.changes === 1;
}

/** Removes a promise's pending rows (not one being sent right now); call in the transaction that re-plans. */
export function deletePendingPromiseJobs(db: Db, promiseId: number, now: Date): number {
  return statement(
    db,
    `DELETE FROM jobs WHERE promise_id = ? AND status = 'pending'
         AND (locked_until IS NULL OR locked_until < ?)`,
  ).run(promiseId, now.getTime()).changes;
}

/** When a promise's pending snoozes come due (not one being sent right now): what a settings re-plan keeps. */
export function pendingSnoozeTimes(db: Db, promiseId: number, now: Date): Date[] {
  return statement<[number, number], { run_at: number }>(
    db,
    `SELECT run_at FROM jobs WHERE promise_id = ? AND kind = 'snooze' AND status = 'pending'
       AND (locked_until IS NULL OR locked_until < ?) ORDER BY run_at`,
  )
    .all(promiseId, now.getTime())
    .map((row) => new Date(row.run_at));
}

/** Removes pending rows whose unique key starts with `prefix` (e.g. one channel's planned digests). */
export function deletePendingJobsByKeyPrefix(db: Db, prefix: string, now: Date): number {
  return statement(
    db,
    `DELETE FROM jobs WHERE status = 'pending' AND unique_key >= ? AND unique_key < ?
       AND (locked_until IS NULL OR locked_until < ?)`,
  ).run(prefix, `${prefix}\uffff`, now.getTime()).changes;
}

export interface ClaimOptions {
  now: Date;
  workerId: string;
  /** How long the claimer has to finish before another may take the row. */
  lockMs: number;
  limit: number;
}

/** Atomically locks up to `limit` due rows, earliest first, and counts the attempt. */
export function claimDueJobs(db: Db, options: ClaimOptions): Job[] {
  const now = options.now.getTime();
  return statement<[string, number, number, number, number], JobRow>(
    db,
    `UPDATE jobs SET locked_by = ?, locked_until = ?, attempts = attempts + 1, updated_at = ?
       WHERE id IN (
         SELECT id FROM jobs
         WHERE status = 'pending' AND run_at <= ? AND (locked_until IS NULL OR locked_until < ?)
         ORDER BY run_at, id ${limitClause(options.limit)}
       )
       RETURNING *`,
  )
    .all(options.workerId, now + options.lockMs, now, now, now)
    .map(toJob)
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/**
 * Ends a claimed row. Only the current claimer may: a row whose lock expired and was taken by another process is
 * left to that process. Returns whether the row was ours.
 */
export function finishJob(
  db: Db,
  job: Pick<Job, 'id'>,
  workerId: string,
  status: Exclude<JobStatus, 'pending'>,
  outcome: string | null,
  now: Date,
): boolean {
  return (
    statement(
      db,
      `UPDATE jobs SET status = ?, outcome = ?, locked_by = NULL, locked_until = NULL, updated_at = ?
         WHERE id = ? AND locked_by = ?`,
    ).run(status, outcome, now.getTime(), job.id, workerId).changes === 1
  );
}

/** Puts a claimed row back to run later (rate limit, backoff). `countAttempt: false` undoes the claim's count. */
export function rescheduleJob(
  db: Db,
  job: Pick<Job, 'id'>,
  workerId: string,
  runAt: Date,
  error: string | null,
  countAttempt: boolean,
  now: Date,
): boolean {
  return (
    statement(
      db,
      `UPDATE jobs SET run_at = ?, last_error = ?, locked_by = NULL, locked_until = NULL, updated_at = ?,
           attempts = attempts - ?
         WHERE id = ? AND locked_by = ?`,
    ).run(runAt.getTime(), error, now.getTime(), countAttempt ? 0 : 1, job.id, workerId).changes === 1
  );
}

export function failJob(db: Db, job: Pick<Job, 'id'>, workerId: string, error: string, now: Date): boolean {
  return (
    statement(
      db,
      `UPDATE jobs SET status = 'failed', last_error = ?, locked_by = NULL, locked_until = NULL, updated_at = ?
         WHERE id = ? AND locked_by = ?`,
    ).run(error, now.getTime(), job.id, workerId).changes === 1
  );
}

/** The earliest run time of a pending row (it may be locked by a claimer right now). */
export function nextRunAt(db: Db): Date | undefined {
  const row = statement<[], { run_at: number }>(
    db,
    `SELECT run_at FROM jobs WHERE status = 'pending' ORDER BY run_at LIMIT 1`,
  ).get();
  return row === undefined ? undefined : new Date(row.run_at);
}

export function listPromiseJobs(db: Db, promiseId: number): Job[] {
  return statement<[number], JobRow>(db, 'SELECT * FROM jobs WHERE promise_id = ? ORDER BY run_at, id')
    .all(promiseId)
    .map(toJob);
}

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    teamId: row.team_id,
    promiseId: row.promise_id,
    kind: row.kind,
    runAt: new Date(row.run_at),
    uniqueKey: row.unique_key,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    status: row.status,
    attempts: row.attempts,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
    lastError: row.last_error,
    outcome: row.outcome,
  };
}

/**
 * Extends a claimed row's lock before acting on it; false when the row is no longer ours (its lock ran out while
 * earlier rows of the batch were sent, and another process took it).
 */
export function renewLock(db: Db, job: Pick<Job, 'id'>, workerId: string, until: Date): boolean {
  return (
    statement(
      db,
      `UPDATE jobs SET locked_until = ? WHERE id = ? AND locked_by = ? AND status = 'pending'`,
    ).run(until.getTime(), job.id, workerId).changes === 1
  );
}

/** Kinds of a promise's rows that are due and still pending (claimed or not): what a catch-up must weigh. */
export function dueKindsOfPromise(db: Db, promiseId: number, now: Date): Set<string> {
  return new Set(
    statement<[number, number], { kind: string }>(
      db,
      `SELECT kind FROM jobs WHERE promise_id = ? AND status = 'pending' AND run_at <= ?`,
    )
      .all(promiseId, now.getTime())
      .map((row) => row.kind),
  );
}

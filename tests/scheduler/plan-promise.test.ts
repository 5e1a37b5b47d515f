import { describe, expect, it } from 'vitest';
import { planNewPromise, replanPromise } from '../../src/scheduler/plan-promise.js';
import { transact } from '../../src/store/database.js';
import { listPromiseJobs } from '../../src/store/jobs.js';
import { FIRST_PLAN_VERSION, getPromise, insertPromise } from '../../src/store/promises.js';
import { newPromise } from '../support/new-promise.js';
import { freshDatabase } from '../support/test-database.js';

// Monday 09:00 in Amsterdam; the promise is due Friday 17:00, so every step of the ladder is still ahead.
const now = new Date('2026-11-23T08:00:00Z');
const dueAt = new Date('2026-11-27T16:00:00Z');

function recorded() {
  const db = freshDatabase();
  const { promise } = insertPromise(db, newPromise({ dueAt, timeZone: 'Europe/Amsterdam' }), now);
  return { db, promise };
}

const pending = (db: ReturnType<typeof freshDatabase>, id: number) =>
  listPromiseJobs(db, id).filter((job) => job.status === 'pending');

describe('planning a promise', () => {
  it('gives a new promise its first plan under the version it was inserted with', () => {
    const { db, promise } = recorded();
    expect(promise.planVersion).toBe(FIRST_PLAN_VERSION);
    const notices = transact(db, () => planNewPromise(db, promise, now));
    expect(notices.length).toBeGreaterThan(0);
    const jobs = pending(db, promise.id);
    expect(jobs.map((job) => [job.kind, job.runAt.toISOString()])).toEqual(
      notices.map((notice) => [notice.kind, notice.runAt.toISOString()]),
    );
    expect(jobs.every((job) => job.payload.planVersion === FIRST_PLAN_VERSION)).toBe(true);
    expect(jobs.every((job) => job.uniqueKey.startsWith(`promise:${promise.id}:v1:`))).toBe(true);
    // The promise row is left as it was: the version is not bumped.
    expect(getPromise(db, promise.teamId, promise.id)?.planVersion).toBe(FIRST_PLAN_VERSION);
  });

  it('refuses a promise that has been planned before, whose old rows it would leave behind', () => {
    const { db, promise } = recorded();
    transact(db, () => replanPromise(db, promise, now));
    const replanned = getPromise(db, promise.teamId, promise.id);
    expect(replanned?.planVersion).toBe(FIRST_PLAN_VERSION + 1);
    expect(() => transact(db, () => planNewPromise(db, replanned ?? promise, now))).toThrow(
      /planned before \(plan 2\)/,
    );
  });

  it('re-plans a new promise by replacing its first plan with the next version', () => {
    const { db, promise } = recorded();
    transact(db, () => planNewPromise(db, promise, now));
    const first = pending(db, promise.id);
    transact(db, () => replanPromise(db, promise, now));
    const second = pending(db, promise.id);
    expect(second).toHaveLength(first.length);
    expect(second.every((job) => job.payload.planVersion === FIRST_PLAN_VERSION + 1)).toBe(true);
    expect(second.every((job) => job.uniqueKey.startsWith(`promise:${promise.id}:v2:`))).toBe(true);
    expect(listPromiseJobs(db, promise.id).some((job) => job.uniqueKey.includes(':v1:'))).toBe(false);
  });
});

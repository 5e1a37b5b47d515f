import { describe, expect, it } from 'vitest';
import {
  claimDueJobs,
  deletePendingPromiseJobs,
  dueKindsOfPromise,
  failJob,
  finishJob,
  insertJob,
  listPromiseJobs,
  nextRunAt,
  renewLock,
  rescheduleJob,
} from '../../src/store/jobs.js';
import { insertPromise } from '../../src/store/promises.js';
import { newPromise } from '../support/new-promise.js';
import { freshDatabase } from '../support/test-database.js';

const t0 = new Date('2026-11-23T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function setup() {
  const db = freshDatabase();
  const { promise } = insertPromise(db, newPromise({ dueAt: at(600), timeZone: 'UTC' }), t0);
  const add = (key: string, runAt: Date) =>
    insertJob(db, { teamId: 'T1', promiseId: promise.id, kind: 'soon', runAt, uniqueKey: key }, t0);
  return { db, promise, add };
}

describe('jobs store', () => {
  it('inserts a unique key once', () => {
    const { db, add } = setup();
    expect(add('k1', at(10))).toBe(true);
    expect(add('k1', at(20))).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM jobs').get()).toEqual({ n: 1 });
  });

  it('claims only due rows, earliest first, and counts the attempt', () => {
    const { db, add } = setup();
    add('late', at(30));
    add('early', at(10));
    add('future', at(60));
    const claimed = claimDueJobs(db, { now: at(30), workerId: 'w1', lockMs: 60_000, limit: 10 });
    expect(claimed.map((job) => job.uniqueKey)).toEqual(['early', 'late']);
    expect(claimed.every((job) => job.attempts === 1 && job.lockedBy === 'w1')).toBe(true);
  });

  it('never hands a locked row to a second claimer until its lock expires', () => {
    const { db, add } = setup();
    add('k', at(0));
    expect(claimDueJobs(db, { now: at(1), workerId: 'w1', lockMs: 60_000, limit: 10 })).toHaveLength(1);
    expect(claimDueJobs(db, { now: at(1.5), workerId: 'w2', lockMs: 60_000, limit: 10 })).toEqual([]);
    const retaken = claimDueJobs(db, { now: at(2.01), workerId: 'w2', lockMs: 60_000, limit: 10 });
    expect(retaken.map((job) => [job.lockedBy, job.attempts])).toEqual([['w2', 2]]);
    // The first claimer's late finish is refused: the row is no longer its own.
    expect(finishJob(db, retaken[0] ?? { id: -1 }, 'w1', 'done', null, at(3))).toBe(false);
    expect(finishJob(db, retaken[0] ?? { id: -1 }, 'w2', 'done', null, at(3))).toBe(true);
  });

  it('renews a lock only while the row is still ours', () => {
    const { db, add } = setup();
    add('k', at(0));
    const [job] = claimDueJobs(db, { now: at(0), workerId: 'w1', lockMs: 60_000, limit: 1 });
    if (!job) throw new Error('no job');
    expect(renewLock(db, job, 'w1', at(3))).toBe(true);
    // w1 is slow; its renewed lock runs out and w2 takes the row: w1 must not send it.
    expect(claimDueJobs(db, { now: at(3.5), workerId: 'w2', lockMs: 60_000, limit: 1 })).toHaveLength(1);
    expect(renewLock(db, job, 'w1', at(5))).toBe(false);
  });

  it('tells which kinds of a promise are due', () => {
    const { db, promise } = setup();
    for (const [kind, minutes] of [
      ['day_before', 0],
      ['soon', 5],
      ['deadline', 60],
    ] as const) {
      insertJob(db, { teamId: 'T1', promiseId: promise.id, kind, runAt: at(minutes), uniqueKey: kind }, t0);
    }
    expect([...dueKindsOfPromise(db, promise.id, at(10))].sort()).toEqual(['day_before', 'soon']);
  });

  it('respects the batch limit', () => {
    const { db, add } = setup();
    for (let i = 0; i < 5; i += 1) add(`k${i}`, at(i));
    expect(claimDueJobs(db, { now: at(10), workerId: 'w', lockMs: 1000, limit: 3 })).toHaveLength(3);
  });

  it('reschedules for a retry, optionally without counting the attempt', () => {
    const { db, add } = setup();
    add('k', at(0));
    const [job] = claimDueJobs(db, { now: at(0), workerId: 'w', lockMs: 60_000, limit: 1 });
    if (!job) throw new Error('no job');
    expect(rescheduleJob(db, job, 'w', at(5), 'rate limited', false, at(0))).toBe(true);
    expect(claimDueJobs(db, { now: at(4), workerId: 'w', lockMs: 60_000, limit: 1 })).toEqual([]);
    const [again] = claimDueJobs(db, { now: at(5), workerId: 'w', lockMs: 60_000, limit: 1 });
    expect(again).toMatchObject({ attempts: 1, lastError: 'rate limited' });
    if (!again) throw new Error('no job');
    rescheduleJob(db, again, 'w', at(6), '500', true, at(5));
    const [third] = claimDueJobs(db, { now: at(6), workerId: 'w', lockMs: 60_000, limit: 1 });
    expect(third?.attempts).toBe(2);
  });

  it('marks a row failed and never claims it again', () => {
    const { db, add, promise } = setup();
    add('k', at(0));
    const [job] = claimDueJobs(db, { now: at(0), workerId: 'w', lockMs: 60_000, limit: 1 });
    if (!job) throw new Error('no job');
    expect(failJob(db, job, 'w', 'channel_not_found', at(0))).toBe(true);
    expect(claimDueJobs(db, { now: at(100), workerId: 'w', lockMs: 60_000, limit: 1 })).toEqual([]);
    expect(listPromiseJobs(db, promise.id)).toEqual([
      expect.objectContaining({ status: 'failed', lastError: 'channel_not_found', lockedBy: null }),
    ]);
  });

  it('deletes pending rows on re-plan but not a row being sent', () => {
    const { db, add, promise } = setup();
    add('sending', at(0));
    add('later', at(50));
    claimDueJobs(db, { now: at(0), workerId: 'w', lockMs: 60_000, limit: 1 });
    expect(deletePendingPromiseJobs(db, promise.id, at(0))).toBe(1);
    expect(listPromiseJobs(db, promise.id).map((job) => job.uniqueKey)).toEqual(['sending']);
  });

  it('tells when the next row is due', () => {
    const { db, add } = setup();
    expect(nextRunAt(db)).toBeUndefined();
    add('b', at(20));
    add('a', at(10));
    expect(nextRunAt(db)).toEqual(at(10));
  });
});

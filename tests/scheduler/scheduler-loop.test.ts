import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { UserDirectory } from '../../src/services/user-directory.js';
import type { Db } from '../../src/store/database.js';
import { insertJob, listPromiseJobs } from '../../src/store/jobs.js';
import { insertPromise } from '../../src/store/promises.js';
import { ManualClock } from '../support/manual-clock.js';
import { newPromise } from '../support/new-promise.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * The scheduler's own loop (the other tests drive `tick` by hand): it sleeps until the next row is due, and a
 * poke wakes it only when the new rows are due before it would look anyway. Rows here belong to a cancelled
 * promise, so a tick that reaches them skips them without calling Slack: their status shows the loop ran.
 */

const T0 = new Date('2026-11-23T10:00:00Z');
const MINUTE = 60_000;

let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
});

function setUp(): {
  db: Db;
  clock: ManualClock;
  plan: (kind: string, runAt: Date) => void;
  statusOf: (kind: string) => string | undefined;
} {
  const db = freshDatabase();
  const clock = new ManualClock(T0);
  const logger = createLogger('error');
  // Never called: every row here is skipped.
  const client = new webApi.WebClient('xoxb-unused', { slackApiUrl: 'http://127.0.0.1:9/api/' });
  const directory = new UserDirectory({ db, client, clock, defaultTimeZone: 'UTC', logger });
  const { promise } = insertPromise(
    db,
    newPromise({ dueAt: new Date(T0.getTime() + 120 * MINUTE), timeZone: 'UTC' }),
    T0,
  );
  db.prepare("UPDATE promises SET status = 'cancelled' WHERE id = ?").run(promise.id);
  scheduler = new Scheduler({
    db,
    clock,
    logger,
    client,
    directory,
    workerId: 'test',
    maxSleepMs: 60 * MINUTE,
  });
  const plan = (kind: string, runAt: Date) => {
    insertJob(
      db,
      { teamId: 'T1', promiseId: promise.id, kind, runAt, uniqueKey: `test:${kind}` },
      clock.now(),
    );
  };
  const statusOf = (kind: string) => listPromiseJobs(db, promise.id).find((job) => job.kind === kind)?.status;
  return { db, clock, plan, statusOf };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('the scheduler loop did not get there in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A loop asleep until its one row, 30 minutes out. The extra tick queues behind the loop's first one, so when it
 * returns the loop has finished that tick and gone to sleep.
 */
async function asleepUntilARowIn30Minutes(): Promise<ReturnType<typeof setUp>> {
  const loop = setUp();
  loop.plan('soon', new Date(T0.getTime() + 30 * MINUTE));
  scheduler?.start();
  await scheduler?.tick();
  return loop;
}

describe('scheduler loop', () => {
  it('wakes on a poke for rows due before it would look again, and only then', async () => {
    const { clock, plan, statusOf } = await asleepUntilARowIn30Minutes();

    // A row that is due already, announced as due in 40 minutes: the loop wakes at 30 anyway, so it sleeps on.
    plan('at_risk', clock.now());
    scheduler?.poke(new Date(T0.getTime() + 40 * MINUTE));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(statusOf('at_risk')).toBe('pending');

    // Announced as due now, before the loop's wake-up: it looks at once and finds the row.
    scheduler?.poke(clock.now());
    await until(() => statusOf('at_risk') === 'skipped');
    expect(statusOf('soon')).toBe('pending');
  });

  it('wakes on a poke that does not say when', async () => {
    const { clock, plan, statusOf } = await asleepUntilARowIn30Minutes();
    plan('at_risk', clock.now());
    scheduler?.poke();
    await until(() => statusOf('at_risk') === 'skipped');
  });
});

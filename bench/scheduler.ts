import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../src/logger.js';
import { migrationsDir } from '../src/project-root.js';
import { replanPromise } from '../src/scheduler/plan-promise.js';
import { type Db, openDatabase, transact } from '../src/store/database.js';
import { claimDueJobs, nextRunAt } from '../src/store/jobs.js';
import { migrate, readMigrations } from '../src/store/migrate.js';
import { getPromise } from '../src/store/promises.js';
import { WalCheckpointer } from '../src/store/wal-checkpointer.js';
import { heading, line, ms, ratio, summarize } from './stats.js';

const TEAM = 'T0BENCH';
const NOW = Date.parse('2026-11-23T09:00:00Z');
const HOUR = 3_600_000;
const ROUNDS = 300;
/** Rounds run first and not counted (cold caches, first statements prepared). */
const WARMUP = 30;

/**
 * The scheduler's two hot paths on a database with 1,000,000 promises (100,000 open, each with its ladder of
 * pending rows) beside the same on an empty database, in the same run: a tick's find-and-claim of due rows, and
 * planning one promise. Also the process's resident memory.
 */
export async function runSchedulerBench(): Promise<void> {
  heading('scheduler: claim due rows and plan a promise, 1,000,000 promises vs empty');
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-sched-'));
  try {
    const empty = prepare(join(dir, 'empty.db'), 0, 0);
    const seededAt = performance.now();
    const full = prepare(join(dir, 'full.db'), 1_000_000, 100_000);
    line(`seeded 1,000,000 promises in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);

    await Promise.all([empty.checkpointer.started(), full.checkpointer.started()]);
    const results = { empty: measure(empty), full: measure(full) };
    line(
      `${'database'.padEnd(26)}${'tick p50'.padStart(12)}${'tick p99'.padStart(12)}${'plan p50'.padStart(12)}${'plan p99'.padStart(12)}`,
    );
    for (const [name, r] of Object.entries(results)) {
      line(
        `${(name === 'empty' ? 'empty' : '1M promises, 100k open').padEnd(26)}${ms(r.tick.p50).padStart(12)}${ms(r.tick.p99).padStart(12)}${ms(r.plan.p50).padStart(12)}${ms(r.plan.p99).padStart(12)}`,
      );
    }
    line(
      `ratio 1M / empty: tick p50 ${ratio(results.full.tick.p50, results.empty.tick.p50)}, plan p50 ${ratio(results.full.plan.p50, results.empty.plan.p50)}`,
    );
    const met = results.full.tick.p50 <= 5 * results.empty.tick.p50 && results.full.tick.p99 < 5;
    line(`target (tick at 1M within 5x of empty, under 5 ms): ${met ? 'met' : 'NOT met'}`);
    line(`RSS: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
    for (const prepared of [empty, full]) {
      await prepared.checkpointer.stop();
      prepared.db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Prepared {
  db: Db;
  /** As Kept runs: WAL checkpoints in a worker, not in the measured commits. */
  checkpointer: WalCheckpointer;
  /** Ids of open promises to re-plan in the measurement. */
  openIds: number[];
}

/**
 * Seeds `total` promises of which `open` are open (due over the next 30 days, each with soon, at-risk and
 * deadline rows pending) and the rest kept over the past two years (each with a done row). Generated in SQL with
 * a recursive CTE: a million rows through JavaScript would take most of a minute.
 */
function prepare(path: string, total: number, open: number): Prepared {
  const db = openDatabase(path);
  migrate(db, readMigrations(migrationsDir()));
  db.pragma('synchronous = OFF');
  transact(db, () => {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @total - 1)
       INSERT INTO promises (id, team_id, owner_id, created_by, customer, what, due_at, deadline_text, time_zone,
         locale, source, status, kept_on_time, closed_at, created_at, updated_at, committed_at, plan_version)
       SELECT i + 1, @team, 'U' || (i % 500), 'U' || (i % 500), 'Customer ' || (i % 2000), 'promise ' || i,
         CASE WHEN i < @open THEN @now + (3 + i % 720) * @hour ELSE @now - (1 + i % 17520) * @hour END,
         'Friday', 'Europe/Amsterdam', 'en', 'slash_command',
         CASE WHEN i < @open THEN 'open' ELSE 'kept' END,
         CASE WHEN i < @open THEN NULL ELSE 1 END,
         CASE WHEN i < @open THEN NULL ELSE @now - (2 + i % 17520) * @hour END,
         @now - 72 * @hour, @now - 72 * @hour, @now - 72 * @hour, 1
       FROM n WHERE @total > 0`,
    ).run({ total, open, team: TEAM, now: NOW, hour: HOUR });
    for (const [kind, offset] of [
      ['soon', 2],
      ['at_risk', 1],
      ['deadline', 0],
    ] as const) {
      db.prepare(
        `INSERT INTO jobs (team_id, promise_id, kind, run_at, unique_key, payload, status, created_at, updated_at)
         SELECT team_id, id, @kind, due_at - @offset, 'promise:' || id || ':v1:' || @kind, '{"planVersion":1}',
           'pending', created_at, created_at
         FROM promises WHERE status = 'open'`,
      ).run({ kind, offset: offset * HOUR });
    }
    db.prepare(
      `INSERT INTO jobs (team_id, promise_id, kind, run_at, unique_key, payload, status, created_at, updated_at)
       SELECT team_id, id, 'deadline', due_at, 'promise:' || id || ':v1:deadline', '{"planVersion":1}', 'done',
         created_at, created_at
       FROM promises WHERE status = 'kept'`,
    ).run();
  });
  db.pragma('synchronous = NORMAL');
  db.pragma('optimize');
  // The seeding's WAL goes into the database now, not under the measurement.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const checkpointer = new WalCheckpointer(db, { logger: createLogger('warn') });
  const openIds = db
    .prepare<[], { id: number }>("SELECT id FROM promises WHERE status = 'open'")
    .all()
    .map((row) => row.id);
  return { db, checkpointer, openIds };
}

function measure({ db, openIds }: Prepared) {
  const tick: number[] = [];
  const plan: number[] = [];
  const release = db.prepare(
    "UPDATE jobs SET locked_by = NULL, locked_until = NULL, attempts = 0 WHERE locked_by = 'bench'",
  );
  const dueRow = db.prepare(
    `INSERT INTO jobs (team_id, promise_id, kind, run_at, unique_key, status, created_at, updated_at)
     VALUES (?, NULL, 'bench', ?, ?, 'pending', ?, ?)`,
  );
  // Ten rows due now, as a busy minute would have.
  for (let i = 0; i < 10; i += 1) dueRow.run(TEAM, NOW - i, `bench:${i}`, NOW, NOW);
  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    const started = performance.now();
    const claimed = claimDueJobs(db, { now: new Date(NOW), workerId: 'bench', lockMs: 60_000, limit: 50 });
    nextRunAt(db);
    if (round >= WARMUP) tick.push(performance.now() - started);
    if (claimed.length !== 10) throw new Error(`expected 10 due rows, claimed ${claimed.length}`);
    release.run();
  }
  const now = new Date(NOW);
  const ids = openIds.length > 0 ? openIds : [seedOne(db)];
  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    const promise = getPromise(db, TEAM, ids[(round * 7919) % ids.length] ?? 0);
    if (!promise) throw new Error('missing promise');
    const started = performance.now();
    transact(db, () => replanPromise(db, promise, now));
    if (round >= WARMUP) plan.push(performance.now() - started);
  }
  return { tick: summarize(tick), plan: summarize(plan) };
}

/** The empty database still needs one promise to plan. */
function seedOne(db: Db): number {
  return Number(
    db
      .prepare(
        `INSERT INTO promises (team_id, owner_id, created_by, what, due_at, deadline_text, time_zone, locale, source,
           created_at, updated_at, committed_at)
         VALUES (?, 'U1', 'U1', 'one', ?, 'Friday', 'Europe/Amsterdam', 'en', 'slash_command', ?, ?, ?)`,
      )
      .run(TEAM, NOW + 72 * HOUR, NOW, NOW, NOW).lastInsertRowid,
  );
}

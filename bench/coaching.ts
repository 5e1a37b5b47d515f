import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir } from '../src/project-root.js';
import { coachPromise } from '../src/services/coaching.js';
import { openDatabase } from '../src/store/database.js';
import { migrate, readMigrations } from '../src/store/migrate.js';
import { heading, line, ms, ratio, summarize } from './stats.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DAY = 86_400_000;
const ROUNDS = 300;
const WARMUP = 30;

/** The realism and load checks for an owner with 10,000 closed promises, beside one with none, in the same run. */
export async function runCoachingBench(): Promise<void> {
  heading('coaching advice: an owner with 10,000 closed promises vs one with none');
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-coach-'));
  const db = openDatabase(join(dir, 'kept.db'));
  try {
    migrate(db, readMigrations(migrationsDir()));
    db.pragma('synchronous = OFF');
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999)
       INSERT INTO promises (team_id, owner_id, created_by, what, due_at, deadline_text, time_zone, locale, source,
         status, kept_on_time, closed_at, created_at, updated_at, committed_at, lead_band)
       SELECT 'T0', 'U0BUSY', 'U0BUSY', 'promise ' || i, @now - (i % 89 + 1) * @day, 'x', 'Europe/Amsterdam', 'en',
         'slash_command', CASE WHEN i % 3 = 0 THEN 'broken' ELSE 'kept' END,
         CASE WHEN i % 3 = 0 THEN NULL ELSE 1 END, CASE WHEN i % 3 = 0 THEN NULL ELSE @now - (i % 89 + 1) * @day END,
         @now - 100 * @day, @now - 100 * @day, @now - 100 * @day,
         CASE i % 5 WHEN 0 THEN 'hours' WHEN 1 THEN 'same-day' WHEN 2 THEN 'days-1-2' WHEN 3 THEN 'days-3-5' ELSE 'longer' END
       FROM n`,
    ).run({ now: NOW, day: DAY });
    db.pragma('synchronous = NORMAL');
    db.pragma('optimize');
    const deps = { db, clock: { now: () => new Date(NOW) } };
    const measure = (ownerId: string) => {
      const samples: number[] = [];
      for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
        const dueAt = new Date(NOW + ((round % 5) + 1) * 6 * 3_600_000);
        const started = performance.now();
        coachPromise(deps, {
          teamId: 'T0',
          ownerId,
          dueAt,
          timeZone: 'Europe/Amsterdam',
          now: new Date(NOW),
        });
        if (round >= WARMUP) samples.push(performance.now() - started);
      }
      return summarize(samples);
    };
    const none = measure('U0NEW');
    const busy = measure('U0BUSY');
    line(`${'owner'.padEnd(30)}${'p50'.padStart(12)}${'p99'.padStart(12)}`);
    line(`${'no history'.padEnd(30)}${ms(none.p50).padStart(12)}${ms(none.p99).padStart(12)}`);
    line(`${'10,000 closed promises'.padEnd(30)}${ms(busy.p50).padStart(12)}${ms(busy.p99).padStart(12)}`);
    line(`ratio: p50 ${ratio(busy.p50, none.p50)}`);
    line(`target (under 5 ms): ${busy.p99 < 5 ? 'met' : 'NOT met'}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

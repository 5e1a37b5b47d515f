import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir } from '../src/project-root.js';
import { gatherDigest } from '../src/services/digest.js';
import { gatherHome } from '../src/services/home.js';
import { appHomeView } from '../src/slack/views/app-home.js';
import { DIGEST_SECTION_LINES, digestMessage } from '../src/slack/views/digest.js';
import { openDatabase } from '../src/store/database.js';
import { migrate, readMigrations } from '../src/store/migrate.js';
import { heading, line, ms, ratio, summarize } from './stats.js';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const HOUR = 3_600_000;
const ROUNDS = 200;
const WARMUP = 20;

/**
 * Building the morning digest and App Home (queries and Block Kit) for a team with 10,000 open and 100,000 closed
 * promises, beside an empty team in the same database and run.
 */
export async function runTeamViewBench(): Promise<void> {
  heading('digest and App Home: 10,000 open + 100,000 closed promises vs an empty team');
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-team-'));
  const db = openDatabase(join(dir, 'kept.db'));
  try {
    migrate(db, readMigrations(migrationsDir()));
    db.pragma('synchronous = OFF');
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 109999)
       INSERT INTO promises (team_id, owner_id, created_by, customer, what, due_at, deadline_text, time_zone,
         locale, source, status, kept_on_time, closed_at, created_at, updated_at, committed_at)
       SELECT 'T0BIG', 'U' || (i % 500), 'U' || (i % 500), 'Customer ' || (i % 3000), 'promise number ' || i,
         CASE WHEN i < 10000 THEN @now - 5 * @hour + (i % 720) * @hour ELSE @now - (i % 8760) * @hour END,
         'Friday', 'Europe/Amsterdam', 'en', 'slash_command',
         CASE WHEN i < 10000 THEN 'open' WHEN i % 10 = 0 THEN 'broken' ELSE 'kept' END,
         CASE WHEN i < 10000 OR i % 10 = 0 THEN NULL ELSE (i % 7 <> 0) END,
         CASE WHEN i < 10000 OR i % 10 = 0 THEN NULL ELSE @now - (i % 8760) * @hour - @hour END,
         @now - (i % 8760) * @hour - 72 * @hour, @now - 72 * @hour, @now - 72 * @hour
       FROM n`,
    ).run({ now: NOW, hour: HOUR });
    db.pragma('synchronous = NORMAL');
    db.pragma('optimize');
    const deps = { db, clock: { now: () => new Date(NOW) } };
    const now = new Date(NOW);

    const measure = (work: () => unknown) => {
      const samples: number[] = [];
      for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
        const started = performance.now();
        work();
        if (round >= WARMUP) samples.push(performance.now() - started);
      }
      return summarize(samples);
    };
    const digest = (team: string) => () =>
      digestMessage(gatherDigest(deps, team, now, 'Europe/Amsterdam', DIGEST_SECTION_LINES), 'en');
    const home = (team: string) => () => appHomeView(gatherHome(deps, team, 'U7'), now, 'en');

    const results = [
      ['digest, empty team', measure(digest('T0EMPTY'))],
      ['digest, 110k promises', measure(digest('T0BIG'))],
      ['App Home, empty team', measure(home('T0EMPTY'))],
      ['App Home, 110k promises', measure(home('T0BIG'))],
    ] as const;
    line(`${'build'.padEnd(26)}${'p50'.padStart(12)}${'p99'.padStart(12)}`);
    for (const [name, r] of results)
      line(`${name.padEnd(26)}${ms(r.p50).padStart(12)}${ms(r.p99).padStart(12)}`);
    const [, bigDigest] = results[1];
    const [, bigHome] = results[3];
    line(
      `ratio big / empty: digest p50 ${ratio(bigDigest.p50, results[0][1].p50)}, App Home p50 ${ratio(bigHome.p50, results[2][1].p50)}`,
    );
    const met = bigDigest.p99 < 50 && bigHome.p99 < 50;
    line(`target (each under 50 ms): ${met ? 'met' : 'NOT met'}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

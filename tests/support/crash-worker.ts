/**
 * The real app in a child process for the crash test: Kept built by `createKept` on a database file, against the
 * fake Slack. Its clock is simulated and kept in a file: each round moves it `KEPT_CRASH_STEP_MS` on and ticks
 * the scheduler, so a multi-day ladder passes in seconds, and time stands still while the process is dead (the
 * test checks delivery, not downtime catch-up). It exits 0 once no pending row is left; the test kills it with
 * SIGKILL at random moments.
 */

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createKept } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

const env = process.env;
const clockFile = String(env.KEPT_CRASH_CLOCK_FILE);
const step = Number(env.KEPT_CRASH_STEP_MS);
let simulated = Number(readFileSync(clockFile, 'utf8'));
if (!Number.isFinite(simulated) || simulated <= 0) throw new Error(`bad clock file: ${simulated}`);
const clock: Clock = { now: () => new Date(simulated) };

const loaded = loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'error' });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const kept = createKept({ config: loaded.config, clock, logger: createLogger('error'), runScheduler: false });
const { db, scheduler } = kept.context;

const pending = () =>
  db.prepare<[], { n: number }>("SELECT count(*) AS n FROM jobs WHERE status = 'pending'").get()?.n ?? 0;

async function run(): Promise<void> {
  while (pending() > 0) {
    simulated += step;
    // Write-then-rename: a kill mid-write must not leave a torn clock behind.
    writeFileSync(`${clockFile}.next`, String(simulated));
    renameSync(`${clockFile}.next`, clockFile);
    await scheduler.tick();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await kept.stop();
  process.exit(0);
}

run().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});

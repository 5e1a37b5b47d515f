import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir, projectRoot } from '../../src/project-root.js';
import { replanPromise } from '../../src/scheduler/plan-promise.js';
import { openDatabase } from '../../src/store/database.js';
import { migrate, readMigrations } from '../../src/store/migrate.js';
import { insertPromise } from '../../src/store/promises.js';
import { setLead } from '../../src/store/settings.js';
import { saveSlackUser } from '../../src/store/slack-users.js';
import { FAKE_TEAM_ID, FakeSlack } from '../support/fake-slack.js';
import { newPromise } from '../support/new-promise.js';

/**
 * Kill the real app with SIGKILL at random moments while it sends reminders, restart it, and check that every
 * planned notice was delivered, with at most one repeat per kill.
 */
const WORKER = join(projectRoot(), 'dist', 'tests', 'support', 'crash-worker.js');
const SIM_START = Date.parse('2026-11-23T08:00:00Z');
/** How far the simulated clock moves per scheduler round. */
const STEP_MS = 5 * 60_000;
const PROMISES = 12;
const KILLS = 15;

let slack: FakeSlack;
let dir: string;
let databasePath: string;
let clockFile: string;
let expected: Map<string, number>;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  slack.addUser({ id: 'U0OWN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  slack.addUser({ id: 'U0LEAD', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  dir = mkdtempSync(join(tmpdir(), 'kept-crash-'));
  databasePath = join(dir, 'kept.db');
  clockFile = join(dir, 'clock');
  writeFileSync(clockFile, String(SIM_START));

  // Seed promises due over the next two days, each with its ladder planned.
  const db = openDatabase(databasePath);
  migrate(db, readMigrations(migrationsDir()));
  const now = new Date(SIM_START);
  setLead(db, FAKE_TEAM_ID, 'U0OWN', 'U0LEAD', 'U0OWN', now);
  saveSlackUser(db, {
    teamId: FAKE_TEAM_ID,
    userId: 'U0OWN',
    timeZone: 'Europe/Amsterdam',
    locale: 'en-GB',
    displayName: 'own',
    isBot: false,
    deleted: false,
    fetchedAt: now,
  });
  expected = new Map();
  for (let i = 0; i < PROMISES; i += 1) {
    const dueAt = new Date(SIM_START + (3 + i * 3.5) * 3_600_000);
    const { promise } = insertPromise(
      db,
      newPromise({
        teamId: FAKE_TEAM_ID,
        ownerId: 'U0OWN',
        createdBy: 'U0OWN',
        what: `crash promise ${i}`,
        dueAt,
        channelId: null,
        requestKey: null,
      }),
      now,
    );
    for (const notice of replanPromise(db, promise, now)) {
      // At the deadline: the two breach notices, and (no recovery date is ever given here) the lead told later.
      const kinds =
        notice.kind === 'deadline'
          ? ['broken_owner', 'broken_escalation', 'recovery_unanswered']
          : [notice.kind];
      for (const kind of kinds) expected.set(`${i}:${kind}`, 1);
    }
  }
  db.close();
});

afterAll(async () => {
  await slack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startWorker(): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [WORKER], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-crash',
      SLACK_SIGNING_SECRET: 'crash',
      SLACK_API_URL: slack.apiUrl,
      DATABASE_PATH: databasePath,
      KEPT_CRASH_CLOCK_FILE: clockFile,
      KEPT_CRASH_STEP_MS: String(STEP_MS),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

/** Which planned notice a message is, from the promise text and the kind of message. */
function noticeOf(args: Record<string, unknown>): string | undefined {
  const text = String(args.text);
  const promise = /crash promise (\d+)/.exec(text)?.[1];
  if (promise === undefined) return undefined;
  const recipient = String(args.channel);
  if (text.includes('At risk')) return `${promise}:at_risk`;
  if (text.includes('has not said when')) return `${promise}:recovery_unanswered`;
  if (text.includes('Broken')) return `${promise}:broken_escalation`;
  if (text.includes('Contact the customer')) return `${promise}:broken_owner`;
  if (text.includes('Reminder') && recipient === 'D0OWN') return `${promise}:reminder`;
  return `${promise}:unexpected`;
}

describe('crash safety', () => {
  it('delivers every planned notice across SIGKILLs, repeating at most one message per kill', async () => {
    let kills = 0;
    for (let i = 0; i < KILLS; i += 1) {
      const worker = startWorker();
      // Kill mid-dispatch: once the worker has started talking to Slack, after a random few milliseconds,
      // which lands between sending a message and recording it often enough.
      const before = slack.calls.length;
      try {
        await slack.waitFor(() => slack.calls.length > before + 1 || worker.child.exitCode !== null, 15_000);
      } catch {
        // The worker never reached Slack in time; kill it anyway.
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      if (worker.child.exitCode !== null) break;
      worker.child.kill('SIGKILL');
      await worker.exited;
      kills += 1;
    }
    const last = startWorker();
    expect(await last.exited, 'the last run finishes every pending row').toBe(0);

    const delivered = new Map<string, number>();
    for (const call of slack.callsTo('chat.postMessage')) {
      const key = noticeOf(call.args);
      if (key) delivered.set(key, (delivered.get(key) ?? 0) + 1);
    }
    // Reminders (day before, soon) are one kind of message; count them together.
    const want = new Map<string, number>();
    for (const [key] of expected) {
      const [promise, kind] = key.split(':');
      const merged = kind === 'day_before' || kind === 'soon' ? `${promise}:reminder` : key;
      want.set(merged, (want.get(merged) ?? 0) + 1);
    }
    expect(delivered.get('unexpected')).toBeUndefined();
    let repeats = 0;
    for (const [key, count] of want) {
      const got = delivered.get(key) ?? 0;
      expect(got, `notice ${key}`).toBeGreaterThanOrEqual(count);
      repeats += got - count;
    }
    expect([...delivered.keys()].filter((key) => !want.has(key))).toEqual([]);
    expect(kills).toBeGreaterThan(0);
    expect(repeats, `${repeats} repeats after ${kills} kills`).toBeLessThanOrEqual(kills);
  }, 90_000);
});

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { EVENTS_PATH } from '../../src/slack/ids.js';
import { FAKE_TEAM_ID, FakeSlack } from '../support/fake-slack.js';
import { postSigned, slashCommandBody } from '../support/slack-requests.js';

/**
 * The compiled entry point as `npm start` runs it (built by the global setup): configuration errors, `.env`,
 * the health check, and a clean stop on SIGTERM/SIGINT that finishes in-flight work first.
 */
const MAIN = join(projectRoot(), 'dist', 'src', 'main.js');
const SECRET = 'process-test-secret';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-process-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function run(cwd: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, stderr: () => stderr, exited };
}

async function listeningPort(running: Running): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const match = /listening on port (\d+)/.exec(running.stderr());
    if (match?.[1]) return Number(match[1]);
    if (running.child.exitCode !== null) throw new Error(`Kept exited early:\n${running.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Kept did not start:\n${running.stderr()}`);
}

describe('npm start', () => {
  it('exits non-zero naming the missing variables and the README section', async () => {
    const running = run(tempDir(), {});
    const { code } = await running.exited;
    expect(code).not.toBe(0);
    expect(running.stderr()).toContain('SLACK_BOT_TOKEN');
    expect(running.stderr()).toContain('SLACK_SIGNING_SECRET');
    expect(running.stderr()).toContain('README.md, section "Configuration"');
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, without a signing secret', async () => {
    const slack = await new FakeSlack().start();
    cleanups.push(() => slack.stop());
    slack.answer('apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    const running = run(tempDir(), {
      SLACK_BOT_TOKEN: 'xoxb-socket',
      SLACK_APP_TOKEN: 'xapp-socket-test',
      SLACK_API_URL: slack.url,
      PORT: '0',
    });
    await slack.waitFor(() => slack.callsTo('apps.connections.open').length > 0, 15_000);
    expect(slack.callsTo('apps.connections.open')[0]?.token).toBe('xapp-socket-test');
    // Slack refused the app token: Kept says so and exits rather than run deaf.
    const { code } = await running.exited;
    expect(code).not.toBe(0);
    expect(running.stderr()).toMatch(/failed to start/i);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'reads .env, serves /healthz, and on %s finishes in-flight work before exiting',
    async (signal) => {
      const slack = await new FakeSlack().start();
      cleanups.push(() => slack.stop());
      slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
      slack.addUser({ id: 'U0BOB', tz: 'Europe/Amsterdam', locale: 'en-GB' });
      const cwd = tempDir();
      writeFileSync(join(cwd, '.env'), `SLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=${SECRET}\n`);
      const running = run(cwd, { SLACK_API_URL: slack.url, PORT: '0', LOG_LEVEL: 'info' });
      const port = await listeningPort(running);
      expect(existsSync(join(cwd, 'data', 'kept.db'))).toBe(true);

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);

      // The owner's DM is slow: shutdown must wait for it.
      slack.failNext('chat.postMessage', { kind: 'delay', ms: 1200 });
      const reply = await postSigned({
        url: `http://127.0.0.1:${port}${EVENTS_PATH}`,
        secret: SECRET,
        contentType: 'application/x-www-form-urlencoded',
        body: slashCommandBody({
          text: '<@U0BOB|bob> ACME: send the charger tomorrow',
          userId: 'U0ANN',
          teamId: FAKE_TEAM_ID,
          responseUrl: slack.responseUrl(),
        }),
      });
      expect(reply.status).toBe(200);
      expect(JSON.stringify(reply.json)).toContain('Promise recorded');
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 1);
      expect(slack.callsTo('auth.test')[0]?.token).toBe('xoxb-from-dotenv');

      running.child.kill(signal);
      const exit = await running.exited;
      expect(exit.code).toBe(0);
      const dm = slack.callsTo('chat.postMessage')[0];
      expect(dm?.answeredAt).toBeDefined();
      expect(exit.at).toBeGreaterThanOrEqual(dm?.answeredAt ?? Number.POSITIVE_INFINITY);
      expect(running.stderr()).toContain('Kept stopped');
    },
  );
});

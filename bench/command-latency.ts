import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { EVENTS_PATH } from '../src/slack/ids.js';
import { FAKE_TEAM_ID, FakeSlack } from '../tests/support/fake-slack.js';
import { slackSignature, slashCommandBody } from '../tests/support/slack-requests.js';
import { type AppProcess, startAppProcess } from './app-process.js';
import { KeepAliveClient } from './keep-alive-client.js';
import { heading, line, ms, pairedRoundInterval, ratio, summarize } from './stats.js';

const SECRET = 'bench-signing-secret';
/**
 * Per app, in rounds of 100. The p99 of 1,000 samples is the 10th-worst of them and moved by ±0.5 ms between runs
 * on these shared machines, more than the difference it is meant to show. With 5,000 in 50 rounds Kept's p99 stays
 * within about ±0.15 ms; the bare app's still moves by ±0.25 ms, so the ratio does by about ±0.15x.
 * `BENCH_REQUESTS` (a multiple of 100, at least 1,000) runs more, for a steadier p99 at the cost of time.
 */
const WARMUP = 200;
const PER_ROUND = 100;

export function requestCount(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 5000;
  const n = Number(setting);
  if (!Number.isSafeInteger(n) || n < 1000 || n % PER_ROUND !== 0) {
    throw new Error(`BENCH_REQUESTS must be a whole multiple of 100, at least 1000, not "${setting}"`);
  }
  return n;
}

/**
 * Where Kept keeps its data in this benchmark: a new database file (as `npm start` runs it), or with
 * `BENCH_DATABASE=memory` a database in memory. The second is a diagnostic only: nothing is written to disk and
 * nothing would survive a restart, so it shows how much of Kept's latency is the disk, not how Kept runs.
 */
export function benchDatabase(setting: string | undefined): 'file' | 'memory' {
  if (setting === undefined || setting === '' || setting === 'file') return 'file';
  if (setting === 'memory') return 'memory';
  throw new Error(`BENCH_DATABASE must be "file" (the default) or "memory", not "${setting}"`);
}

const PHRASES = [
  'ACME: send the replacement charger by Friday 3pm',
  'Globex: call back tomorrow morning',
  'Initech: send the quote within 3 business days',
  'Umbrella: ship the spare parts next week',
  'Hooli: confirm the refund in 2 hours',
];

/**
 * `/promise` end to end over real HTTP on loopback: the time from sending the signed command until the
 * confirmation is back in the acknowledgement body. Kept runs as `npm start` runs it (dist/src/main.js, its own
 * process, a database file, the scheduler and the checkpointer running). Beside it, in the same run and
 * interleaved in rounds so both see the same machine, a bare Bolt app in a process of its own that only acks.
 * Both get the same client; Slack's Web API is the fake one, in this process.
 */
export async function runCommandLatencyBench(): Promise<void> {
  const requests = requestCount(process.env.BENCH_REQUESTS);
  const database = benchDatabase(process.env.BENCH_DATABASE);
  heading(`/promise latency: ${requests} signed commands to each app over loopback HTTP`);
  if (database === 'memory') {
    line("Kept's database is in memory (BENCH_DATABASE=memory): a diagnostic, not how Kept runs");
  }
  const slack = await new FakeSlack().start();
  slack.addUser({ id: 'U0BENCH', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-'));
  const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl };
  const root = projectRoot();
  const apps: AppProcess[] = [];
  try {
    const kept = await startAppProcess(join(root, 'dist/src/main.js'), {
      ...env,
      SLACK_APP_TOKEN: '',
      PORT: '0',
      DATABASE_PATH: database === 'memory' ? ':memory:' : join(dir, 'kept.db'),
      // Kept says which port it took at info level; it logs nothing per request.
      LOG_LEVEL: 'info',
    });
    apps.push(kept);
    const bare = await startAppProcess(join(root, 'dist/bench/bare-bolt.js'), env);
    apps.push(bare);
    const keptClient = new KeepAliveClient(kept.port);
    const bareClient = new KeepAliveClient(bare.port);

    let sent = 0;
    const send = async (client: KeepAliveClient, expectConfirmation: boolean): Promise<number> => {
      sent += 1;
      const body = slashCommandBody({
        text: PHRASES[sent % PHRASES.length] ?? '',
        userId: 'U0BENCH',
        teamId: FAKE_TEAM_ID,
        responseUrl: slack.responseUrl(),
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': timestamp,
        'x-slack-signature': slackSignature(SECRET, Number(timestamp), body),
      };
      // Timed from the moment the signed request leaves, as Slack would send it.
      const started = performance.now();
      const response = await client.post(EVENTS_PATH, headers, body);
      const elapsed = performance.now() - started;
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      if (expectConfirmation && !response.text.includes('Promise recorded')) {
        throw new Error(`no confirmation in the ack: ${response.text.slice(0, 200)}`);
      }
      return elapsed;
    };

    for (let i = 0; i < WARMUP; i += 1) {
      await send(keptClient, true);
      await send(bareClient, false);
    }
    const keptRounds: number[][] = [];
    const bareRounds: number[][] = [];
    for (let round = 0; round < requests / PER_ROUND; round += 1) {
      const kept: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < PER_ROUND; i += 1) kept.push(await send(keptClient, true));
      for (let i = 0; i < PER_ROUND; i += 1) bare.push(await send(bareClient, false));
      keptRounds.push(kept);
      bareRounds.push(bare);
    }
    keptClient.close();
    bareClient.close();

    const k = summarize(keptRounds.flat());
    const b = summarize(bareRounds.flat());
    line(`${'app'.padEnd(22)}${'p50'.padStart(12)}${'p99'.padStart(12)}${'mean'.padStart(12)}`);
    line(
      `${'bare Bolt (ack only)'.padEnd(22)}${ms(b.p50).padStart(12)}${ms(b.p99).padStart(12)}${ms(b.mean).padStart(12)}`,
    );
    line(
      `${'Kept /promise'.padEnd(22)}${ms(k.p50).padStart(12)}${ms(k.p99).padStart(12)}${ms(k.mean).padStart(12)}`,
    );
    line(`ratio Kept / bare: p50 ${ratio(k.p50, b.p50)}, p99 ${ratio(k.p99, b.p99)}`);
    const spread = pairedRoundInterval(keptRounds, bareRounds);
    const crosses = spread.low <= 1.5 && spread.high > 1.5;
    line(
      `p99 ratio, 90% interval over resampled pairs of rounds: ${spread.low.toFixed(2)}x to ${spread.high.toFixed(2)}x${
        crosses ? ' (it crosses 1.5x: one run does not settle the target)' : ''
      }`,
    );
    const met = k.p99 <= 1.5 * b.p99 && k.p99 < 50;
    line(`target (p99 within 1.5x of bare and under 50 ms): ${met ? 'met' : 'NOT met'}`);
    const byMethod = new Map<string, number>();
    for (const call of slack.calls) byMethod.set(call.method, (byMethod.get(call.method) ?? 0) + 1);
    line(`Slack Web API calls received: ${[...byMethod].map(([name, n]) => `${name} x${n}`).join(', ')}`);
  } finally {
    for (const app of apps) await app.stop();
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

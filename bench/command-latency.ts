import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '@slack/bolt';
import { createKept } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { EVENTS_PATH, PROMISE_COMMAND } from '../src/slack/ids.js';
import { FAKE_TEAM_ID, FakeSlack } from '../tests/support/fake-slack.js';
import { postSigned, slashCommandBody } from '../tests/support/slack-requests.js';
import { heading, line, ms, ratio, summarize } from './stats.js';

const SECRET = 'bench-signing-secret';
const REQUESTS = 1000;
const WARMUP = 100;
const ROUNDS = 10;

const PHRASES = [
  'ACME: send the replacement charger by Friday 3pm',
  'Globex: call back tomorrow morning',
  'Initech: send the quote within 3 business days',
  'Umbrella: ship the spare parts next week',
  'Hooli: confirm the refund in 2 hours',
];

/**
 * `/promise` end to end over real HTTP on loopback: time from sending the signed command until the confirmation
 * is back in the acknowledgement body. Beside it, in the same run and interleaved in rounds so both see the same
 * machine, a bare Bolt app that only acks.
 */
export async function runCommandLatencyBench(): Promise<void> {
  heading(`/promise latency: ${REQUESTS} signed commands over loopback HTTP`);
  const slack = await new FakeSlack().start();
  slack.addUser({ id: 'U0BENCH', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-'));
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    DATABASE_PATH: join(dir, 'kept.db'),
    LOG_LEVEL: 'error',
  });
  if (!loaded.ok) throw new Error('bench config invalid');
  const kept = createKept({ config: loaded.config, clock: systemClock, logger: createLogger('error') });
  const keptPort = (await kept.start()).port;

  const bare = new App({
    token: 'xoxb-bench',
    signingSecret: SECRET,
    logger: createLogger('error'),
    clientOptions: { slackApiUrl: slack.apiUrl },
  });
  bare.command(PROMISE_COMMAND, async ({ ack }) => {
    await ack();
  });
  const bareServer = (await bare.start(0)) as unknown as { address(): AddressInfo };
  const barePort = bareServer.address().port;

  let sent = 0;
  const send = async (port: number | undefined, expectConfirmation: boolean): Promise<number> => {
    sent += 1;
    const body = slashCommandBody({
      text: PHRASES[sent % PHRASES.length] ?? '',
      userId: 'U0BENCH',
      teamId: FAKE_TEAM_ID,
      responseUrl: slack.responseUrl(),
    });
    const started = performance.now();
    const response = await postSigned({
      url: `http://127.0.0.1:${port}${EVENTS_PATH}`,
      secret: SECRET,
      body,
      contentType: 'application/x-www-form-urlencoded',
    });
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    if (expectConfirmation && !response.text.includes('Promise recorded')) {
      throw new Error(`no confirmation in the ack: ${response.text.slice(0, 200)}`);
    }
    return elapsed;
  };

  for (let i = 0; i < WARMUP; i += 1) {
    await send(keptPort, true);
    await send(barePort, false);
  }
  const keptSamples: number[] = [];
  const bareSamples: number[] = [];
  const perRound = REQUESTS / ROUNDS;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let i = 0; i < perRound; i += 1) keptSamples.push(await send(keptPort, true));
    for (let i = 0; i < perRound; i += 1) bareSamples.push(await send(barePort, false));
  }

  const k = summarize(keptSamples);
  const b = summarize(bareSamples);
  line(`${'app'.padEnd(22)}${'p50'.padStart(12)}${'p99'.padStart(12)}${'mean'.padStart(12)}`);
  line(
    `${'bare Bolt (ack only)'.padEnd(22)}${ms(b.p50).padStart(12)}${ms(b.p99).padStart(12)}${ms(b.mean).padStart(12)}`,
  );
  line(
    `${'Kept /promise'.padEnd(22)}${ms(k.p50).padStart(12)}${ms(k.p99).padStart(12)}${ms(k.mean).padStart(12)}`,
  );
  line(`ratio Kept / bare: p50 ${ratio(k.p50, b.p50)}, p99 ${ratio(k.p99, b.p99)}`);
  const met = k.p99 <= 1.5 * b.p99 && k.p99 < 50;
  line(`target (p99 within 1.5x of bare and under 50 ms): ${met ? 'met' : 'NOT met'}`);

  await kept.stop();
  await bare.stop();
  await slack.stop();
  rmSync(dir, { recursive: true, force: true });
}

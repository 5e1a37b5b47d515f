import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKept, type Kept } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { ACTIONS } from '../../src/slack/ids.js';
import { FAKE_TEAM_ID, FakeSlack } from '../support/fake-slack.js';
import { FakeSocketMode } from '../support/fake-socket-mode.js';
import { testConfig } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { blockActionPayload, type ShownMessage, slashCommandBody } from '../support/slack-requests.js';

/**
 * Kept over Socket Mode end to end: the real app with `SLACK_APP_TOKEN` set opens its connection through
 * `apps.connections.open` on the fake Web API, and the fake Socket Mode server on loopback delivers envelopes
 * as Slack does and reads Kept's acknowledgements.
 */

let slack: FakeSlack;
let socket: FakeSocketMode;
let kept: Kept;
let dir: string;
let logs: string[];
let healthPort: number;

/** A port nothing listens on: in Socket Mode Kept serves only `/healthz`, on PORT, and reports no port back. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

beforeEach(async () => {
  slack = await new FakeSlack().start();
  socket = await new FakeSocketMode().start();
  socket.serve(slack);
  slack.addUser({ id: 'U0ANN', name: 'ann', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  slack.addUser({ id: 'U0BOB', name: 'bob', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
  dir = mkdtempSync(join(tmpdir(), 'kept-socket-'));
  logs = [];
  healthPort = await freePort();
  const config = testConfig({
    SLACK_APP_TOKEN: 'xapp-1-socket-test',
    SLACK_API_URL: slack.apiUrl,
    DATABASE_PATH: join(dir, 'kept.db'),
    PORT: String(healthPort),
  });
  expect(config.mode).toBe('socket');
  kept = createKept({
    config,
    clock: new ManualClock('2026-11-23T10:00:00+01:00'),
    logger: createLogger('warn', (line) => logs.push(line)),
    runScheduler: false,
  });
  await kept.start();
  await socket.waitForConnections(1);
});

afterEach(async () => {
  await kept.stop();
  await socket.stop();
  await slack.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A slash command's payload: in Socket Mode, Slack sends the fields of the HTTP form body as JSON. */
function commandPayload(text: string, userId: string, triggerId?: string): Record<string, unknown> {
  return Object.fromEntries(
    new URLSearchParams(
      slashCommandBody({
        text,
        userId,
        teamId: FAKE_TEAM_ID,
        responseUrl: slack.responseUrl(),
        ...(triggerId ? { triggerId } : {}),
      }),
    ),
  );
}

const promiseCount = () =>
  kept.context.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM promises').get()?.n;

describe('Socket Mode', () => {
  it('opens its connection with the app token and records a /promise, confirming in the acknowledgement', async () => {
    expect(slack.callsTo('apps.connections.open').map((call) => call.token)).toEqual(['xapp-1-socket-test']);

    const ack = await socket.deliver({
      type: 'slash_commands',
      payload: commandPayload('ACME: send the replacement charger by Friday 3pm', 'U0ANN'),
    });

    expect(JSON.stringify(ack.payload)).toContain('Promise recorded');
    expect(JSON.stringify(ack.payload)).toContain('send the replacement charger');
    const row = kept.context.db
      .prepare<[], { owner_id: string; customer: string; due_at: number }>(
        'SELECT owner_id, customer, due_at FROM promises',
      )
      .get();
    expect(row).toEqual({
      owner_id: 'U0ANN',
      customer: 'ACME',
      due_at: Date.parse('2026-11-27T15:00:00+01:00'),
    });
    // The deadline was read in the owner's zone, looked up with the bot token (not the app token).
    expect(slack.callsTo('users.info').map((call) => [call.args.user, call.token])).toEqual([
      ['U0ANN', 'xoxb-kept-test'],
    ]);
  });

  it('answers a refusal in the acknowledgement and stores nothing', async () => {
    const ack = await socket.deliver({
      type: 'slash_commands',
      payload: commandPayload('ACME: send the charger', 'U0ANN'),
    });
    expect(JSON.stringify(ack.payload)).toContain('could not find a deadline');
    expect(promiseCount()).toBe(0);
  });

  it('records a redelivered envelope once', async () => {
    const payload = commandPayload('ACME: call back tomorrow morning', 'U0ANN', '1700000000.1.socket');
    const first = await socket.deliver({ type: 'slash_commands', payload, envelopeId: 'env-retried' });
    const again = await socket.deliver({
      type: 'slash_commands',
      payload,
      envelopeId: 'env-retried',
      retryAttempt: 1,
    });
    expect(JSON.stringify(first.payload)).toContain('Promise recorded');
    expect(JSON.stringify(again.payload)).toContain('call back');
    expect(promiseCount()).toBe(1);
  });

  it('handles a button clicked in the confirmation', async () => {
    const responseUrl = slack.responseUrl();
    const payload = {
      ...commandPayload('ACME: call back tomorrow morning', 'U0ANN'),
      response_url: responseUrl,
    };
    const ack = await socket.deliver({ type: 'slash_commands', payload });
    const shown: ShownMessage = {
      channel: 'C0SUPPORT',
      ts: '1700000000.000001',
      blocks: (ack.payload?.blocks as unknown[]) ?? [],
      ephemeral: true,
      responseUrl,
    };

    await socket.deliver({
      type: 'interactive',
      payload: blockActionPayload({
        teamId: FAKE_TEAM_ID,
        userId: 'U0ANN',
        message: shown,
        actionId: ACTIONS.kept,
        responseUrl,
      }),
    });

    await slack.waitFor(() =>
      slack.responses.some((response) => response.path === new URL(responseUrl).pathname),
    );
    const status = kept.context.db.prepare<[], { status: string }>('SELECT status FROM promises').get();
    expect(status).toEqual({ status: 'kept' });
    const rewritten = slack.responses.find((response) => response.path === new URL(responseUrl).pathname);
    expect(JSON.stringify(rewritten?.body)).toContain('Kept on time');
  });

  it('publishes the Home tab for an app_home_opened event', async () => {
    await socket.deliver({
      type: 'slash_commands',
      payload: commandPayload('ACME: send the replacement charger by Friday 3pm', 'U0ANN'),
    });
    const ack = await socket.deliver({
      type: 'events_api',
      payload: {
        token: 'legacy',
        team_id: FAKE_TEAM_ID,
        api_app_id: 'A0KEPT',
        type: 'event_callback',
        event_id: 'Ev0SOCKETHOME',
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user: 'U0ANN', channel: 'D0ANN', tab: 'home', event_ts: '1.2' },
      },
    });
    expect(ack.envelope_id).toBeTruthy();
    await slack.waitFor(() => slack.callsTo('views.publish').length === 1);
    const publish = slack.callsTo('views.publish')[0]?.args;
    expect(publish?.user_id).toBe('U0ANN');
    expect(JSON.stringify(publish?.view)).toContain('send the replacement charger');
  });

  it('reconnects when Slack asks it to and goes on recording', async () => {
    socket.requestDisconnect('refresh_requested');
    await slack.waitFor(() => slack.callsTo('apps.connections.open').length === 2, 10_000);
    await socket.waitForConnections(2);
    expect(socket.connections).toBe(2);

    const ack = await socket.deliver({
      type: 'slash_commands',
      payload: commandPayload('Globex: send the quote within 3 business days', 'U0BOB'),
    });
    expect(JSON.stringify(ack.payload)).toContain('Belofte vastgelegd');
    expect(promiseCount()).toBe(1);
    expect(logs.filter((line) => /"level":"error"/.test(line))).toEqual([]);
  });

  it('serves /healthz on PORT and no Slack endpoint', async () => {
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, database: 'reachable' });
    const events = await fetch(`http://127.0.0.1:${healthPort}/slack/events`, { method: 'POST', body: '{}' });
    expect(events.status).toBe(404);
  });

  it('closes its connection and its health port when Kept stops', async () => {
    await kept.stop();
    await socket.waitForNoConnections();
    await expect(fetch(`http://127.0.0.1:${healthPort}/healthz`)).rejects.toThrow();
  });
});

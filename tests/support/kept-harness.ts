import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKept, type Kept } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { TickReport } from '../../src/scheduler/scheduler.js';
import { EVENTS_PATH } from '../../src/slack/ids.js';
import { FAKE_TEAM_ID, FakeSlack, type RecordedCall } from './fake-slack.js';
import type { ManualClock } from './manual-clock.js';
import {
  blockActionPayload,
  interactionBody,
  postSigned,
  type ShownMessage,
  type SlackHttpResponse,
  slashCommandBody,
} from './slack-requests.js';

export const SIGNING_SECRET = 'kept-test-signing-secret';

export interface Harness {
  kept: Kept;
  slack: FakeSlack;
  /** Base URL of the running app, e.g. http://127.0.0.1:54321 */
  url: string;
  databasePath: string;
  /** What the app logged (warn and error), one JSON line each. */
  logs: string[];
  /** Sends `/promise <text>` as `userId`, signed and form-encoded like Slack. */
  command(
    text: string,
    userId: string,
    extra?: { triggerId?: string; channelId?: string },
  ): Promise<SlackHttpResponse & { responseUrl: string; shown: ShownMessage }>;
  /** Sends an interactivity payload (block_actions, view_submission…), signed like Slack. */
  interact(payload: Record<string, unknown>): Promise<SlackHttpResponse>;
  /** Clicks a button (or an overflow option) in a message as `userId`, the way Slack would send it. */
  click(
    message: ShownMessage,
    actionId: string,
    userId: string,
    option?: string,
    blockId?: string,
  ): Promise<SlackHttpResponse>;
  /** The message Kept posted in a recorded chat.postMessage / chat.update call, as the user sees it. */
  shown(call: RecordedCall | undefined): ShownMessage;
  /** Moves the clock to `at` and runs everything due, as the scheduler loop would. */
  tick(at: string | Date): Promise<TickReport>;
  /** Stops the app (keeping the fake Slack and the database file), e.g. to restart on the same database. */
  stopApp(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock: ManualClock;
  /** Reuse a fake Slack (e.g. across a restart). */
  slack?: FakeSlack;
  /** Reuse a database file (e.g. across a restart). */
  databasePath?: string;
  env?: Record<string, string>;
}

/** Starts the real app over HTTP on an ephemeral port against a fake Slack on loopback. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const slack = options.slack ?? (await new FakeSlack().start());
  const dir = options.databasePath ? undefined : mkdtempSync(join(tmpdir(), 'kept-test-'));
  const databasePath = options.databasePath ?? join(dir as string, 'kept.db');
  const config = testConfig({ SLACK_API_URL: slack.apiUrl, DATABASE_PATH: databasePath, ...options.env });
  const logs: string[] = [];
  const logger = createLogger('warn', (line) => logs.push(line));
  const kept = createKept({ config, clock: options.clock, logger, runScheduler: false });
  const { port } = await kept.start();
  const url = `http://127.0.0.1:${port}`;
  let appStopped = false;
  const stopApp = async () => {
    if (appStopped) return;
    appStopped = true;
    await kept.stop();
  };
  return {
    kept,
    slack,
    url,
    databasePath,
    logs,
    command: async (text, userId, extra = {}) => {
      const responseUrl = slack.responseUrl();
      const body = slashCommandBody({ text, userId, teamId: FAKE_TEAM_ID, responseUrl, ...extra });
      const response = await postSigned({
        url: `${url}${EVENTS_PATH}`,
        secret: SIGNING_SECRET,
        body,
        contentType: 'application/x-www-form-urlencoded',
      });
      const shown: ShownMessage = {
        channel: extra.channelId ?? 'C0SUPPORT',
        ts: '1700000000.000001',
        blocks: (response.json?.blocks as unknown[]) ?? [],
        ephemeral: true,
        responseUrl,
      };
      return { ...response, responseUrl, shown };
    },
    interact: (payload) =>
      postSigned({
        url: `${url}${EVENTS_PATH}`,
        secret: SIGNING_SECRET,
        body: interactionBody(payload),
        contentType: 'application/x-www-form-urlencoded',
      }),
    click: (message, actionId, userId, option, blockId) => {
      const responseUrl = message.responseUrl ?? slack.responseUrl();
      const payload = blockActionPayload({
        teamId: FAKE_TEAM_ID,
        userId,
        message,
        actionId,
        responseUrl,
        ...(option ? { option } : {}),
        ...(blockId ? { blockId } : {}),
      });
      return postSigned({
        url: `${url}${EVENTS_PATH}`,
        secret: SIGNING_SECRET,
        body: interactionBody(payload),
        contentType: 'application/x-www-form-urlencoded',
      });
    },
    shown: (call) => {
      if (!call) throw new Error('no such message');
      return {
        channel: String(call.response?.channel ?? call.args.channel),
        ts: String(call.response?.ts ?? call.args.ts),
        blocks: (call.args.blocks as unknown[]) ?? [],
        ephemeral: false,
      };
    },
    tick: (at) => {
      options.clock.set(at);
      return kept.context.scheduler.tick();
    },
    stopApp,
    close: async () => {
      await stopApp();
      if (!options.slack) await slack.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function testConfig(overrides: Record<string, string>): Config {
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-kept-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    LOG_LEVEL: 'error',
    DEFAULT_TIMEZONE: 'Europe/Amsterdam',
    ...overrides,
  });
  if (!loaded.ok) throw new Error(`test config invalid: ${JSON.stringify(loaded.errors)}`);
  return loaded.config;
}

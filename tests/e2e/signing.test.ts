import { verifySlackRequest } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_PATH } from '../../src/slack/ids.js';
import { FAKE_TEAM_ID } from '../support/fake-slack.js';
import { type Harness, SIGNING_SECRET, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { postSigned, slackSignature, slashCommandBody } from '../support/slack-requests.js';

/** Slack's own worked example from its request-signing documentation. */
const SLACK_EXAMPLE = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&' +
    'channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&' +
    'response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&' +
    'trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe("Slack's published signing example", () => {
  it('is what our test client computes', () => {
    expect(slackSignature(SLACK_EXAMPLE.secret, SLACK_EXAMPLE.timestamp, SLACK_EXAMPLE.body)).toBe(
      SLACK_EXAMPLE.signature,
    );
  });

  it('verifies with the check the receiver runs, at the time it was signed', () => {
    const verify = (signature: string) =>
      verifySlackRequest({
        signingSecret: SLACK_EXAMPLE.secret,
        body: SLACK_EXAMPLE.body,
        headers: {
          'x-slack-signature': signature,
          'x-slack-request-timestamp': SLACK_EXAMPLE.timestamp,
        },
        nowMilliseconds: SLACK_EXAMPLE.timestamp * 1000 + 30_000,
      });
    expect(() => verify(SLACK_EXAMPLE.signature)).not.toThrow();
    expect(() => verify(SLACK_EXAMPLE.signature.replace(/.$/, '0'))).toThrow(/signature mismatch/);
  });
});

describe('request signing on /slack/events', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ clock: new ManualClock('2026-11-23T09:00:00Z') });
    harness.slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  });
  afterAll(async () => {
    await harness.close();
  });

  const body = () =>
    slashCommandBody({
      text: 'ACME: send the charger tomorrow',
      userId: 'U0ANN',
      teamId: FAKE_TEAM_ID,
      responseUrl: harness.slack.responseUrl(),
    });
  const send = (overrides: { signature?: string; timestamp?: number; secret?: string }) =>
    postSigned({
      url: `${harness.url}${EVENTS_PATH}`,
      secret: overrides.secret ?? SIGNING_SECRET,
      body: body(),
      contentType: 'application/x-www-form-urlencoded',
      ...(overrides.signature === undefined ? {} : { signature: overrides.signature }),
      ...(overrides.timestamp === undefined ? {} : { timestamp: overrides.timestamp }),
    });
  const count = () => harness.kept.context.db.prepare('SELECT count(*) AS n FROM promises').get();

  it('rejects a bad signature with 401 and records nothing', async () => {
    expect((await send({ secret: 'not-the-secret' })).status).toBe(401);
    expect((await send({ signature: 'v0=deadbeef' })).status).toBe(401);
    expect(count()).toEqual({ n: 0 });
  });

  it('rejects a stale timestamp with 401, even when correctly signed', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await send({ timestamp: sixMinutesAgo })).status).toBe(401);
    expect(count()).toEqual({ n: 0 });
  });

  it('accepts a correctly signed, fresh request', async () => {
    expect((await send({})).status).toBe(200);
    expect(count()).toEqual({ n: 1 });
  });
});

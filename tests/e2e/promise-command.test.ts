import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listPromiseEvents } from '../../src/store/promises.js';
import { FAKE_TEAM_ID } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';

/** Monday 23 November 2026, 10:00 in Amsterdam. */
const MONDAY_10_AMSTERDAM = '2026-11-23T09:00:00Z';

interface PromiseRow {
  id: number;
  team_id: string;
  owner_id: string;
  created_by: string;
  customer: string | null;
  what: string;
  due_at: number;
  deadline_text: string;
  time_zone: string;
  locale: string;
  source: string;
  channel_id: string | null;
  status: string;
}

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock(MONDAY_10_AMSTERDAM);
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', name: 'ann', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', name: 'bob', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
  harness.slack.addUser({ id: 'U0NYC', name: 'nia', tz: 'America/New_York', locale: 'en-US' });
  harness.slack.addUser({ id: 'U0BOT', name: 'somebot', is_bot: true });
});

afterEach(async () => {
  await harness.close();
});

function rows(): PromiseRow[] {
  return harness.kept.context.db.prepare<[], PromiseRow>('SELECT * FROM promises ORDER BY id').all();
}

function blocksText(body: Record<string, unknown> | undefined): string {
  return JSON.stringify(body?.blocks ?? []);
}

/** The unix seconds Slack's date token should carry for an ISO instant. */
function unix(iso: string): number {
  return Math.floor(new Date(iso).getTime() / 1000);
}

describe('/promise over HTTP', () => {
  it('records a promise and confirms what it understood, privately', async () => {
    const response = await harness.command('ACME: send the replacement charger by Friday 3pm', 'U0ANN');

    expect(response.status).toBe(200);
    expect(response.json?.response_type).toBe('ephemeral');
    const shown = blocksText(response.json);
    expect(shown).toContain('Promise recorded');
    expect(shown).toContain('send the replacement charger');
    expect(shown).toContain('ACME');
    expect(shown).toContain('<@U0ANN>');
    expect(shown).toContain(`<!date^${unix('2026-11-27T14:00:00Z')}^{date_long_pretty} at {time}|`);
    expect(shown).toContain('in 4 days');
    expect(String(response.json?.text)).toContain('send the replacement charger');

    const [row, ...others] = rows();
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      team_id: FAKE_TEAM_ID,
      owner_id: 'U0ANN',
      created_by: 'U0ANN',
      customer: 'ACME',
      what: 'send the replacement charger',
      due_at: Date.parse('2026-11-27T14:00:00Z'),
      time_zone: 'Europe/Amsterdam',
      locale: 'en',
      source: 'slash_command',
      channel_id: 'C0SUPPORT',
      status: 'open',
    });
    expect(row?.deadline_text).toMatch(/Friday 3pm/);
    const events = listPromiseEvents(harness.kept.context.db, FAKE_TEAM_ID, row?.id ?? -1);
    expect(events.map((event) => event.type)).toEqual(['created']);
    expect(events[0]?.actorId).toBe('U0ANN');

    expect(harness.slack.callsTo('users.info')).toEqual([
      expect.objectContaining({ args: expect.objectContaining({ user: 'U0ANN', include_locale: 'true' }) }),
    ]);
    expect(harness.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('states the assumption for a date without a time', async () => {
    const response = await harness.command('Globex: send the quote tomorrow', 'U0ANN');
    const shown = blocksText(response.json);
    expect(shown).toContain('no time given: 17:00');
    expect(rows()[0]?.due_at).toBe(Date.parse('2026-11-24T16:00:00Z'));
  });

  it('reads the deadline in the owner’s zone and tells the owner by DM in their language', async () => {
    const response = await harness.command('<@U0BOB|bob> Initech: call back tomorrow', 'U0NYC');

    expect(response.status).toBe(200);
    const shown = blocksText(response.json);
    expect(shown).toContain('<@U0BOB>');
    expect(shown).toContain('will get a direct message');
    // "tomorrow" for Bob in Amsterdam: Tuesday 17:00 Amsterdam, not New York.
    expect(rows()[0]).toMatchObject({
      owner_id: 'U0BOB',
      created_by: 'U0NYC',
      due_at: Date.parse('2026-11-24T16:00:00Z'),
      time_zone: 'Europe/Amsterdam',
    });

    await harness.slack.waitFor(() => harness.slack.callsTo('chat.postMessage').length === 1);
    expect(harness.slack.callsTo('conversations.open')[0]?.args.users).toBe('U0BOB');
    const dm = harness.slack.callsTo('chat.postMessage')[0]?.args ?? {};
    expect(dm.channel).toBe('D0BOB');
    expect(String(dm.text)).toContain('<@U0NYC> heeft een belofte op jouw naam vastgelegd');
    expect(JSON.stringify(dm.blocks)).toContain('call back');
  });

  it('answers a Dutch speaker in Dutch and reads Dutch deadlines', async () => {
    const response = await harness.command('ACME: offerte sturen uiterlijk donderdag 12 uur', 'U0BOB');
    const shown = blocksText(response.json);
    expect(shown).toContain('Belofte vastgelegd');
    expect(shown).toContain('{date_long_pretty} om {time}');
    expect(rows()[0]).toMatchObject({ what: 'offerte sturen', due_at: Date.parse('2026-11-26T11:00:00Z') });
  });

  it('records one promise when Slack sends the same request twice', async () => {
    const first = await harness.command('ACME: send the charger tomorrow', 'U0ANN', {
      triggerId: '123.456.abc',
    });
    const retry = await harness.command('ACME: send the charger tomorrow', 'U0ANN', {
      triggerId: '123.456.abc',
    });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(blocksText(retry.json)).toContain('already recorded');
    expect(rows()).toHaveLength(1);
    expect(harness.kept.context.db.prepare('SELECT count(*) AS n FROM promise_events').get()).toEqual({
      n: 1,
    });
  });

  it('caches users.info', async () => {
    await harness.command('ACME: send the charger tomorrow', 'U0ANN');
    await harness.command('Globex: send the quote tomorrow', 'U0ANN');
    expect(harness.slack.callsTo('users.info')).toHaveLength(1);
    expect(rows()).toHaveLength(2);
  });

  it('escapes user text so a promise cannot ping the channel', async () => {
    // Slack sends a typed @channel as <!channel>, and a literal "<!here>" as &lt;!here&gt;.
    const response = await harness.command('<!channel> &lt;!here&gt; ACME: ship it tomorrow', 'U0ANN');
    const shown = blocksText(response.json);
    expect(shown).not.toMatch(/<!channel>|<!here>/);
    expect(String(response.json?.text)).not.toMatch(/<!channel>|<!here>/);
    expect(rows()[0]?.what).toContain('@channel <!here>');
    expect(shown).toContain('&lt;!here&gt;');
  });

  it('cuts very long promises to Block Kit limits', async () => {
    const what = 'replace the charger and explain the delay in detail '.repeat(60);
    const response = await harness.command(`ACME: ${what} tomorrow`, 'U0ANN');
    expect(response.status).toBe(200);
    const blocks = (response.json?.blocks ?? []) as Array<{ text?: { text: string } }>;
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(String(response.json?.text).length).toBeLessThanOrEqual(3000);
    expect(rows()).toHaveLength(1);
  });

  describe('refusals store nothing and show examples', () => {
    it.each([
      ['', 'Tell me what you promised'],
      ['ACME: send the charger', 'could not find a deadline'],
      ['ACME: send the charger asap', '“asap” is not a deadline'],
      ['ACME: send the charger yesterday', 'already passed'],
      ['tomorrow', 'not what was promised'],
      ['@ann call back tomorrow', 'cannot tell who “@ann” is'],
      ['<@U0NOBODY|ghost> call back tomorrow', 'cannot find <@U0NOBODY>'],
      ['<@U0BOT|somebot> call back tomorrow', 'is an app, not a person'],
    ])('"%s"', async (text, reason) => {
      const response = await harness.command(text, 'U0ANN');
      expect(response.status).toBe(200);
      expect(response.json?.response_type).toBe('ephemeral');
      const shown = blocksText(response.json);
      expect(shown).toContain(reason);
      expect(shown).toContain('/promise ACME: send the replacement charger by Friday 3pm');
      expect(rows()).toEqual([]);
      expect(harness.slack.callsTo('chat.postMessage')).toEqual([]);
    });

    it('in Dutch for a Dutch speaker', async () => {
      const response = await harness.command('ACME: offerte sturen zo snel mogelijk', 'U0BOB');
      const shown = blocksText(response.json);
      expect(shown).toContain('is geen deadline');
      expect(shown).toContain('Bijvoorbeeld');
      expect(rows()).toEqual([]);
    });
  });

  it('explains the grammar on /promise help', async () => {
    const response = await harness.command('help', 'U0ANN');
    const shown = blocksText(response.json);
    expect(shown).toContain('[@owner] [customer:] what when');
    expect(rows()).toEqual([]);
  });

  it('tells the user to retry when Slack cannot say who they are', async () => {
    harness.slack.failNext(
      'users.info',
      { kind: 'server-error' },
      { kind: 'server-error' },
      { kind: 'server-error' },
    );
    const response = await harness.command('ACME: send the charger tomorrow', 'U0ANN');
    expect(response.status).toBe(200);
    expect(blocksText(response.json)).toContain('Slack did not answer in time');
    expect(rows()).toEqual([]);
  });

  it('acks at once and answers at the response_url when Slack is slow', async () => {
    harness.slack.failNext('users.info', { kind: 'delay', ms: 2600 });
    const response = await harness.command('ACME: send the charger tomorrow', 'U0ANN');
    expect(response.status).toBe(200);
    expect(String(response.json?.text)).toContain('Recording your promise');
    await harness.slack.waitFor(() => harness.slack.responses.length === 1);
    const late = harness.slack.responses[0]?.body ?? {};
    expect(late).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(JSON.stringify(late.blocks)).toContain('Promise recorded');
    expect(rows()).toHaveLength(1);
  });
});

describe('health check', () => {
  it('answers 200 while the database is reachable and 503 when it is not', async () => {
    const healthy = await fetch(`${harness.url}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ ok: true, database: 'reachable' });

    harness.kept.context.db.close();
    const unhealthy = await fetch(`${harness.url}/healthz`);
    expect(unhealthy.status).toBe(503);
  });
});

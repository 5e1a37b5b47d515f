import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { setLead } from '../../src/store/settings.js';
import { FAKE_TEAM_ID, type RecordedCall } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { findElement, postSigned } from '../support/slack-requests.js';

/** The team view: the daily digest (content, order, limits, once per channel per day) and App Home. */

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock('2026-11-23T10:00:00+01:00');
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
  harness.slack.addUser({ id: 'U0LEA', tz: 'Europe/Amsterdam', locale: 'en-GB' });
});

afterEach(async () => {
  await harness.close();
});

const digests = (channel: string): RecordedCall[] =>
  harness.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);
const text = (call: RecordedCall | undefined) => JSON.stringify(call?.args.blocks ?? []);

describe('daily digest', () => {
  it('posts at the set local time on working days, with the sections in order', async () => {
    const set = await harness.command('digest here 08:30', 'U0ANN', { channelId: 'C0TEAM' });
    expect(JSON.stringify(set.json)).toContain('<#C0TEAM> gets the daily digest at 08:30');

    await harness.command('ACME: send the charger today', 'U0ANN');
    await harness.command('Globex: call back tomorrow', 'U0ANN');
    await harness.command('Initech: quote by Friday', 'U0BOB');
    await harness.command('Umbrella: refund in 2 hours', 'U0ANN');
    const kept = await harness.command('Hooli: invoice today', 'U0ANN');
    await harness.click(kept.shown, ACTIONS.kept, 'U0ANN');
    await harness.tick('2026-11-23T12:00:00+01:00');

    await harness.tick('2026-11-24T08:29:00+01:00');
    expect(digests('C0TEAM')).toEqual([]);
    await harness.tick('2026-11-24T08:30:00+01:00');
    const [digest, ...more] = digests('C0TEAM');
    expect(more).toEqual([]);
    const shown = text(digest);
    expect(shown).toContain('Promises for Tuesday 24 November');
    const order = [
      'Broken and overdue',
      'At risk: due today',
      'Due later this week',
      'Kept since the last working day',
    ];
    const positions = order.map((heading) => shown.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(shown).toContain('refund');
    expect(shown).toContain('call back');
    expect(shown).toContain('quote');
    expect(shown).toContain('invoice');
    expect(shown).toContain('Keep rate, last 30 days');
  });

  it('posts exactly once per channel per day, across a restart and with two channels', async () => {
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0ONE' });
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TWO' });
    await harness.tick('2026-11-24T09:00:00+01:00');
    await harness.tick('2026-11-24T09:05:00+01:00');
    await harness.stopApp();
    const restarted = await startHarness({ clock, slack: harness.slack, databasePath: harness.databasePath });
    try {
      await restarted.tick('2026-11-24T10:00:00+01:00');
      // Setting the same channel again the same day does not post a second digest that day.
      await restarted.command('digest here 11:00', 'U0ANN', { channelId: 'C0ONE' });
      await restarted.tick('2026-11-24T11:00:00+01:00');
      expect(digests('C0ONE')).toHaveLength(1);
      expect(digests('C0TWO')).toHaveLength(1);
      await restarted.tick('2026-11-25T11:00:00+01:00');
      expect(digests('C0ONE')).toHaveLength(2);
      expect(digests('C0TWO')).toHaveLength(2);
    } finally {
      await restarted.close();
    }
  });

  it('skips weekends and public holidays, and sends a one-line all-clear on a quiet day', async () => {
    clock.set('2026-05-12T10:00:00+02:00');
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TEAM' });
    await harness.tick('2026-05-13T09:00:00+02:00');
    expect(digests('C0TEAM')).toHaveLength(1);
    expect(digests('C0TEAM')[0]?.args.blocks).toHaveLength(1);
    expect(text(digests('C0TEAM')[0])).toContain('All clear');
    // Thursday 14 May 2026 is Ascension Day; then Friday; then the weekend.
    await harness.tick('2026-05-14T09:00:00+02:00');
    expect(digests('C0TEAM')).toHaveLength(1);
    await harness.tick('2026-05-15T09:00:00+02:00');
    await harness.tick('2026-05-16T09:00:00+02:00');
    await harness.tick('2026-05-17T09:00:00+02:00');
    expect(digests('C0TEAM')).toHaveLength(2);
  });

  it('does not post a stale digest after downtime', async () => {
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TEAM' });
    await harness.tick('2026-11-26T12:00:00+01:00');
    expect(digests('C0TEAM')).toEqual([]);
    await harness.tick('2026-11-27T09:00:00+01:00');
    expect(digests('C0TEAM')).toHaveLength(1);
  });

  it('stays within Block Kit limits with long lists and names customers to watch', async () => {
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TEAM' });
    const long = 'x'.repeat(400);
    for (let i = 0; i < 30; i += 1) await harness.command(`ACME: ${long} ${i} tomorrow 5pm`, 'U0ANN');
    await harness.tick('2026-11-24T09:00:00+01:00');
    const digest = digests('C0TEAM')[0];
    const blocks = (digest?.args.blocks as unknown[]) ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(blocks).length).toBeLessThan(12_000);
    expect(text(digest)).toContain('+22 more');
    expect(text(digest)).toContain('App Home');
    expect(text(digest)).toContain('ACME: 30 promises in 30 days');
  });

  it('is written in the workspace’s language', async () => {
    await harness.kept.context.db
      .prepare(`INSERT INTO workspace_settings (team_id, language, updated_at) VALUES (?, 'nl', 0)`)
      .run(FAKE_TEAM_ID);
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TEAM' });
    await harness.command('ACME: send it tomorrow', 'U0ANN');
    await harness.tick('2026-11-24T09:00:00+01:00');
    expect(text(digests('C0TEAM')[0])).toContain('Beloften voor dinsdag 24 november');
  });

  it('still plans the next day when a day’s digest gives up after retries', async () => {
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TEAM' });
    harness.slack.failNext(
      'chat.postMessage',
      ...Array.from({ length: 6 }, () => ({ kind: 'server-error' as const })),
    );
    let at = Date.parse('2026-11-24T09:00:00+01:00');
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await harness.tick(new Date(at));
      at += 30 * 60_000;
    }
    expect(harness.logs.some((line) => line.includes('failed for good'))).toBe(true);
    await harness.tick('2026-11-25T09:00:00+01:00');
    expect(digests('C0TEAM').filter((call) => call.response?.ok === true)).toHaveLength(1);
  });

  it('stops after /promise digest off', async () => {
    await harness.command('digest here 09:00', 'U0ANN', { channelId: 'C0TEAM' });
    await harness.command('digest off', 'U0ANN', { channelId: 'C0TEAM' });
    await harness.tick('2026-11-24T09:00:00+01:00');
    expect(digests('C0TEAM')).toEqual([]);
  });
});

describe('App Home', () => {
  async function openHome(userId: string) {
    const before = harness.slack.callsTo('views.publish').length;
    const response = await postSigned({
      url: `${harness.url}/slack/events`,
      secret: 'kept-test-signing-secret',
      contentType: 'application/json',
      body: JSON.stringify({
        token: 'legacy',
        team_id: FAKE_TEAM_ID,
        api_app_id: 'A0KEPT',
        type: 'event_callback',
        event_id: `Ev${Date.now()}${Math.random().toString(16).slice(2, 6)}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user: userId, channel: 'D0X', tab: 'home', event_ts: '1.2' },
      }),
    });
    expect(response.status).toBe(200);
    await harness.slack.waitFor(() => harness.slack.callsTo('views.publish').length > before);
    const call = harness.slack.callsTo('views.publish').at(-1);
    expect(call?.args.user_id).toBe(userId);
    return call?.args.view as { type: string; blocks: unknown[] };
  }

  it('shows the owner their open promises by deadline with buttons, and their numbers', async () => {
    await harness.command('ACME: second in 3 days', 'U0ANN');
    await harness.command('Globex: first tomorrow', 'U0ANN');
    const done = await harness.command('Initech: done today', 'U0ANN');
    await harness.click(done.shown, ACTIONS.kept, 'U0ANN');
    const view = await openHome('U0ANN');
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const shown = JSON.stringify(view.blocks);
    expect(shown.indexOf('first')).toBeLessThan(shown.indexOf('second'));
    expect(shown).not.toContain('done');
    expect(shown).toContain('keep rate *100%*');
    expect(findElement(view.blocks, ACTIONS.kept)).toBeDefined();
  });

  it('shows a lead the team’s broken and at-risk promises', async () => {
    setLead(harness.kept.context.db, FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0LEA', clock.now());
    await harness.command('ACME: broken one in 1 hour', 'U0ANN');
    await harness.command('Globex: risky one tomorrow 9am', 'U0BOB');
    await harness.tick('2026-11-23T11:30:00+01:00');
    const view = await openHome('U0LEA');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('Team: at risk and broken');
    expect(shown).toContain('broken one');
    expect(shown).toContain('risky one');
    expect(shown).toContain('no open promises');
  });

  it('republishes after acting from App Home', async () => {
    await harness.command('ACME: ship it tomorrow', 'U0ANN');
    const view = await openHome('U0ANN');
    const before = harness.slack.callsTo('views.publish').length;
    await harness.interact({
      type: 'block_actions',
      user: { id: 'U0ANN', team_id: FAKE_TEAM_ID },
      team: { id: FAKE_TEAM_ID },
      api_app_id: 'A0KEPT',
      trigger_id: '1.2.home',
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: view.blocks },
      actions: [
        {
          type: 'button',
          action_id: ACTIONS.kept,
          block_id: findElement(view.blocks, ACTIONS.kept)?.blockId,
          value: findElement(view.blocks, ACTIONS.kept)?.element.value,
          action_ts: '1.3',
        },
      ],
    });
    await harness.slack.waitFor(() => harness.slack.callsTo('views.publish').length > before);
    expect(JSON.stringify(harness.slack.callsTo('views.publish').at(-1)?.args.view)).toContain(
      'no open promises',
    );
  });
});

describe('/promise stats', () => {
  it('shows the keep rate and counts for me, a person, the team and a customer', async () => {
    const kept = await harness.command('ACME: one in 1 hour', 'U0ANN');
    await harness.click(kept.shown, ACTIONS.kept, 'U0ANN');
    await harness.command('ACME: two in 1 hour', 'U0ANN');
    await harness.tick('2026-11-23T11:30:00+01:00');
    const mine = JSON.stringify((await harness.command('stats', 'U0ANN')).json);
    expect(mine).toContain('Keep rate: 50%');
    expect(mine).toContain('kept on time 1');
    expect(mine).toContain('broken 1');
    expect(JSON.stringify((await harness.command('stats <@U0ANN|ann> 90d', 'U0LEA')).json)).toContain(
      'last 90 days',
    );
    expect(JSON.stringify((await harness.command('stats team', 'U0LEA')).json)).toContain('Keep rate: 50%');
    expect(JSON.stringify((await harness.command('stats customer acme', 'U0LEA')).json)).toContain(
      'Promises to acme',
    );
    expect(JSON.stringify((await harness.command('cijfers', 'U0BOB')).json)).toContain(
      'Er viel in deze periode',
    );
  });
});

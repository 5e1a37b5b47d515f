import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { FAKE_TEAM_ID } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { findElement } from '../support/slack-requests.js';

/** Finding promises: /promise list (mine, @user, team, overdue) with paging, and /promise customer NAME. */

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock('2026-11-23T10:00:00+01:00');
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', tz: 'Europe/Amsterdam', locale: 'en-GB' });
});

afterEach(async () => {
  await harness.close();
});

const text = (blocks: unknown) => JSON.stringify(blocks);
const listed = (blocks: unknown[]) =>
  (blocks as Array<{ block_id?: string }>).filter((block) => block.block_id?.startsWith('list:')).length;

describe('/promise list', () => {
  it('says so when there is nothing', async () => {
    const response = await harness.command('list', 'U0ANN');
    expect(text(response.json?.blocks)).toContain('no open promises');
  });

  it('pages a long list within Block Kit limits, soonest deadline first', async () => {
    for (let i = 1; i <= 20; i += 1) await harness.command(`ACME: item ${i} in ${i} days`, 'U0ANN');
    await harness.command('Globex: not mine tomorrow', 'U0BOB');
    const first = await harness.command('list', 'U0ANN');
    const blocks = (first.json?.blocks as unknown[]) ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(listed(blocks)).toBe(15);
    expect(text(blocks)).toContain('Showing 1–15 of 20');
    expect(text(blocks).indexOf('item 1*')).toBeLessThan(text(blocks).indexOf('item 2*'));
    expect(text(blocks)).not.toContain('not mine');

    await harness.click(first.shown, ACTIONS.listPage, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.responses.length === 1);
    const second = harness.slack.responses[0]?.body ?? {};
    expect(second.replace_original).toBe(true);
    expect(listed(second.blocks as unknown[])).toBe(5);
    expect(text(second.blocks)).toContain('Showing 16–20 of 20');
    expect(findElement(second.blocks as unknown[], ACTIONS.listPage)).toBeDefined();
  });

  it('lists someone else’s, the team’s and the overdue promises', async () => {
    await harness.command('ACME: mine tomorrow', 'U0ANN');
    await harness.command('Globex: bobs in 2 hours', 'U0BOB');
    expect(text((await harness.command('list <@U0BOB|bob>', 'U0ANN')).json?.blocks)).toContain('bobs');
    const team = text((await harness.command('list team', 'U0ANN')).json?.blocks);
    expect(team).toContain('mine');
    expect(team).toContain('bobs');
    await harness.tick('2026-11-23T12:30:00+01:00');
    const overdue = text((await harness.command('list overdue', 'U0ANN')).json?.blocks);
    expect(overdue).toContain('bobs');
    expect(overdue).not.toContain('mine');
  });

  it('acts from a list line and shows the result beside the list', async () => {
    await harness.command('ACME: ship it tomorrow', 'U0ANN');
    const id = harness.kept.context.db.prepare<[], { id: number }>('SELECT id FROM promises').get()?.id;
    const list = await harness.command('list', 'U0ANN');
    await harness.click(list.shown, ACTIONS.promiseMenu, 'U0ANN', ACTIONS.kept, `list:${id}`);
    await harness.slack.waitFor(() => harness.slack.responses.length === 1);
    const reply = harness.slack.responses[0]?.body ?? {};
    expect(reply.replace_original).toBe(false);
    expect(text(reply.blocks)).toContain('Kept on time');
    const status = harness.kept.context.db.prepare('SELECT status FROM promises').get();
    expect(status).toEqual({ status: 'kept' });
  });
});

describe('/promise customer', () => {
  it('shows open promises and the last 90 days with outcomes and hand-offs', async () => {
    const kept = await harness.command('ACME: first delivery tomorrow', 'U0ANN');
    await harness.click(kept.shown, ACTIONS.kept, 'U0ANN');
    await harness.command('acme: second delivery in 3 days', 'U0ANN');
    await harness.command('Globex: unrelated tomorrow', 'U0ANN');
    const db = harness.kept.context.db;
    const second = db
      .prepare<[], { id: number }>("SELECT id FROM promises WHERE what LIKE 'second%'")
      .get()?.id;
    db.prepare("UPDATE promises SET owner_id = 'U0BOB' WHERE id = ?").run(second);
    db.prepare(
      `INSERT INTO promise_events (promise_id, team_id, type, actor_id, data, at)
       VALUES (?, ?, 'reassigned', 'U0ANN', '{"status":"accepted","from":"U0ANN","to":"U0BOB"}', ?)`,
    ).run(second, FAKE_TEAM_ID, clock.now().getTime());

    const response = await harness.command('customer ACME', 'U0ANN');
    const shown = text(response.json?.blocks);
    expect(shown).toContain('Promises to ACME');
    expect(shown).toContain('second delivery');
    expect(shown).toContain('1 hand-off');
    expect(shown).toContain('first delivery');
    expect(shown).toContain('kept on time');
    expect(shown).not.toContain('unrelated');
  });

  it('records "klant terugbellen morgen om 10" as a promise, not a customer lookup', async () => {
    const response = await harness.command('klant terugbellen morgen om 10', 'U0ANN');
    expect(JSON.stringify(response.json)).toContain('Promise recorded');
    expect(harness.kept.context.db.prepare('SELECT what FROM promises').get()).toEqual({
      what: 'klant terugbellen',
    });
  });

  it('says so for a customer with no history', async () => {
    const response = await harness.command('customer Nobody Inc', 'U0ANN');
    expect(text(response.json?.blocks)).toContain('No promises to Nobody Inc');
  });
});

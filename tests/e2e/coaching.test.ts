import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { listPromiseJobs } from '../../src/store/jobs.js';
import { listPromiseEvents } from '../../src/store/promises.js';
import { setLead } from '../../src/store/settings.js';
import { FAKE_TEAM_ID } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { findElement } from '../support/slack-requests.js';

/** Promise less: the realism and load checks when promising, recovery after a breach, no bouncing, the numbers. */

const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const DAY = 86_400_000;

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock(MONDAY_10);
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0CAT', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0LEA', tz: 'Europe/Amsterdam', locale: 'en-GB' });
});

afterEach(async () => {
  await harness.close();
});

const db = () => harness.kept.context.db;

/** Settled promises of an owner in a lead-time band, over the past weeks: `onTime` kept on time, the rest broken. */
function seedHistory(owner: string, band: string, onTime: number, broken: number): void {
  const insert = db().prepare(
    `INSERT INTO promises (team_id, owner_id, created_by, what, due_at, deadline_text, time_zone, locale, source,
       status, kept_on_time, closed_at, created_at, updated_at, committed_at, lead_band)
     VALUES (?, ?, ?, 'history', ?, 'x', 'Europe/Amsterdam', 'en', 'slash_command', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = clock.now().getTime();
  for (let i = 0; i < onTime + broken; i += 1) {
    const due = now - (i + 2) * DAY;
    const kept = i < onTime;
    insert.run(
      FAKE_TEAM_ID,
      owner,
      owner,
      due,
      kept ? 'kept' : 'broken',
      kept ? 1 : null,
      kept ? due - 3_600_000 : null,
      due - DAY,
      due - DAY,
      due - DAY,
      band,
    );
  }
}

function latest(): { id: number; due_at: number; status: string; recovery_due_at: number | null } {
  const row = db()
    .prepare<[], { id: number; due_at: number; status: string; recovery_due_at: number | null }>(
      "SELECT id, due_at, status, recovery_due_at FROM promises WHERE what <> 'history' ORDER BY id DESC",
    )
    .get();
  if (!row) throw new Error('no promise');
  return row;
}

const dms = (channel: string) =>
  harness.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('realism check', () => {
  it('names the owner’s record, suggests a safer deadline, and moves it in one click', async () => {
    seedHistory('U0ANN', 'same-day', 4, 5);
    seedHistory('U0ANN', 'days-3-5', 6, 0);
    const response = await harness.command('ACME: send the replacement charger today', 'U0ANN');
    const shown = JSON.stringify(response.json?.blocks);
    expect(shown).toContain('You kept 4 of 9 same-day promises on time');
    expect(shown).toContain('A deadline you would more likely keep');
    const button = findElement(response.shown.blocks, ACTIONS.useSuggestion);
    expect(button?.element.value).toBe(`${latest().id}@${Date.parse('2026-11-26T17:00:00+01:00')}`);

    await harness.click(response.shown, ACTIONS.useSuggestion, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.responses.length === 1);
    expect(latest().due_at).toBe(Date.parse('2026-11-26T17:00:00+01:00'));
    const events = listPromiseEvents(db(), FAKE_TEAM_ID, latest().id);
    expect(events.at(-1)).toMatchObject({ type: 'edited', data: { via: 'coaching' } });
    expect(events[0]?.data.coaching).toMatchObject({ basis: 'personal', band: 'same-day', kept: 4, of: 9 });
    const jobs = listPromiseJobs(db(), latest().id).filter((job) => job.status === 'pending');
    expect(jobs.find((job) => job.kind === 'deadline')?.runAt).toEqual(new Date('2026-11-26T16:00:00Z'));
    expect(jobs.some((job) => job.kind === 'day_before')).toBe(true);
    expect(JSON.stringify(harness.slack.responses[0]?.body)).toContain('as suggested');
  });

  it('uses the team’s record when the owner has too little, and says so', async () => {
    seedHistory('U0ANN', 'same-day', 4, 5);
    seedHistory('U0BOB', 'same-day', 1, 1);
    const response = await harness.command('ACME: call back today', 'U0BOB');
    expect(JSON.stringify(response.json?.blocks)).toContain(
      'The team kept 5 of 11 same-day promises on time',
    );
  });

  it('says nothing with too little history, a good record, or coaching switched off', async () => {
    seedHistory('U0BOB', 'same-day', 9, 0);
    expect(JSON.stringify((await harness.command('ACME: call back today', 'U0BOB')).json)).not.toContain(
      ':thinking_face:',
    );
    expect(JSON.stringify((await harness.command('ACME: call back today', 'U0CAT')).json)).not.toContain(
      ':thinking_face:',
    );
    seedHistory('U0ANN', 'same-day', 0, 9);
    db()
      .prepare(`INSERT INTO workspace_settings (team_id, coaching_enabled, updated_at) VALUES (?, 0, 0)`)
      .run(FAKE_TEAM_ID);
    const off = await harness.command('ACME: call back today', 'U0ANN');
    expect(JSON.stringify(off.json)).toContain('Promise recorded');
    expect(JSON.stringify(off.json)).not.toContain(':thinking_face:');
  });
});

describe('load check', () => {
  it('says how many promises are due that day and names a quieter day nearby', async () => {
    for (let i = 0; i < 5; i += 1) await harness.command(`Client ${i}: item ${i} Thursday`, 'U0ANN');
    await harness.command('Client X: one on Friday', 'U0ANN');
    const response = await harness.command('ACME: the sixth, Thursday', 'U0ANN');
    const shown = JSON.stringify(response.json?.blocks);
    expect(shown).toContain('You already have 5 other promises due on Thursday 26 November');
    expect(shown).toContain('Wednesday 25 November is quieter (0)');
    expect(latest().due_at).toBe(Date.parse('2026-11-26T17:00:00+01:00'));
    // The created event keeps the load shown, and no advice where none was given.
    const events = listPromiseEvents(db(), FAKE_TEAM_ID, latest().id);
    expect(events[0]?.data.coaching).toEqual({ loadCount: 5 });
  });
});

describe('load check with many promises on a day', () => {
  const thursday = Date.parse('2026-11-26T17:00:00+01:00');

  /** `count` open promises of U0ANN due at `dueAt`, written straight into the database. */
  function seedOpen(dueAt: number, count: number): void {
    const insert = db().prepare(
      `INSERT INTO promises (team_id, owner_id, created_by, what, due_at, deadline_text, time_zone, locale, source,
         created_at, updated_at, committed_at)
       VALUES (?, 'U0ANN', 'U0ANN', 'seeded', ?, 'x', 'Europe/Amsterdam', 'en', 'slash_command', ?, ?, ?)`,
    );
    const now = clock.now().getTime();
    for (let i = 0; i < count; i += 1) insert.run(FAKE_TEAM_ID, dueAt, now, now, now);
  }

  it('stops counting at 20 and says "20+", and still names a quieter day', async () => {
    seedOpen(thursday, 25);
    seedOpen(thursday - DAY, 21);
    seedOpen(thursday + DAY, 3);
    const response = await harness.command('ACME: the next one, Thursday', 'U0ANN');
    const shown = JSON.stringify(response.json?.blocks);
    expect(shown).toContain('You already have 20+ other promises due on Thursday 26 November');
    // Wednesday counts as full as Thursday (both at the cap), so it is not offered; the lightest nearby day is.
    expect(shown).not.toContain('Wednesday 25 November is quieter');
    expect(shown).toContain('Monday 30 November is quieter (0)');
    expect(latest().due_at).toBe(thursday);
  });

  it('counts up to the threshold when the workspace set one above 20', async () => {
    db()
      .prepare(`INSERT INTO workspace_settings (team_id, load_threshold, updated_at) VALUES (?, 30, 0)`)
      .run(FAKE_TEAM_ID);
    seedOpen(thursday, 29);
    const under = JSON.stringify((await harness.command('ACME: number 30, Thursday', 'U0ANN')).json?.blocks);
    expect(under).not.toContain('other promises due on');
    const over = JSON.stringify((await harness.command('ACME: number 31, Thursday', 'U0ANN')).json?.blocks);
    expect(over).toContain('You already have 30+ other promises due on Thursday 26 November');
  });
});

describe('recovery after a breach', () => {
  it('asks when the customer will have it, plans the recovery ladder, and records the recovery time', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0LEA', clock.now());
    await harness.command('ACME: send the charger by 13:00', 'U0ANN');
    await harness.tick('2026-11-23T13:00:00+01:00');
    const broken = dms('D0ANN').find((call) => String(call.args.text).includes('Contact the customer'));
    const shownBroken = harness.shown(broken);
    expect(JSON.stringify(shownBroken.blocks)).toContain('When will the customer have it now?');
    expect(JSON.stringify(shownBroken.blocks)).toContain('hear it from us first');

    clock.set('2026-11-23T13:10:00+01:00');
    await harness.click(shownBroken, ACTIONS.recover, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 1);
    // The first choice: within 4 working hours.
    expect(latest()).toMatchObject({
      status: 'broken',
      recovery_due_at: Date.parse('2026-11-23T17:10:00+01:00'),
    });
    const pending = listPromiseJobs(db(), latest().id).filter((job) => job.status === 'pending');
    expect(pending.map((job) => [job.kind, job.runAt.toISOString()])).toEqual([
      ['recovery_soon', '2026-11-23T15:10:00.000Z'],
      ['recovery_due', '2026-11-23T16:10:00.000Z'],
    ]);

    await harness.tick('2026-11-23T16:10:00+01:00');
    expect(String(dms('D0ANN').at(-1)?.args.text)).toContain('The customer expects it');

    clock.set('2026-11-23T16:40:00+01:00');
    await harness.click(harness.shown(dms('D0ANN').at(-1)), ACTIONS.kept, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 2);
    const kept = listPromiseEvents(db(), FAKE_TEAM_ID, latest().id).find((event) => event.type === 'kept');
    expect(kept?.data).toMatchObject({ onTime: false, recoveryMs: 3 * 3_600_000 + 40 * 60_000 });
    expect(listPromiseJobs(db(), latest().id).filter((job) => job.status === 'pending')).toEqual([]);

    const stats = JSON.stringify((await harness.command('stats', 'U0ANN')).json);
    expect(stats).toContain('median recovery after a breach: 4 hours');
    expect(stats).toContain('kept late 1');
  });

  it('tells the lead when the owner does not answer within two working hours', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0LEA', clock.now());
    await harness.command('ACME: send the charger by 13:00', 'U0ANN');
    await harness.tick('2026-11-23T13:00:00+01:00');
    await harness.tick('2026-11-23T14:59:00+01:00');
    expect(dms('D0LEA').some((call) => String(call.args.text).includes('has not said'))).toBe(false);
    await harness.tick('2026-11-23T15:00:00+01:00');
    expect(dms('D0LEA').some((call) => String(call.args.text).includes('has not said'))).toBe(true);
  });

  it('tells the lead when the recovery deadline passes too', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0LEA', clock.now());
    await harness.command('ACME: send the charger by 13:00', 'U0ANN');
    await harness.tick('2026-11-23T13:00:00+01:00');
    const broken = harness.shown(
      dms('D0ANN').find((call) => String(call.args.text).includes('Contact the customer')),
    );
    await harness.click(broken, ACTIONS.recover, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 1);
    await harness.tick('2026-11-23T17:00:00+01:00');
    expect(dms('D0LEA').some((call) => String(call.args.text).includes('Recovery missed'))).toBe(true);
  });
});

describe('no bouncing', () => {
  it('flags to the lead a customer whose promises keep changing hands', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0CAT', 'U0LEA', 'U0LEA', clock.now());
    await harness.command('ACME: send part one by Friday', 'U0ANN');
    const first = latest().id;
    db()
      .prepare(
        `INSERT INTO promise_events (promise_id, team_id, type, actor_id, data, at)
         VALUES (?, ?, 'reassigned', 'U0BOB', json_object('status', 'accepted', 'to', 'U0BOB'), ?)`,
      )
      .run(first, FAKE_TEAM_ID, clock.now().getTime());
    await harness.command('ACME: send part two by Friday', 'U0BOB');
    await harness.tick('2026-11-27T16:00:00+01:00');
    const escalation = harness.slack
      .callsTo('chat.postMessage')
      .find(
        (call) =>
          String(call.args.text).includes('At risk') && JSON.stringify(call.args.blocks).includes('part two'),
      );
    await harness.click(harness.shown(escalation), ACTIONS.takeOver, 'U0CAT');
    await harness.slack.waitFor(() =>
      dms('D0LEA').some((call) =>
        JSON.stringify(call.args.blocks).includes('ACME has been passed between 3 people'),
      ),
    );
    expect(
      dms('D0LEA').some((call) => JSON.stringify(call.args.blocks).includes('handed over 2 times')),
    ).toBe(false);
  });

  it('flags a promise handed over twice to the lead, and names the customer in the digest', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0CAT', 'U0LEA', 'U0LEA', clock.now());
    await harness.command('digest here 09:00', 'U0LEA', { channelId: 'C0TEAM' });
    await harness.command('ACME: fix the invoice Friday', 'U0ANN');
    const id = latest().id;
    const reassign = (to: string) =>
      db()
        .prepare(
          `INSERT INTO promise_events (promise_id, team_id, type, actor_id, data, at)
           VALUES (?, ?, 'reassigned', ?, json_object('status', 'accepted', 'to', ?), ?)`,
        )
        .run(id, FAKE_TEAM_ID, to, to, clock.now().getTime());
    reassign('U0BOB');
    db().prepare("UPDATE promises SET owner_id = 'U0BOB' WHERE id = ?").run(id);
    // The second hand-over, through Slack: an escalation's Take over.
    await harness.tick('2026-11-27T16:00:00+01:00');
    const escalation = harness.slack
      .callsTo('chat.postMessage')
      .find((call) => String(call.args.text).includes('At risk'));
    await harness.click(harness.shown(escalation), ACTIONS.takeOver, 'U0CAT');
    await harness.slack.waitFor(() =>
      dms('D0LEA').some((call) => String(call.args.text).includes('handed over 2 times')),
    );
    await harness.tick('2026-11-30T09:00:00+01:00');
    const digest = harness.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === 'C0TEAM')
      .at(-1);
    expect(JSON.stringify(digest?.args.blocks)).toContain('ACME has been passed between 3 people in 30 days');
  });
});

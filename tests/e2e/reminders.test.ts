import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings } from '../../src/domain/workspace-settings.js';
import { listPromiseJobs } from '../../src/store/jobs.js';
import { listPromiseEvents } from '../../src/store/promises.js';
import { saveWorkspaceSettings, setLead } from '../../src/store/settings.js';
import { FAKE_TEAM_ID, type RecordedCall } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';

/**
 * The reminder ladder end to end: a promise recorded over HTTP, the clock advanced, and the DMs and escalations
 * seen arriving at the fake Slack at the right moments.
 */

const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const COMMAND = 'ACME: send the replacement charger by Friday 3pm';

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock(MONDAY_10);
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', name: 'ann', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0LEA', name: 'lea', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
});

afterEach(async () => {
  await harness.close();
});

const db = () => harness.kept.context.db;
const posts = () => harness.slack.callsTo('chat.postMessage');
const postsTo = (channel: string) => posts().filter((call) => call.args.channel === channel);
const shown = (call: RecordedCall | undefined) =>
  `${String(call?.args.text)} ${JSON.stringify(call?.args.blocks)}`;

function promiseRow(): { id: number; status: string } {
  const row = db().prepare<[], { id: number; status: string }>('SELECT id, status FROM promises').get();
  if (!row) throw new Error('no promise recorded');
  return row;
}

function setEscalationChannel(channel: string): void {
  const settings = { ...defaultWorkspaceSettings(FAKE_TEAM_ID), escalationChannelId: channel };
  saveWorkspaceSettings(db(), settings, 'U0ANN', clock.now());
}

async function record(text = COMMAND): Promise<number> {
  const response = await harness.command(text, 'U0ANN');
  expect(JSON.stringify(response.json)).toContain('Promise recorded');
  return promiseRow().id;
}

describe('the reminder ladder', () => {
  it('reminds the day before and 2 hours before, warns at 1 hour, and breaks the promise at the deadline', async () => {
    setEscalationChannel('C0ESCALATE');
    const id = await record();

    expect((await harness.tick('2026-11-26T09:59:00+01:00')).sent).toBe(0);
    expect(posts()).toEqual([]);

    await harness.tick('2026-11-26T10:00:00+01:00');
    expect(postsTo('D0ANN')).toHaveLength(1);
    expect(shown(postsTo('D0ANN')[0])).toContain('Reminder');
    expect(shown(postsTo('D0ANN')[0])).toContain('send the replacement charger');

    await harness.tick('2026-11-27T12:59:00+01:00');
    expect(postsTo('D0ANN')).toHaveLength(1);
    await harness.tick('2026-11-27T13:00:00+01:00');
    expect(postsTo('D0ANN')).toHaveLength(2);

    await harness.tick('2026-11-27T14:00:00+01:00');
    const atRisk = postsTo('C0ESCALATE');
    expect(atRisk).toHaveLength(1);
    expect(shown(atRisk[0])).toContain('At risk');
    expect(shown(atRisk[0])).toContain('<@U0ANN>');
    expect(shown(atRisk[0])).toContain('1 hour to go');
    expect(shown(atRisk[0])).toContain('promise_take_over');
    expect(promiseRow().status).toBe('open');

    await harness.tick('2026-11-27T15:00:00+01:00');
    expect(promiseRow().status).toBe('broken');
    expect(postsTo('D0ANN')).toHaveLength(3);
    expect(shown(postsTo('D0ANN')[2])).toContain('Contact the customer now');
    expect(postsTo('C0ESCALATE')).toHaveLength(2);
    expect(shown(postsTo('C0ESCALATE')[1])).toContain('Broken');

    const events = listPromiseEvents(db(), FAKE_TEAM_ID, id).map((event) => [event.type, event.data]);
    expect(events).toEqual([
      ['created', expect.anything()],
      ['reminded', { kind: 'day_before' }],
      ['reminded', { kind: 'soon' }],
      ['escalated', { level: 'at_risk', target: 'channel:C0ESCALATE' }],
      ['broken', { dueAt: '2026-11-27T14:00:00.000Z' }],
      ['escalated', { level: 'broken', target: 'channel:C0ESCALATE' }],
    ]);
    // Without a recovery date from the owner, the lead (here the channel) hears after two working hours.
    expect(listPromiseJobs(db(), id).filter((job) => job.status === 'pending')).toEqual([
      expect.objectContaining({ kind: 'recovery_unanswered', runAt: new Date('2026-11-27T16:00:00Z') }),
    ]);
    await harness.tick('2026-11-27T17:00:00+01:00');
    expect(postsTo('C0ESCALATE')).toHaveLength(3);
    expect(shown(postsTo('C0ESCALATE')[2])).toContain('has not said when the customer will have');
    expect(listPromiseJobs(db(), id).every((job) => job.status === 'done')).toBe(true);

    // Nothing more, ever.
    expect(await harness.tick('2026-12-31T12:00:00+01:00')).toEqual({
      sent: 0,
      skipped: 0,
      retried: 0,
      failed: 0,
    });
  });

  it('tells the owner’s lead, in the lead’s language, rather than the channel', async () => {
    setEscalationChannel('C0ESCALATE');
    setLead(db(), FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0ANN', clock.now());
    await record();
    await harness.tick('2026-11-27T14:00:00+01:00');
    expect(postsTo('C0ESCALATE')).toEqual([]);
    expect(postsTo('D0LEA')).toHaveLength(1);
    expect(shown(postsTo('D0LEA')[0])).toContain('In gevaar');
  });

  it('falls back to the owner when no escalation target is set', async () => {
    await record();
    await harness.tick('2026-11-27T14:00:00+01:00');
    const last = postsTo('D0ANN').at(-1);
    expect(shown(last)).toContain('At risk');
    expect(shown(last)).toContain('no lead or escalation channel is set');
  });

  it('falls back to the owner when Kept cannot post in the escalation channel', async () => {
    setEscalationChannel('C0GONE');
    await record();
    await harness.tick('2026-11-27T13:59:00+01:00');
    harness.slack.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    await harness.tick('2026-11-27T14:00:00+01:00');
    const last = postsTo('D0ANN').at(-1);
    expect(shown(last)).toContain('At risk');
    expect(shown(last)).toContain('Kept cannot post in <#C0GONE>');
  });

  it('skips the at-risk warning when the owner said "On track" after the last reminder', async () => {
    setEscalationChannel('C0ESCALATE');
    const id = await record();
    await harness.tick('2026-11-27T13:00:00+01:00');
    db()
      .prepare('UPDATE promises SET on_track_at = ? WHERE id = ?')
      .run(Date.parse('2026-11-27T13:05:00+01:00'), id);
    const report = await harness.tick('2026-11-27T14:00:00+01:00');
    expect(report.skipped).toBe(1);
    expect(postsTo('C0ESCALATE')).toEqual([]);
  });

  it('after downtime sends only the most relevant notice, not a burst of stale ones', async () => {
    setEscalationChannel('C0ESCALATE');
    const id = await record();
    const report = await harness.tick('2026-11-27T15:30:00+01:00');
    expect(promiseRow().status).toBe('broken');
    expect(postsTo('D0ANN').map(shown)).toEqual([expect.stringContaining('Contact the customer now')]);
    expect(postsTo('C0ESCALATE').map(shown)).toEqual([expect.stringContaining('Broken')]);
    expect(report.skipped).toBe(3);
    expect(listPromiseEvents(db(), FAKE_TEAM_ID, id).filter((e) => e.type === 'reminded')).toEqual([]);
  });

  it('collapses a catch-up even when the due rows fill several batches', async () => {
    for (let i = 0; i < 40; i += 1) await harness.command(`ACME: item ${i} by Friday 3pm`, 'U0ANN');
    harness.slack.reset();
    const report = await harness.tick('2026-11-27T13:30:00+01:00');
    expect(report.sent).toBe(40);
    expect(postsTo('D0ANN')).toHaveLength(40);
    expect(postsTo('D0ANN').every((call) => String(call.args.text).includes('Reminder'))).toBe(true);
    const reminded = db()
      .prepare<[], { kind: string; n: number }>(
        `SELECT json_extract(data, '$.kind') AS kind, count(*) AS n FROM promise_events WHERE type = 'reminded' GROUP BY 1`,
      )
      .all();
    expect(reminded).toEqual([{ kind: 'soon', n: 40 }]);
  });

  it('after a shorter downtime sends the latest reminder only', async () => {
    await record();
    await harness.tick('2026-11-27T13:30:00+01:00');
    expect(postsTo('D0ANN')).toHaveLength(1);
  });
});

describe('Slack failures', () => {
  it('reschedules after Retry-After on a 429 without sending twice', async () => {
    await record();
    harness.slack.failNext('chat.postMessage', { kind: 'rate-limited', retryAfterSeconds: 30 });
    const first = await harness.tick('2026-11-26T10:00:00+01:00');
    expect(first.retried).toBe(1);
    expect(posts()).toHaveLength(1);
    expect((await harness.tick('2026-11-26T10:00:29+01:00')).sent).toBe(0);
    expect((await harness.tick('2026-11-26T10:00:30+01:00')).sent).toBe(1);
    expect(harness.slack.callsTo('chat.postMessage').filter((c) => c.answeredAt !== undefined)).toHaveLength(
      2,
    );
    expect(postsTo('D0ANN')).toHaveLength(2);
  });

  it('retries 5xx with capped exponential backoff, then marks the row failed', async () => {
    const id = await record();
    const failures = Array.from({ length: 10 }, () => ({ kind: 'server-error' as const }));
    harness.slack.failNext('chat.postMessage', ...failures);
    let at = Date.parse('2026-11-26T10:00:00+01:00');
    const retryTimes: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await harness.tick(new Date(at));
      const job = listPromiseJobs(db(), id).find((j) => j.kind === 'day_before');
      if (job?.status === 'failed') break;
      retryTimes.push((job?.runAt.getTime() ?? 0) - at);
      at = job?.runAt.getTime() ?? at;
    }
    expect(retryTimes).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    const job = listPromiseJobs(db(), id).find((j) => j.kind === 'day_before');
    expect(job).toMatchObject({ status: 'failed', attempts: 6 });
    expect(harness.logs.filter((line) => line.includes('"level":"error"'))).toEqual([
      expect.stringContaining(`Job ${job?.id} (day_before) for promise ${id} failed for good`),
    ]);
    // The rest of the ladder is unaffected.
    harness.slack.reset();
    await harness.tick('2026-11-27T13:00:00+01:00');
    expect(postsTo('D0ANN')).toHaveLength(1);
  });
});

describe('durability', () => {
  it('loses nothing across a restart on the same database', async () => {
    await record();
    await harness.stopApp();
    const restarted = await startHarness({ clock, slack: harness.slack, databasePath: harness.databasePath });
    try {
      await restarted.tick('2026-11-26T10:00:00+01:00');
      await restarted.tick('2026-11-27T13:00:00+01:00');
      expect(postsTo('D0ANN')).toHaveLength(2);
    } finally {
      await restarted.close();
    }
  });

  it('two processes on one database send each reminder once', async () => {
    await record();
    const second = await startHarness({ clock, slack: harness.slack, databasePath: harness.databasePath });
    try {
      clock.set('2026-11-26T10:00:00+01:00');
      await Promise.all([harness.kept.context.scheduler.tick(), second.kept.context.scheduler.tick()]);
      expect(postsTo('D0ANN')).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

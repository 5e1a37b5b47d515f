import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planRecovery } from '../../src/domain/coaching.js';
import { defaultWorkspaceSettings } from '../../src/domain/workspace-settings.js';
import { ACTIONS, MODAL_BLOCKS as B, CALLBACKS, INPUT_ACTION } from '../../src/slack/ids.js';
import { type Job, listPromiseJobs } from '../../src/store/jobs.js';
import { listPromiseEvents } from '../../src/store/promises.js';
import { saveWorkspaceSettings, setLead } from '../../src/store/settings.js';
import { FAKE_TEAM_ID, type RecordedCall } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import {
  blockActionPayload,
  findElement,
  type ShownMessage,
  viewSubmission,
} from '../support/slack-requests.js';

/**
 * Acting on a promise end to end: buttons clicked and modals submitted with the payloads Slack sends, then the
 * database, the event trail, the rewritten messages and the re-planned reminders checked.
 */

const MONDAY_10 = '2026-11-23T10:00:00+01:00';

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock(MONDAY_10);
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', name: 'ann', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', name: 'bob', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
  harness.slack.addUser({ id: 'U0EVE', name: 'eve', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0LEA', name: 'lea', tz: 'Europe/Amsterdam', locale: 'en-GB' });
});

afterEach(async () => {
  await harness.close();
});

const db = () => harness.kept.context.db;

interface Row {
  id: number;
  status: string;
  owner_id: string;
  due_at: number;
  kept_on_time: number | null;
  handover_to: string | null;
  recovery_due_at: number | null;
}

function row(): Row {
  const found = db().prepare<[], Row>('SELECT * FROM promises').get();
  if (!found) throw new Error('no promise');
  return found;
}

const events = () => listPromiseEvents(db(), FAKE_TEAM_ID, row().id);
const pending = (): Job[] => listPromiseJobs(db(), row().id).filter((job) => job.status === 'pending');

async function record(text = 'ACME: send the replacement charger by Friday 3pm'): Promise<ShownMessage> {
  const response = await harness.command(text, 'U0ANN');
  expect(JSON.stringify(response.json)).toContain('Promise recorded');
  return response.shown;
}

/** The latest replace_original sent to a response_url. */
function lastReplacement(responseUrl: string): Record<string, unknown> | undefined {
  const path = new URL(responseUrl).pathname;
  return harness.slack.responses.filter((r) => r.path === path && r.body.replace_original === true).at(-1)
    ?.body;
}

/** The latest private (non-replacing) reply at a response_url. */
function lastPrivateReply(responseUrl: string): string {
  const path = new URL(responseUrl).pathname;
  const reply = harness.slack.responses
    .filter((r) => r.path === path && r.body.replace_original === false)
    .at(-1);
  return JSON.stringify(reply?.body ?? {});
}

async function waitForResponses(count: number): Promise<void> {
  await harness.slack.waitFor(() => harness.slack.responses.length >= count);
}

async function openedModal(): Promise<{ callback_id: string; private_metadata: string; blocks: unknown[] }> {
  await harness.slack.waitFor(() => harness.slack.callsTo('views.open').length > 0);
  return harness.slack.callsTo('views.open').at(-1)?.args.view as {
    callback_id: string;
    private_metadata: string;
    blocks: unknown[];
  };
}

function submit(
  view: { callback_id: string; private_metadata: string },
  userId: string,
  values: Record<string, Record<string, unknown>>,
) {
  const state = Object.fromEntries(
    Object.entries(values).map(([block, element]) => [block, { [INPUT_ACTION]: element }]),
  );
  return harness.interact(
    viewSubmission({
      teamId: FAKE_TEAM_ID,
      userId,
      callbackId: view.callback_id,
      values: state,
      privateMetadata: view.private_metadata,
    }),
  );
}

const dmsTo = (channel: string): RecordedCall[] =>
  harness.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);

describe('Kept', () => {
  it('marks the promise kept on time from the confirmation and rewrites it without buttons', async () => {
    const shown = await record();
    expect(findElement(shown.blocks, ACTIONS.kept)).toBeDefined();
    const click = await harness.click(shown, ACTIONS.kept, 'U0ANN');
    expect(click.status).toBe(200);
    await waitForResponses(1);

    expect(row()).toMatchObject({ status: 'kept', kept_on_time: 1 });
    expect(events().map((e) => [e.type, e.actorId])).toEqual([
      ['created', 'U0ANN'],
      ['kept', 'U0ANN'],
    ]);
    expect(pending()).toEqual([]);
    const rewritten = lastReplacement(shown.responseUrl ?? '');
    expect(JSON.stringify(rewritten)).toContain('Kept on time');
    expect(findElement((rewritten?.blocks as unknown[]) ?? [], ACTIONS.kept)).toBeUndefined();
  });

  it('after the deadline records "kept late", which still counts as broken', async () => {
    await record();
    await harness.tick('2026-11-27T15:00:00+01:00');
    expect(row().status).toBe('broken');
    const brokenDm = dmsTo('D0ANN').find((call) => String(call.args.text).includes('Contact the customer'));
    const shown = harness.shown(brokenDm);
    expect(findElement(shown.blocks, ACTIONS.snooze)).toBeUndefined();

    clock.set('2026-11-27T16:00:00+01:00');
    await harness.click(shown, ACTIONS.kept, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 1);
    expect(row()).toMatchObject({ status: 'kept', kept_on_time: 0 });
    expect(events().find((e) => e.type === 'kept')?.data).toEqual({
      onTime: false,
      lateByMs: 3_600_000,
      recoveryMs: 3_600_000,
    });
    const update = harness.slack.callsTo('chat.update')[0]?.args ?? {};
    expect(update).toMatchObject({ channel: 'D0ANN', ts: shown.ts });
    expect(JSON.stringify(update.blocks)).toContain('Kept late');
  });
});

describe('who may act', () => {
  it('tells anyone else privately that only the owner can, and changes nothing', async () => {
    const shown = await record();
    await harness.click(shown, ACTIONS.kept, 'U0EVE');
    await waitForResponses(1);
    expect(lastPrivateReply(shown.responseUrl ?? '')).toContain('Only the owner (<@U0ANN>)');
    expect(row().status).toBe('open');
    expect(events().map((e) => e.type)).toEqual(['created']);
  });

  it('the person who recorded it may act for the owner', async () => {
    const response = await harness.command('<@U0BOB|bob> ACME: ship it Friday 3pm', 'U0ANN');
    await harness.click(response.shown, ACTIONS.kept, 'U0ANN');
    await waitForResponses(1);
    expect(row()).toMatchObject({ owner_id: 'U0BOB', status: 'kept' });
  });

  it('answers a click on a closed promise with what happened and when', async () => {
    const shown = await record();
    await harness.click(shown, ACTIONS.kept, 'U0ANN');
    await waitForResponses(1);
    await harness.click(shown, ACTIONS.kept, 'U0ANN');
    await waitForResponses(2);
    expect(lastPrivateReply(shown.responseUrl ?? '')).toContain('already kept');
    expect(lastPrivateReply(shown.responseUrl ?? '')).toContain('by <@U0ANN>');
    expect(events().filter((e) => e.type === 'kept')).toHaveLength(1);
  });

  it('acts once on a payload Slack delivers twice', async () => {
    await record();
    await harness.tick('2026-11-26T10:00:00+01:00');
    const reminder = harness.shown(dmsTo('D0ANN')[0]);
    const payload = blockActionPayload({
      teamId: FAKE_TEAM_ID,
      userId: 'U0ANN',
      message: reminder,
      actionId: ACTIONS.snooze,
      responseUrl: harness.slack.responseUrl(),
      option: 'hour',
    });
    await harness.interact(payload);
    await harness.interact(payload);
    await waitForResponses(1);
    expect(events().filter((e) => e.type === 'snoozed')).toHaveLength(1);
    expect(pending().filter((job) => job.kind === 'snooze')).toHaveLength(1);
  });
});

describe('Need more time', () => {
  it('asks to tell the customer first, then moves the deadline and re-plans the reminders', async () => {
    const shown = await record();
    await harness.click(shown, ACTIONS.moreTime, 'U0ANN');
    const view = await openedModal();
    expect(view.callback_id).toBe(CALLBACKS.moreTime);

    const notTold = await submit(view, 'U0ANN', {
      [B.deadlineText]: { type: 'plain_text_input', value: 'next Tuesday 5pm' },
      [B.customerTold]: { type: 'checkboxes', selected_options: [] },
      [B.reason]: { type: 'plain_text_input', value: 'supplier is late' },
    });
    expect(notTold.json?.response_action).toBe('errors');
    expect(JSON.stringify(notTold.json?.errors)).toContain('Tell the customer');
    expect(row().due_at).toBe(Date.parse('2026-11-27T15:00:00+01:00'));

    const told = await submit(view, 'U0ANN', {
      [B.deadlineText]: { type: 'plain_text_input', value: 'next Tuesday 5pm' },
      [B.customerTold]: { type: 'checkboxes', selected_options: [{ value: 'told' }] },
      [B.reason]: { type: 'plain_text_input', value: 'supplier is late' },
    });
    expect(told.status).toBe(200);
    expect(told.text).toBe('');
    expect(row().due_at).toBe(Date.parse('2026-12-01T17:00:00+01:00'));
    expect(events().at(-1)).toMatchObject({
      type: 'extended',
      data: {
        oldDueAt: '2026-11-27T14:00:00.000Z',
        newDueAt: '2026-12-01T16:00:00.000Z',
        customerInformed: true,
        renegotiated: true,
        reason: 'supplier is late',
      },
    });
    expect(pending().find((job) => job.kind === 'deadline')?.runAt).toEqual(new Date('2026-12-01T16:00:00Z'));
    await waitForResponses(1);
    expect(JSON.stringify(lastReplacement(shown.responseUrl ?? ''))).toContain('agreed with the customer');
  });

  it('shows an unreadable, vague or past deadline next to the field', async () => {
    const shown = await record();
    await harness.click(shown, ACTIONS.moreTime, 'U0ANN');
    const view = await openedModal();
    for (const [text, message] of [
      ['the purple one', 'could not read a deadline'],
      ['asap', 'not a deadline'],
      ['yesterday', 'already passed'],
      ['', 'Type a deadline or pick'],
    ]) {
      const response = await submit(view, 'U0ANN', {
        [B.deadlineText]: { type: 'plain_text_input', value: text },
        [B.customerTold]: { type: 'checkboxes', selected_options: [{ value: 'told' }] },
      });
      expect(JSON.stringify(response.json?.errors?.[B.deadlineText as never] ?? response.json)).toContain(
        message,
      );
    }
    expect(events().map((e) => e.type)).toEqual(['created']);
  });

  it('after the deadline keeps the promise broken and records the recovery date', async () => {
    const shown = await record();
    await harness.tick('2026-11-27T15:30:00+01:00');
    await harness.click(shown, ACTIONS.moreTime, 'U0ANN');
    const view = await openedModal();
    await submit(view, 'U0ANN', {
      [B.deadlinePicker]: {
        type: 'datetimepicker',
        selected_date_time: Date.parse('2026-11-30T12:00:00+01:00') / 1000,
      },
    });
    expect(row()).toMatchObject({
      status: 'broken',
      recovery_due_at: Date.parse('2026-11-30T12:00:00+01:00'),
    });
    expect(events().at(-1)).toMatchObject({ type: 'extended', data: { afterDeadline: true } });
  });
});

describe('Hand over', () => {
  it('offers the promise to the new owner, who accepts; until then the owner keeps it', async () => {
    const shown = await record();
    const before = pending().map((job) => [job.kind, job.runAt.getTime()]);
    await harness.click(shown, ACTIONS.handOver, 'U0ANN');
    const view = await openedModal();
    await submit(view, 'U0ANN', {
      [B.newOwner]: { type: 'users_select', selected_user: 'U0BOB' },
      [B.note]: { type: 'plain_text_input', value: 'you know this customer' },
    });
    await harness.slack.waitFor(() => dmsTo('D0BOB').length === 1);
    expect(row()).toMatchObject({ owner_id: 'U0ANN', handover_to: 'U0BOB' });
    expect(pending().map((job) => [job.kind, job.runAt.getTime()])).toEqual(before);
    const offer = harness.shown(dmsTo('D0BOB')[0]);
    expect(JSON.stringify(offer.blocks)).toContain('vraagt je deze belofte over te nemen');
    expect(JSON.stringify(offer.blocks)).toContain('you know this customer');

    await harness.click(offer, ACTIONS.acceptHandover, 'U0EVE');
    await waitForResponses(2);
    expect(row().owner_id).toBe('U0ANN');

    await harness.click(offer, ACTIONS.acceptHandover, 'U0BOB');
    await harness.slack.waitFor(() => dmsTo('D0ANN').length === 1);
    expect(row()).toMatchObject({ owner_id: 'U0BOB', handover_to: null });
    expect(JSON.stringify(dmsTo('D0ANN')[0]?.args.blocks)).toContain('<@U0BOB> accepted');
    const reassigned = events()
      .filter((e) => e.type === 'reassigned')
      .map((e) => e.data.status);
    expect(reassigned).toEqual(['requested', 'accepted']);
    expect(harness.slack.callsTo('chat.update').some((call) => call.args.channel === 'D0BOB')).toBe(true);
  });

  it('a decline returns it to the owner with the reason', async () => {
    const shown = await record();
    await harness.click(shown, ACTIONS.handOver, 'U0ANN');
    await submit(await openedModal(), 'U0ANN', {
      [B.newOwner]: { type: 'users_select', selected_user: 'U0BOB' },
    });
    await harness.slack.waitFor(() => dmsTo('D0BOB').length === 1);
    const offer = harness.shown(dmsTo('D0BOB')[0]);
    await harness.click(offer, ACTIONS.declineHandover, 'U0BOB');
    await harness.slack.waitFor(() => harness.slack.callsTo('views.open').length === 2);
    await submit(await openedModal(), 'U0BOB', {
      [B.reason]: { type: 'plain_text_input', value: 'on leave <!here>' },
    });
    await harness.slack.waitFor(() => dmsTo('D0ANN').length === 1);
    expect(row()).toMatchObject({ owner_id: 'U0ANN', handover_to: null });
    const notice = JSON.stringify(dmsTo('D0ANN')[0]?.args.blocks);
    expect(notice).toContain('declined to take over this promise: on leave &lt;!here&gt;');
    expect(events().at(-1)).toMatchObject({
      type: 'reassigned',
      data: { status: 'declined', reason: 'on leave <!here>' },
    });
  });

  it('refuses handing over to an app, inline', async () => {
    harness.slack.addUser({ id: 'U0BOT', is_bot: true });
    const shown = await record();
    await harness.click(shown, ACTIONS.handOver, 'U0ANN');
    const response = await submit(await openedModal(), 'U0ANN', {
      [B.newOwner]: { type: 'users_select', selected_user: 'U0BOT' },
    });
    expect(JSON.stringify(response.json)).toContain('Pick a person');
    expect(row().handover_to).toBeNull();
  });
});

describe('Take over', () => {
  it("plans the new owner's reminders in their own time zone, even when Kept has not met them before", async () => {
    saveWorkspaceSettings(
      db(),
      { ...defaultWorkspaceSettings(FAKE_TEAM_ID), escalationChannelId: 'C0ESCALATE' },
      'U0ANN',
      clock.now(),
    );
    harness.slack.addUser({ id: 'U0KAI', name: 'kai', tz: 'Asia/Tokyo', locale: 'en-GB' });
    await record();
    await harness.tick('2026-11-27T15:00:00+01:00');
    expect(row().status).toBe('broken');
    const breach = harness.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === 'C0ESCALATE')
      .at(-1);
    clock.set('2026-11-27T15:05:00+01:00');
    await harness.click(harness.shown(breach), ACTIONS.takeOver, 'U0KAI');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 1);
    expect(row().owner_id).toBe('U0KAI');

    // Without an answer the escalation channel hears two working hours after the breach: Friday 17:00 in
    // Amsterdam, but the breach is 23:00 on a Friday in Tokyo, so 11:00 on Kai's Monday.
    const plan = (timeZone: string) =>
      planRecovery({
        brokenAt: new Date(row().due_at),
        recoveryDueAt: null,
        now: clock.now(),
        timeZone,
        hours: defaultWorkspaceSettings(FAKE_TEAM_ID).workingHours,
      });
    expect(plan('Asia/Tokyo')).toEqual([
      { kind: 'recovery_unanswered', runAt: new Date('2026-11-30T11:00:00+09:00') },
    ]);
    expect(plan('Europe/Amsterdam')).toEqual([
      { kind: 'recovery_unanswered', runAt: new Date('2026-11-27T17:00:00+01:00') },
    ]);
    expect(pending().map((job) => ({ kind: job.kind, runAt: job.runAt }))).toEqual(plan('Asia/Tokyo'));
  });

  it('hands the promise to whoever clicks on the escalation, at once', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0ANN', clock.now());
    await record();
    await harness.tick('2026-11-27T14:00:00+01:00');
    const escalation = harness.shown(dmsTo('D0LEA')[0]);
    await harness.click(escalation, ACTIONS.takeOver, 'U0LEA');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 1);
    expect(row().owner_id).toBe('U0LEA');
    expect(events().at(-1)).toMatchObject({
      type: 'reassigned',
      actorId: 'U0LEA',
      data: { from: 'U0ANN', to: 'U0LEA', status: 'taken_over' },
    });
    expect(JSON.stringify(harness.slack.callsTo('chat.update')[0]?.args.blocks)).toContain(
      'Taken over by <@U0LEA>',
    );
    await harness.slack.waitFor(() =>
      dmsTo('D0ANN').some((call) => String(call.args.text).includes('took over')),
    );
  });
});

describe('Snooze and On track', () => {
  it('snoozes a reminder for an hour and reminds again then', async () => {
    await record();
    await harness.tick('2026-11-26T10:00:00+01:00');
    const reminder = harness.shown(dmsTo('D0ANN')[0]);
    await harness.click(reminder, ACTIONS.snooze, 'U0ANN', 'hour');
    await waitForResponses(1);
    expect(JSON.stringify(harness.slack.responses.at(-1)?.body)).toContain('remind you again');
    expect(pending().find((job) => job.kind === 'snooze')?.runAt).toEqual(new Date('2026-11-26T10:00:00Z'));
    await harness.tick('2026-11-26T11:00:00+01:00');
    expect(dmsTo('D0ANN')).toHaveLength(2);
  });

  it('clamps a snooze that would pass the deadline, and says so', async () => {
    await record();
    await harness.tick('2026-11-27T13:00:00+01:00');
    const reminder = harness.shown(dmsTo('D0ANN').at(-1));
    await harness.click(reminder, ACTIONS.snooze, 'U0ANN', 'tomorrow');
    await waitForResponses(1);
    expect(JSON.stringify(harness.slack.responses.at(-1)?.body)).toContain('just before it');
    expect(pending().find((job) => job.kind === 'snooze')?.runAt).toEqual(new Date('2026-11-27T13:50:00Z'));
  });

  it('"On track" on a reminder silences the at-risk escalation', async () => {
    setLead(db(), FAKE_TEAM_ID, 'U0ANN', 'U0LEA', 'U0ANN', clock.now());
    await record();
    await harness.tick('2026-11-27T13:00:00+01:00');
    const reminder = harness.shown(dmsTo('D0ANN').at(-1));
    clock.set('2026-11-27T13:10:00+01:00');
    await harness.click(reminder, ACTIONS.onTrack, 'U0ANN');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.update').length === 1);
    await harness.tick('2026-11-27T14:00:00+01:00');
    expect(dmsTo('D0LEA')).toEqual([]);
  });
});

describe('Cancel', () => {
  it('cancels with a reason and clears the schedule', async () => {
    const shown = await record();
    await harness.click(shown, ACTIONS.cancel, 'U0ANN');
    await submit(await openedModal(), 'U0ANN', {
      [B.cancelReason]: { type: 'static_select', selected_option: { value: 'customer_withdrew' } },
    });
    expect(row().status).toBe('cancelled');
    expect(pending()).toEqual([]);
    expect(events().at(-1)).toMatchObject({ type: 'cancelled', data: { reason: 'customer_withdrew' } });
    await waitForResponses(1);
    expect(JSON.stringify(lastReplacement(shown.responseUrl ?? ''))).toContain('The customer withdrew');
  });
});

describe('ambiguous deadlines', () => {
  it('offers the other reading in one click, which updates the promise and its message', async () => {
    clock.set('2026-11-20T10:00:00+01:00');
    const shown = await record('ACME: send the refund by Friday 5pm');
    expect(row().due_at).toBe(Date.parse('2026-11-27T17:00:00+01:00'));
    const button = findElement(shown.blocks, ACTIONS.useReading);
    expect(button?.element.value).toBe(`${row().id}@${Date.parse('2026-11-20T17:00:00+01:00')}`);

    await harness.click(shown, ACTIONS.useReading, 'U0ANN');
    await waitForResponses(1);
    expect(row().due_at).toBe(Date.parse('2026-11-20T17:00:00+01:00'));
    expect(events().at(-1)).toMatchObject({ type: 'edited', data: { field: 'dueAt', via: 'reading' } });
    expect(pending().find((job) => job.kind === 'deadline')?.runAt).toEqual(new Date('2026-11-20T16:00:00Z'));
    const rewritten = lastReplacement(shown.responseUrl ?? '');
    expect(JSON.stringify(rewritten)).toContain('Deadline set to');
    expect(findElement((rewritten?.blocks as unknown[]) ?? [], ACTIONS.useReading)?.element.value).toBe(
      `${row().id}@${Date.parse('2026-11-27T17:00:00+01:00')}`,
    );
  });
});

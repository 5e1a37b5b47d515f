import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODAL_BLOCKS as B, CALLBACKS, INPUT_ACTION, SHORTCUTS } from '../../src/slack/ids.js';
import { listPromiseJobs } from '../../src/store/jobs.js';
import { FAKE_TEAM_ID } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { shortcutPayload, viewSubmission } from '../support/slack-requests.js';

/** Capturing a promise where it was made: shortcuts, the full form, and /promise text that could not be read. */

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ clock: new ManualClock('2026-11-23T10:00:00+01:00') });
  harness.slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
  harness.slack.addUser({ id: 'U0BOT', is_bot: true });
});

afterEach(async () => {
  await harness.close();
});

const db = () => harness.kept.context.db;

interface Row {
  id: number;
  owner_id: string;
  created_by: string;
  customer: string | null;
  what: string;
  due_at: number;
  source: string;
  source_permalink: string | null;
  channel_id: string | null;
}
const rows = () => db().prepare<[], Row>('SELECT * FROM promises ORDER BY id').all();

type View = {
  callback_id: string;
  private_metadata: string;
  blocks: Array<Record<string, unknown>>;
  id?: string;
};

async function openedView(count = 1): Promise<View> {
  await harness.slack.waitFor(() => harness.slack.callsTo('views.open').length >= count);
  return harness.slack.callsTo('views.open')[count - 1]?.args.view as View;
}

/** The initial value of an input in a view, by block id. */
function initial(view: View, block: string): unknown {
  const element = view.blocks.find((b) => b.block_id === block)?.element as
    | Record<string, unknown>
    | undefined;
  return element?.initial_value ?? element?.initial_user;
}

function submit(
  view: View,
  userId: string,
  values: Record<string, Record<string, unknown>>,
  viewId?: string,
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
      ...(viewId ? { viewId } : {}),
    }),
  );
}

const text = (value: string) => ({ type: 'plain_text_input', value });
const user = (id: string) => ({ type: 'users_select', selected_user: id });

describe('Track as promise', () => {
  it('prefills the form from the message, keeps its permalink, and confirms by DM', async () => {
    const response = await harness.interact(
      shortcutPayload({
        teamId: FAKE_TEAM_ID,
        userId: 'U0ANN',
        callbackId: SHORTCUTS.trackMessage,
        message: {
          channel: 'C0ACME',
          ts: '1700000123.000100',
          user: 'U0CUSTOMER',
          text: 'We will send the replacement charger by Friday 3pm &amp; call you',
        },
      }),
    );
    expect(response.status).toBe(200);
    const view = await openedView();
    expect(view.callback_id).toBe(CALLBACKS.newPromise);
    expect(initial(view, B.what)).toBe('We will send the replacement charger & call you');
    expect(initial(view, B.deadlineText)).toBe('by Friday 3pm');
    expect(initial(view, B.owner)).toBe('U0ANN');

    const submitted = await submit(view, 'U0ANN', {
      [B.customer]: text('ACME'),
      [B.what]: text('We will send the replacement charger & call you'),
      [B.owner]: user('U0ANN'),
      [B.deadlineText]: text('by Friday 3pm'),
    });
    expect(submitted.status).toBe(200);
    expect(submitted.text).toBe('');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.postMessage').length === 1);
    await harness.kept.context.tasks.drain();
    expect(rows()).toEqual([
      expect.objectContaining({
        customer: 'ACME',
        owner_id: 'U0ANN',
        source: 'message_shortcut',
        channel_id: 'C0ACME',
        source_permalink: 'https://kept-test.slack.com/archives/C0ACME/p1700000123000100',
        due_at: Date.parse('2026-11-27T15:00:00+01:00'),
      }),
    ]);
    expect(listPromiseJobs(db(), rows()[0]?.id ?? 0).some((job) => job.kind === 'deadline')).toBe(true);
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.postMessage').length === 1);
    expect(harness.slack.callsTo('chat.postMessage')[0]?.args.channel).toBe('D0ANN');
    expect(String(harness.slack.callsTo('chat.postMessage')[0]?.args.text)).toContain('Promise recorded');
  });
});

describe('New promise (global shortcut)', () => {
  it('opens an empty form owned by the clicker; a submission in someone else’s name tells them', async () => {
    await harness.interact(
      shortcutPayload({ teamId: FAKE_TEAM_ID, userId: 'U0ANN', callbackId: SHORTCUTS.newPromise }),
    );
    const view = await openedView();
    expect(initial(view, B.what)).toBeUndefined();
    await submit(view, 'U0ANN', {
      [B.what]: text('offerte sturen'),
      [B.owner]: user('U0BOB'),
      [B.deadlinePicker]: {
        type: 'datetimepicker',
        selected_date_time: Date.parse('2026-11-25T12:00:00+01:00') / 1000,
      },
    });
    expect(rows()).toEqual([
      expect.objectContaining({ owner_id: 'U0BOB', created_by: 'U0ANN', source: 'modal' }),
    ]);
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.postMessage').length === 2);
    const notice = harness.slack.callsTo('chat.postMessage').find((call) => call.args.channel === 'D0BOB');
    expect(String(notice?.args.text)).toContain('heeft een belofte op jouw naam vastgelegd');
  });

  it.each([
    [{ [B.what]: text('   '), [B.deadlineText]: text('tomorrow') }, B.what, 'Say what the customer will get'],
    [{ [B.what]: text('call back') }, B.deadlineText, 'Type a deadline or pick'],
    [
      { [B.what]: text('call back'), [B.deadlineText]: text('the purple one') },
      B.deadlineText,
      'could not read',
    ],
    [{ [B.what]: text('call back'), [B.deadlineText]: text('asap') }, B.deadlineText, 'not a deadline'],
    [{ [B.what]: text('call back'), [B.deadlineText]: text('yesterday') }, B.deadlineText, 'already passed'],
    [
      { [B.what]: text('call back'), [B.deadlineText]: text('tomorrow'), [B.owner]: user('U0BOT') },
      B.owner,
      'Pick a person',
    ],
  ])('shows a problem next to its field and records nothing (%#)', async (values, block, message) => {
    await harness.interact(
      shortcutPayload({ teamId: FAKE_TEAM_ID, userId: 'U0ANN', callbackId: SHORTCUTS.newPromise }),
    );
    const view = await openedView();
    const response = await submit(view, 'U0ANN', { [B.owner]: user('U0ANN'), ...values });
    expect(response.json?.response_action).toBe('errors');
    expect((response.json?.errors ?? {}) as Record<string, string>).toHaveProperty(
      block,
      expect.stringContaining(message),
    );
    expect(rows()).toEqual([]);
  });

  it('records one promise when the same form is submitted twice', async () => {
    await harness.interact(
      shortcutPayload({ teamId: FAKE_TEAM_ID, userId: 'U0ANN', callbackId: SHORTCUTS.newPromise }),
    );
    const view = await openedView();
    const values = {
      [B.what]: text('call back'),
      [B.owner]: user('U0ANN'),
      [B.deadlineText]: text('tomorrow'),
    };
    await submit(view, 'U0ANN', values, 'V0SAME');
    await submit(view, 'U0ANN', values, 'V0SAME');
    expect(rows()).toHaveLength(1);
  });
});

describe('/promise text that cannot be read', () => {
  it('says why and opens the form prefilled; the form then records it and confirms where it was typed', async () => {
    const response = await harness.command('ACME: send the replacement charger', 'U0ANN');
    expect(JSON.stringify(response.json)).toContain('could not find a deadline');
    const view = await openedView();
    expect(initial(view, B.customer)).toBe('ACME');
    expect(initial(view, B.what)).toBe('send the replacement charger');
    await submit(view, 'U0ANN', {
      [B.customer]: text('ACME'),
      [B.what]: text('send the replacement charger'),
      [B.owner]: user('U0ANN'),
      [B.deadlineText]: text('morgen 12:00'),
    });
    expect(rows()).toEqual([
      expect.objectContaining({ source: 'slash_command', due_at: Date.parse('2026-11-24T12:00:00+01:00') }),
    ]);
    await harness.slack.waitFor(() => harness.slack.responses.length === 1);
    expect(harness.slack.responses[0]?.path).toBe(new URL(response.responseUrl).pathname);
    expect(JSON.stringify(harness.slack.responses[0]?.body)).toContain('Promise recorded');
  });
});

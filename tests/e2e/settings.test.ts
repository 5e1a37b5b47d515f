import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, SETTINGS_BLOCKS as B, CALLBACKS, INPUT_ACTION } from '../../src/slack/ids.js';
import { listDigestChannels } from '../../src/store/digest-channels.js';
import { listPromiseJobs } from '../../src/store/jobs.js';
import { getPromise } from '../../src/store/promises.js';
import { getLead, getWorkspaceSettings } from '../../src/store/settings.js';
import { FAKE_TEAM_ID } from '../support/fake-slack.js';
import { type Harness, startHarness } from '../support/kept-harness.js';
import { ManualClock } from '../support/manual-clock.js';
import { viewSubmission } from '../support/slack-requests.js';

let harness: Harness;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock('2026-11-23T10:00:00+01:00');
  harness = await startHarness({ clock });
  harness.slack.addUser({ id: 'U0ANN', tz: 'Europe/Amsterdam', locale: 'en-GB' });
  harness.slack.addUser({ id: 'U0BOB', tz: 'Europe/Amsterdam', locale: 'nl-NL' });
});

afterEach(async () => {
  await harness.close();
});

const db = () => harness.kept.context.db;

/** The state Slack sends for the settings modal, with every field filled in as given. */
function values(overrides: Partial<Record<keyof typeof B, Record<string, unknown>>> = {}) {
  const base: Record<keyof typeof B, Record<string, unknown>> = {
    escalationChannel: { type: 'conversations_select', selected_conversation: 'C0LEADS' },
    language: { type: 'static_select', selected_option: { value: 'nl' } },
    workDays: { type: 'checkboxes', selected_options: ['1', '2', '3', '4'].map((value) => ({ value })) },
    workStart: { type: 'timepicker', selected_time: '08:00' },
    workEnd: { type: 'timepicker', selected_time: '16:00' },
    endOfBusiness: { type: 'timepicker', selected_time: '16:00' },
    holidayCountry: { type: 'static_select', selected_option: { value: 'BE' } },
    timeZone: { type: 'plain_text_input', value: 'Europe/Brussels' },
    ladder: { type: 'checkboxes', selected_options: [{ value: 'soon' }, { value: 'atRisk' }] },
    coaching: { type: 'checkboxes', selected_options: [] },
    loadThreshold: { type: 'number_input', value: '7' },
    digestChannel: { type: 'conversations_select', selected_conversation: 'C0TEAM' },
    digestTime: { type: 'timepicker', selected_time: '08:30' },
    leadPerson: { type: 'users_select', selected_user: 'U0ANN' },
    leadLead: { type: 'users_select', selected_user: 'U0BOB' },
  };
  const merged = { ...base, ...overrides };
  return Object.fromEntries(
    Object.entries(merged).map(([key, element]) => [B[key as keyof typeof B], { [INPUT_ACTION]: element }]),
  );
}

/** Submits the settings modal as U0ANN, the way Slack posts a view submission. */
function submitSettings(
  overrides: Parameters<typeof values>[0] = {},
  privateMetadata?: string,
): ReturnType<Harness['interact']> {
  return harness.interact(
    viewSubmission({
      teamId: FAKE_TEAM_ID,
      userId: 'U0ANN',
      callbackId: CALLBACKS.settings,
      values: values(overrides),
      ...(privateMetadata === undefined ? {} : { privateMetadata }),
    }),
  );
}

describe('/promise settings', () => {
  it('opens the settings modal with the current settings', async () => {
    const response = await harness.command('settings', 'U0ANN');
    expect(response.status).toBe(200);
    await harness.slack.waitFor(() => harness.slack.callsTo('views.open').length === 1);
    const call = harness.slack.callsTo('views.open')[0];
    expect(call?.args.trigger_id).toBeTruthy();
    const view = call?.args.view as {
      callback_id: string;
      blocks: Array<{ block_id?: string }>;
      title: { text: string };
    };
    expect(view.callback_id).toBe(CALLBACKS.settings);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.map((block) => block.block_id)).toEqual(expect.arrayContaining(Object.values(B)));
    expect(JSON.stringify(view)).toContain('"initial_time":"09:00"');
  });

  it('saves a submission, sets a lead, re-plans open promises and confirms', async () => {
    await harness.command('ACME: send the charger by Friday 3pm', 'U0ANN');
    const promiseId = db().prepare<[], { id: number }>('SELECT id FROM promises').get()?.id ?? -1;
    const before = listPromiseJobs(db(), promiseId).map((job) => job.kind);
    expect(before).toContain('day_before');

    const responseUrl = harness.slack.responseUrl();
    const response = await submitSettings({}, JSON.stringify({ responseUrl }));
    expect(response.status).toBe(200);
    expect(response.text).toBe('');

    const settings = getWorkspaceSettings(db(), FAKE_TEAM_ID);
    expect(settings).toMatchObject({
      escalationChannelId: 'C0LEADS',
      language: 'nl',
      workingHours: {
        start: { hour: 8, minute: 0 },
        end: { hour: 16, minute: 0 },
        days: [1, 2, 3, 4],
        country: 'BE',
      },
      endOfBusiness: { hour: 16, minute: 0 },
      defaultTimeZone: 'Europe/Brussels',
      ladder: { dayBefore: { enabled: false }, soon: { enabled: true }, atRisk: { enabled: true } },
      coachingEnabled: false,
      loadThreshold: 7,
    });
    expect(getLead(db(), FAKE_TEAM_ID, 'U0ANN')).toBe('U0BOB');
    expect(listDigestChannels(db(), FAKE_TEAM_ID)).toEqual([
      { teamId: FAKE_TEAM_ID, channelId: 'C0TEAM', localTime: '08:30', timeZone: 'Europe/Amsterdam' },
    ]);
    const pending = listPromiseJobs(db(), promiseId).filter((job) => job.status === 'pending');
    expect(pending.map((job) => job.kind)).toEqual(['soon', 'at_risk', 'deadline']);

    await harness.slack.waitFor(() =>
      harness.slack.responses.some((r) => r.path === new URL(responseUrl).pathname),
    );
    expect(JSON.stringify(harness.slack.responses.at(-1)?.body)).toContain('settings are saved');
  });

  it('keeps a snooze the owner asked for when saving re-plans the promise', async () => {
    await harness.command('ACME: send the charger by Friday 3pm', 'U0ANN');
    const promiseId = db().prepare<[], { id: number }>('SELECT id FROM promises').get()?.id ?? -1;
    const dms = () =>
      harness.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'D0ANN');
    await harness.tick('2026-11-26T10:00:00+01:00');
    expect(dms()).toHaveLength(1);
    await harness.click(harness.shown(dms()[0]), ACTIONS.snooze, 'U0ANN', 'hour');
    const snoozeAt = new Date('2026-11-26T10:00:00Z');
    const snoozes = () =>
      listPromiseJobs(db(), promiseId).filter((job) => job.kind === 'snooze' && job.status === 'pending');
    expect(snoozes().map((job) => job.runAt)).toEqual([snoozeAt]);

    clock.set('2026-11-26T10:20:00+01:00');
    const response = await submitSettings();
    expect(response.status).toBe(200);
    const promise = getPromise(db(), FAKE_TEAM_ID, promiseId);
    expect(promise?.planVersion).toBe(2);
    // The snooze is carried into the new plan, so the scheduler does not skip it as part of an old one.
    expect(snoozes().map((job) => [job.runAt, job.payload.planVersion])).toEqual([[snoozeAt, 2]]);

    await harness.tick('2026-11-26T11:00:00+01:00');
    expect(dms()).toHaveLength(2);
    expect(JSON.stringify(dms()[1]?.args)).toContain('ACME');
  });

  it.each([
    [{ workEnd: { type: 'timepicker', selected_time: '07:00' } }, B.workEnd, 'after the start'],
    [{ workDays: { type: 'checkboxes', selected_options: [] } }, B.workDays, 'at least one working day'],
    [{ timeZone: { type: 'plain_text_input', value: 'Mars/Olympus' } }, B.timeZone, 'IANA time zone'],
    [{ leadLead: { type: 'users_select', selected_user: 'U0ANN' } }, B.leadLead, 'their own lead'],
    [{ loadThreshold: { type: 'number_input', value: '0' } }, B.loadThreshold, 'whole number from 1 to 100'],
  ])('shows a bad field inline and saves nothing (%#)', async (override, block, message) => {
    const response = await submitSettings(override);
    expect(response.status).toBe(200);
    expect(response.json?.response_action).toBe('errors');
    expect((response.json?.errors ?? {}) as Record<string, string>).toHaveProperty(
      block,
      expect.stringContaining(message),
    );
    expect(db().prepare('SELECT count(*) AS n FROM workspace_settings').get()).toEqual({ n: 0 });
  });
});

describe('/promise escalate here', () => {
  it('makes the current channel the escalation channel', async () => {
    const response = await harness.command('escalate here', 'U0ANN', { channelId: 'C0LEADS' });
    expect(JSON.stringify(response.json)).toContain('<#C0LEADS>');
    expect(getWorkspaceSettings(db(), FAKE_TEAM_ID).escalationChannelId).toBe('C0LEADS');

    await harness.command('escalate off', 'U0ANN', { channelId: 'C0LEADS' });
    expect(getWorkspaceSettings(db(), FAKE_TEAM_ID).escalationChannelId).toBeNull();
  });

  it('refuses a direct message as escalation channel', async () => {
    const response = await harness.command('escalate here', 'U0ANN', { channelId: 'D0ANN' });
    expect(JSON.stringify(response.json)).toContain('in the channel that should hear');
    expect(getWorkspaceSettings(db(), FAKE_TEAM_ID).escalationChannelId).toBeNull();
  });
});

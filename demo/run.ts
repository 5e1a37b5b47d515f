import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { statsFor } from '../src/services/stats.js';
import { ACTIONS, MODAL_BLOCKS as B, INPUT_ACTION } from '../src/slack/ids.js';
import { setLead } from '../src/store/settings.js';
import { FAKE_TEAM_ID, type RecordedCall } from '../tests/support/fake-slack.js';
import { type Harness, startHarness } from '../tests/support/kept-harness.js';
import { ManualClock } from '../tests/support/manual-clock.js';
import { type ShownMessage, viewSubmission } from '../tests/support/slack-requests.js';
import { type Names, renderBlocks, renderMrkdwn } from './render.js';

/**
 * `npm run demo`: the real app (Bolt over HTTP, SQLite, the scheduler) against the local Slack stand-in, through a
 * scripted week for a team of three. It prints what each person would see in Slack and ends with the team's keep
 * rate. No Slack account, no network beyond 127.0.0.1.
 */

const ZONE = 'Europe/Amsterdam';
const ANN = 'U0ANN';
const BOB = 'U0BOB';
const LEA = 'U0LEA';
const NAMES: Names = new Map([
  [ANN, 'Ann'],
  [BOB, 'Bob'],
  [LEA, 'Lea'],
  ['C0SUPPORT', 'support'],
  ['D0ANN', 'Ann'],
  ['D0BOB', 'Bob'],
  ['D0LEA', 'Lea'],
]);

const out = (line = '') => process.stdout.write(`${line}\n`);

class Demo {
  private printedCalls = 0;
  private printedResponses = 0;
  /** Who a response_url belongs to, so a private reply is shown to the right person. */
  private readonly responseOwners = new Map<string, string>();

  constructor(
    readonly harness: Harness,
    readonly clock: ManualClock,
  ) {}

  private stamp(): string {
    return format(new TZDate(this.clock.now().getTime(), ZONE), 'EEE HH:mm');
  }

  say(text: string): void {
    out();
    out(`${this.stamp()}  ${text}`);
  }

  /** Prints everything Kept sent since the last call, as the person who got it would see it. */
  async flush(): Promise<void> {
    const { slack } = this.harness;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await this.harness.kept.context.tasks.drain();
    const calls = slack.calls.slice(this.printedCalls);
    this.printedCalls = slack.calls.length;
    for (const call of calls) this.printCall(call);
    for (const response of slack.responses.slice(this.printedResponses)) {
      const who = NAMES.get(this.responseOwners.get(response.path) ?? '') ?? 'you';
      const verb = response.body.replace_original ? 'message updated' : 'only visible to them';
      this.print(`${who} (${verb})`, response.body.blocks);
    }
    this.printedResponses = slack.responses.length;
  }

  private printCall(call: RecordedCall): void {
    const channel = String(call.args.channel ?? '');
    const where = channel.startsWith('D')
      ? `${NAMES.get(channel) ?? channel} (DM from Kept)`
      : `#${NAMES.get(channel) ?? channel}`;
    if (call.method === 'chat.postMessage') this.print(where, call.args.blocks);
    if (call.method === 'chat.update') this.print(`${where} (message updated)`, call.args.blocks);
    if (call.method === 'views.open') {
      const view = call.args.view as { title?: { text?: string } };
      out(`      ↳ a form opens: “${view.title?.text ?? ''}”`);
    }
  }

  private print(who: string, blocks: unknown): void {
    out(`    → ${who}`);
    for (const line of renderBlocks(blocks, NAMES)) out(`      ${line}`);
  }

  async command(userId: string, text: string, channelId = 'C0SUPPORT'): Promise<ShownMessage> {
    this.say(`${NAMES.get(userId)} types /promise ${renderMrkdwn(text, NAMES)}`);
    const response = await this.harness.command(text, userId, { channelId });
    this.responseOwners.set(new URL(response.responseUrl).pathname, userId);
    this.print(`${NAMES.get(userId)} (only visible to them)`, response.json?.blocks);
    await this.flush();
    return response.shown;
  }

  async click(userId: string, message: ShownMessage, actionId: string, label: string): Promise<void> {
    this.say(`${NAMES.get(userId)} clicks [${label}]`);
    if (message.responseUrl) this.responseOwners.set(new URL(message.responseUrl).pathname, userId);
    await this.harness.click(message, actionId, userId);
    await this.flush();
  }

  async submitLatestForm(
    userId: string,
    values: Record<string, Record<string, unknown>>,
    what: string,
  ): Promise<void> {
    const view = this.harness.slack.callsTo('views.open').at(-1)?.args.view as {
      callback_id: string;
      private_metadata: string;
    };
    this.say(`${NAMES.get(userId)} fills in the form: ${what}`);
    const state = Object.fromEntries(
      Object.entries(values).map(([block, element]) => [block, { [INPUT_ACTION]: element }]),
    );
    await this.harness.interact(
      viewSubmission({
        teamId: FAKE_TEAM_ID,
        userId,
        callbackId: view.callback_id,
        values: state,
        privateMetadata: view.private_metadata,
      }),
    );
    await this.flush();
  }

  async at(when: string, note?: string): Promise<void> {
    this.clock.set(when);
    if (note) this.say(note);
    await this.harness.kept.context.scheduler.tick();
    await this.flush();
  }

  /** The latest message Kept posted to a DM or channel. */
  lastIn(channel: string): ShownMessage {
    const call = this.harness.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === channel)
      .at(-1);
    return this.harness.shown(call);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const clock = new ManualClock('2026-11-23T09:00:00+01:00');
  const harness = await startHarness({ clock });
  harness.slack.addUser({ id: ANN, name: 'Ann', tz: ZONE, locale: 'en-GB' });
  harness.slack.addUser({ id: BOB, name: 'Bob', tz: ZONE, locale: 'nl-NL' });
  harness.slack.addUser({ id: LEA, name: 'Lea', tz: ZONE, locale: 'en-GB' });
  const demo = new Demo(harness, clock);
  try {
    out(
      'Kept demo: one week of a support team of three (Ann and Bob, with Lea as their lead), Mon 23 – Fri 27',
    );
    out('November 2026, Amsterdam. Everything below is what Slack received from the real app.');
    const db = harness.kept.context.db;
    setLead(db, FAKE_TEAM_ID, ANN, LEA, LEA, clock.now());
    setLead(db, FAKE_TEAM_ID, BOB, LEA, LEA, clock.now());
    demo.say('Lea made herself the lead of Ann and Bob in /promise settings.');

    await demo.command(LEA, 'digest here 09:00');
    const acme = await demo.command(ANN, 'ACME: send the replacement charger by Wednesday 3pm');
    await demo.command(BOB, 'Bakkerij Jansen: offerte sturen uiterlijk donderdag 12 uur');
    await demo.command(ANN, '<@U0BOB|bob> Globex: call back about the invoice tomorrow morning');
    const initech = await demo.command(ANN, 'Initech: install the update by Friday 5pm');

    await demo.at('2026-11-23T10:00:00+01:00', 'The day before the Globex call-back: Bob is reminded.');
    await demo.at('2026-11-24T09:00:00+01:00', 'Tuesday morning: the digest.');
    await demo.click(ANN, initech, ACTIONS.handOver, 'Hand over');
    await demo.submitLatestForm(
      ANN,
      { [B.newOwner]: { type: 'users_select', selected_user: BOB } },
      'Bob, “you know their setup”',
    );
    await demo.click(BOB, demo.lastIn('D0BOB'), ACTIONS.acceptHandover, 'Accepteren');
    await demo.at('2026-11-24T10:00:00+01:00', 'The day-before reminder for ACME reaches Ann.');
    clock.set('2026-11-24T10:30:00+01:00');
    const globexForBob = harness.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'D0BOB');
    await demo.click(BOB, harness.shown(globexForBob), ACTIONS.kept, 'Nagekomen');

    await demo.at('2026-11-25T09:00:00+01:00', 'Wednesday morning: the digest.');
    await demo.at('2026-11-25T10:00:00+01:00', 'Bob’s day-before reminder for the Bakkerij quote.');
    await demo.at('2026-11-25T13:00:00+01:00', 'Two hours before the ACME deadline.');
    await demo.click(ANN, demo.lastIn('D0ANN'), ACTIONS.moreTime, 'Need more time');
    await demo.submitLatestForm(
      ANN,
      {
        [B.deadlineText]: { type: 'plain_text_input', value: 'tomorrow 3pm' },
        [B.customerTold]: { type: 'checkboxes', selected_options: [{ value: 'told' }] },
        [B.reason]: { type: 'plain_text_input', value: 'courier missed the pickup' },
      },
      'new deadline “tomorrow 3pm”, customer told, “courier missed the pickup”',
    );

    await demo.at('2026-11-26T09:00:00+01:00', 'Thursday morning: the digest.');
    await demo.at(
      '2026-11-26T10:00:00+01:00',
      'Two hours before the Bakkerij deadline; the day before Initech.',
    );
    await demo.at(
      '2026-11-26T11:00:00+01:00',
      'One hour before the Bakkerij deadline, still open: Lea is told.',
    );
    await demo.at('2026-11-26T12:00:00+01:00', 'The Bakkerij deadline passes while the quote is still open.');
    clock.set('2026-11-26T12:20:00+01:00');
    await demo.click(BOB, demo.lastIn('D0BOB'), ACTIONS.moreTime, 'Meer tijd nodig');
    await demo.submitLatestForm(
      BOB,
      {
        [B.deadlineText]: { type: 'plain_text_input', value: 'vandaag 16:00' },
        [B.customerTold]: { type: 'checkboxes', selected_options: [{ value: 'told' }] },
      },
      'herstel “vandaag 16:00”, klant gebeld',
    );
    await demo.at('2026-11-26T13:00:00+01:00', 'Two hours before the renegotiated ACME deadline.');
    clock.set('2026-11-26T14:30:00+01:00');
    await demo.click(ANN, acme, ACTIONS.kept, 'Kept');
    clock.set('2026-11-26T15:50:00+01:00');
    await demo.click(BOB, demo.lastIn('D0BOB'), ACTIONS.kept, 'Nagekomen (te laat)');

    await demo.at('2026-11-27T09:00:00+01:00', 'Friday morning: the digest.');
    await demo.at('2026-11-27T15:00:00+01:00', 'Two hours before the Initech deadline.');
    clock.set('2026-11-27T16:10:00+01:00');
    await demo.click(BOB, demo.lastIn('D0BOB'), ACTIONS.kept, 'Nagekomen');

    const stats = statsFor(harness.kept.context, FAKE_TEAM_ID, LEA, { kind: 'team' }, 30);
    const c = stats.counts;
    const due = c.keptOnTime + c.keptLate + c.broken;
    out();
    out('== End of the week ==');
    out(
      `Team keep rate: ${stats.rate === null ? '–' : `${Math.round(stats.rate * 100)}%`} (kept on time ${c.keptOnTime} of ${due}; ` +
        `kept late ${c.keptLate}, broken ${c.broken}, renegotiated in time ${c.renegotiated}).`,
    );
    out(`Demo finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

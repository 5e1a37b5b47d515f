import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { escapeMrkdwnWithin } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatDistanceShort, formatRelative } from '../../i18n/time-format.js';
import { ACTIONS } from '../ids.js';
import { promiseActionsBlock } from './promise-actions-block.js';
import { contextBlock, promiseSection } from './promise-blocks.js';
import { slackDate } from './slack-date.js';
import { LIMITS, type SlackMessage } from './slack-message.js';

/** What the scheduler sends: reminders to the owner, and at-risk and broken notices. */

export function reminderMessage(promise: CustomerPromise, now: Date, language: Language): SlackMessage {
  const m = messagesFor(language);
  const when = `${slackDate(promise.dueAt, promise.timeZone, language)} (${formatRelative(promise.dueAt, now, language)})`;
  return toOwner(m.reminder(when), promise, now, language, 'reminder');
}

/** A DM to the owner: what it is about, the promise, and the owner's buttons. */
function toOwner(
  intro: string,
  promise: CustomerPromise,
  now: Date,
  language: Language,
  context: 'owner' | 'reminder',
): SlackMessage {
  return {
    text: plain(intro, promise),
    blocks: [
      section(intro),
      promiseSection(promise, now, language),
      ...optional(promiseActionsBlock(promise, language, context)),
    ],
  };
}

export function atRiskMessage(
  promise: CustomerPromise,
  now: Date,
  language: Language,
  note?: string,
): SlackMessage {
  const m = messagesFor(language);
  const intro = m.atRisk(`<@${promise.ownerId}>`, formatDistanceShort(promise.dueAt, now, language));
  return escalation(intro, promise, now, language, note);
}

export function brokenEscalationMessage(
  promise: CustomerPromise,
  now: Date,
  language: Language,
  note?: string,
): SlackMessage {
  const m = messagesFor(language);
  return escalation(m.brokenEscalation(`<@${promise.ownerId}>`), promise, now, language, note);
}

export function brokenOwnerMessage(promise: CustomerPromise, now: Date, language: Language): SlackMessage {
  const m = messagesFor(language);
  const c = m.coaching;
  const choices = (['within_hours', 'end_of_today', 'tomorrow_noon', 'other'] as const).map((choice) => ({
    type: 'button' as const,
    action_id: ACTIONS.recover,
    text: { type: 'plain_text' as const, text: c.recoveryChoices[choice] },
    value: `${choice}|${promise.id}`,
    ...(choice === 'within_hours' ? { style: 'primary' as const } : {}),
  }));
  return {
    text: plain(m.brokenOwner, promise),
    blocks: [
      section(m.brokenOwner),
      promiseSection(promise, now, language),
      section(c.recoveryQuestion),
      { type: 'actions', block_id: `recovery:${promise.id}`, elements: choices },
      ...optional(promiseActionsBlock(promise, language, 'owner')),
    ],
  };
}

/** An hour before the recovery deadline the owner gave after a breach. */
export function recoverySoonMessage(promise: CustomerPromise, now: Date, language: Language): SlackMessage {
  const c = messagesFor(language).coaching;
  const when = slackDate(promise.recoveryDueAt ?? promise.dueAt, promise.timeZone, language);
  return toOwner(c.recoverySoon(when), promise, now, language, 'owner');
}

/** To the lead: the recovery deadline passed too, or the owner never said when the customer will have it. */
export function recoveryEscalationMessage(
  promise: CustomerPromise,
  kind: 'missed' | 'unanswered',
  now: Date,
  language: Language,
  note?: string,
): SlackMessage {
  const c = messagesFor(language).coaching;
  const owner = `<@${promise.ownerId}>`;
  return escalation(
    kind === 'missed' ? c.recoveryDueLead(owner) : c.recoveryUnanswered(owner),
    promise,
    now,
    language,
    note,
  );
}

/** To the lead when a promise keeps changing hands, or its customer's promises do. */
export function bouncingMessage(
  promise: CustomerPromise,
  handoffs: number,
  customer: { name: string; people: number } | undefined,
  now: Date,
  language: Language,
): SlackMessage {
  const c = messagesFor(language).coaching;
  const lines = [
    ...(handoffs >= 2 ? [c.bouncing(handoffs)] : []),
    ...(customer
      ? [`:repeat: ${c.customerBouncing(escapeMrkdwnWithin(customer.name, 80), customer.people)}.`]
      : []),
  ];
  return escalation(lines.join('\n'), promise, now, language, undefined);
}

function escalation(
  intro: string,
  promise: CustomerPromise,
  now: Date,
  language: Language,
  note: string | undefined,
): SlackMessage {
  const blocks: types.KnownBlock[] = [
    section(intro),
    promiseSection(promise, now, language),
    ...optional(promiseActionsBlock(promise, language, 'escalation')),
  ];
  if (note) blocks.push(contextBlock([note]));
  return { text: plain(intro, promise), blocks };
}

function section(text: string): types.KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** Notification text: the intro with date tokens as their fallback, then the promise, escaped and cut. */
function plain(intro: string, promise: CustomerPromise): string {
  const head = `${intro.replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')} `;
  const customer = promise.customer === null ? '' : ` (${escapeMrkdwnWithin(promise.customer, 200)})`;
  return `${head}${escapeMrkdwnWithin(promise.what, LIMITS.fallbackText - head.length - customer.length)}${customer}`;
}

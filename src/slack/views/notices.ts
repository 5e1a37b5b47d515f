import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { escapeMrkdwnWithin } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatDistanceShort, formatRelative } from '../../i18n/time-format.js';
import { promiseActionsBlock } from './promise-actions-block.js';
import { contextBlock, promiseSection } from './promise-blocks.js';
import { slackDate } from './slack-date.js';
import { LIMITS, type SlackMessage } from './slack-message.js';

/** What the scheduler sends: reminders to the owner, and at-risk and broken notices. */

export function reminderMessage(promise: CustomerPromise, now: Date, language: Language): SlackMessage {
  const m = messagesFor(language);
  const when = `${slackDate(promise.dueAt, promise.timeZone, language)} (${formatRelative(promise.dueAt, now, language)})`;
  const intro = m.reminder(when);
  return {
    text: plain(intro, promise),
    blocks: [
      section(intro),
      promiseSection(promise, now, language),
      ...optional(promiseActionsBlock(promise, language, 'reminder')),
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
  return {
    text: plain(m.brokenOwner, promise),
    blocks: [
      section(m.brokenOwner),
      promiseSection(promise, now, language),
      ...optional(promiseActionsBlock(promise, language, 'owner')),
    ],
  };
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

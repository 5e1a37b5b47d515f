import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { escapeMrkdwnWithin, joinLinesWithin, truncate } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatRelative } from '../../i18n/time-format.js';
import { slackDate } from './slack-date.js';
import { LIMITS } from './slack-message.js';

/** The blocks every message about a promise shares. */

export function promiseSection(promise: CustomerPromise, now: Date, language: Language): types.KnownBlock {
  const m = messagesFor(language);
  const due = `${slackDate(promise.dueAt, promise.timeZone, language)} (${formatRelative(promise.dueAt, now, language)})`;
  const fields: types.MrkdwnElement[] = [];
  if (promise.customer !== null) {
    fields.push(field(m.labelCustomer, escapeMrkdwnWithin(promise.customer, LIMITS.fieldText - 100)));
  }
  fields.push(field(m.labelOwner, `<@${promise.ownerId}>`), field(m.labelDue, due));
  const label = `*${m.labelWhat}:* `;
  const what = `${label}${escapeMrkdwnWithin(promise.what, LIMITS.sectionText - label.length)}`;
  return { type: 'section', text: { type: 'mrkdwn', text: what }, fields };
}

function field(label: string, value: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(`*${label}*\n${value}`, LIMITS.fieldText) };
}

export function contextBlock(lines: readonly string[]): types.KnownBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: joinLinesWithin(lines, LIMITS.contextElementText) }],
  };
}

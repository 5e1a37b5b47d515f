import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatAbsolute } from '../../i18n/time-format.js';
import { type CardContext, promiseActionsBlock } from './promise-actions-block.js';
import { contextBlock, promiseSection } from './promise-blocks.js';
import { slackDate } from './slack-date.js';
import type { SlackMessage } from './slack-message.js';

export interface PromiseUpdateInput {
  promise: CustomerPromise;
  now: Date;
  language: Language;
  /** Where the message was shown, which decides the actions it keeps. */
  context: CardContext;
  /** What just happened, e.g. "Kept on time, marked by @ann". */
  outcome: string;
}

/**
 * A message about a promise, rewritten after an action so that it tells the truth: what happened, the promise
 * as it is now, and only the actions that still fit (none once it is closed).
 */
export function promiseUpdateMessage(input: PromiseUpdateInput): SlackMessage {
  const { promise, now, language, context } = input;
  const lines = [...new Set([input.outcome, ...statusLines(promise, language)])];
  const blocks: types.KnownBlock[] = [contextBlock(lines), promiseSection(promise, now, language)];
  const actions = promiseActionsBlock(promise, language, context);
  if (actions) blocks.push(actions);
  const plainOutcome = input.outcome.replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1');
  return { text: `${plainOutcome} (${formatAbsolute(promise.dueAt, promise.timeZone, language)})`, blocks };
}

/** Lines that describe a promise's state beyond its fields: broken, recovery date, a pending hand-over. */
export function statusLines(promise: CustomerPromise, language: Language): string[] {
  const a = messagesFor(language).actions;
  const lines: string[] = [];
  if (promise.status === 'broken') lines.push(a.statusBroken);
  if (promise.status === 'broken' && promise.recoveryDueAt) {
    lines.push(a.statusRecovery(slackDate(promise.recoveryDueAt, promise.timeZone, language)));
  }
  if (promise.handoverTo !== null && (promise.status === 'open' || promise.status === 'broken')) {
    lines.push(a.statusWaitingHandover(`<@${promise.handoverTo}>`));
  }
  return lines;
}

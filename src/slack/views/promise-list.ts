import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import type { ListScope } from '../../domain/promise-command.js';
import { escapeMrkdwnWithin, joinLinesWithin } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatRelative } from '../../i18n/time-format.js';
import type { HistoryEntry } from '../../store/promise-queries.js';
import { ACTIONS } from '../ids.js';
import { contextBlock } from './promise-blocks.js';
import { slackDate } from './slack-date.js';
import { LIMITS, type SlackMessage } from './slack-message.js';

/** Lists stay well inside Block Kit's 50 blocks: a header, one section a promise, a footer and the paging. */
export const LIST_PAGE_SIZE = 15;
const HISTORY_LINES = 20;

export function encodeScope(scope: ListScope, offset: number): string {
  return `${scope.kind}|${scope.kind === 'user' ? scope.userId : ''}|${offset}`;
}

export function decodeScope(value: string): { scope: ListScope; offset: number } | undefined {
  const [kind, userId, offsetText] = value.split('|');
  const offset = Number(offsetText);
  if (!Number.isInteger(offset) || offset < 0) return undefined;
  if (kind === 'user' && userId && /^[UW][A-Z0-9]+$/.test(userId)) return { scope: { kind, userId }, offset };
  if (kind === 'mine' || kind === 'team' || kind === 'overdue') return { scope: { kind }, offset };
  return undefined;
}

export interface ListInput {
  scope: ListScope;
  promises: CustomerPromise[];
  total: number;
  offset: number;
  now: Date;
  language: Language;
}

/** `/promise list`: one line a promise with an actions menu, paged. */
export function promiseListMessage(input: ListInput): SlackMessage {
  const { scope, promises, total, offset, now, language } = input;
  const l = messagesFor(language).lists;
  const title = {
    mine: l.mine,
    team: l.team,
    overdue: l.overdue,
    user: scope.kind === 'user' ? l.user(`<@${scope.userId}>`) : '',
  }[scope.kind];
  const blocks: types.KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } }];
  if (promises.length === 0) {
    blocks.push(contextBlock([l.empty]));
    return { text: `${title}: ${l.empty}`, blocks };
  }
  for (const promise of promises.slice(0, LIST_PAGE_SIZE)) blocks.push(listItem(promise, now, language));
  const to = offset + Math.min(promises.length, LIST_PAGE_SIZE);
  blocks.push(contextBlock([l.showing(offset + 1, to, total)]));
  const paging: types.Button[] = [];
  if (offset > 0)
    paging.push(pageButton(l.previous, encodeScope(scope, Math.max(0, offset - LIST_PAGE_SIZE))));
  if (to < total) paging.push(pageButton(l.next, encodeScope(scope, to)));
  if (paging.length > 0) blocks.push({ type: 'actions', block_id: 'list_paging', elements: paging });
  return { text: `${title}: ${l.showing(offset + 1, to, total)}`, blocks };
}

/** `/promise customer NAME`: what is open, and the last 90 days with outcomes and hand-offs. */
export function customerHistoryMessage(input: {
  name: string;
  open: HistoryEntry[];
  recent: HistoryEntry[];
  now: Date;
  language: Language;
}): SlackMessage {
  const { now, language } = input;
  const l = messagesFor(language).lists;
  const name = escapeMrkdwnWithin(input.name, 100);
  const title = l.customerTitle(name);
  const blocks: types.KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } }];
  if (input.open.length === 0 && input.recent.length === 0) {
    blocks.push(contextBlock([l.customerNone(name)]));
    return { text: l.customerNone(name), blocks };
  }
  if (input.open.length > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: l.customerOpen } });
    for (const entry of input.open.slice(0, LIST_PAGE_SIZE))
      blocks.push(listItem(entry.promise, now, language, entry.handoffs));
    if (input.open.length > LIST_PAGE_SIZE)
      blocks.push(contextBlock([l.more(input.open.length - LIST_PAGE_SIZE)]));
  }
  if (input.recent.length > 0) {
    const lines = input.recent.slice(0, HISTORY_LINES).map((entry) => historyLine(entry, language));
    if (input.recent.length > HISTORY_LINES) lines.push(l.more(input.recent.length - HISTORY_LINES));
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: joinLinesWithin([l.customerRecent, ...lines], LIMITS.sectionText),
      },
    });
  }
  return { text: title, blocks };
}

function listItem(promise: CustomerPromise, now: Date, language: Language, handoffs = 0): types.KnownBlock {
  const l = messagesFor(language).lists;
  const a = messagesFor(language).actions;
  const customer = promise.customer === null ? '' : ` · ${escapeMrkdwnWithin(promise.customer, 100)}`;
  const due = `${slackDate(promise.dueAt, promise.timeZone, language)} (${formatRelative(promise.dueAt, now, language)})`;
  const flag = promise.status === 'broken' ? ':rotating_light: ' : '';
  const extra = handoffs > 0 ? ` · ${l.handoffs(handoffs)}` : '';
  const text = `${flag}*${escapeMrkdwnWithin(promise.what, 300)}*${customer}\n<@${promise.ownerId}> · ${due}${extra}`;
  const option = (label: string, action: string) => ({
    text: { type: 'plain_text' as const, text: label },
    value: `${action}|${promise.id}`,
  });
  const options =
    promise.status === 'broken'
      ? [
          option(a.keptLate, ACTIONS.kept),
          option(a.moreTime, ACTIONS.moreTime),
          option(a.handOver, ACTIONS.handOver),
        ]
      : [
          option(a.kept, ACTIONS.kept),
          option(a.moreTime, ACTIONS.moreTime),
          option(a.handOver, ACTIONS.handOver),
          option(a.snoozeHour, ACTIONS.snooze),
          option(a.cancel, ACTIONS.cancel),
        ];
  return {
    type: 'section',
    block_id: `list:${promise.id}`,
    text: { type: 'mrkdwn', text },
    accessory: { type: 'overflow', action_id: ACTIONS.promiseMenu, options },
  };
}

function historyLine(entry: HistoryEntry, language: Language): string {
  const l = messagesFor(language).lists;
  const { promise } = entry;
  const outcome =
    promise.status === 'kept'
      ? promise.keptOnTime
        ? l.outcome.keptOnTime
        : l.outcome.keptLate
      : promise.status === 'cancelled'
        ? l.outcome.cancelled
        : l.outcome.broken;
  const handoffs = entry.handoffs > 0 ? ` · ${l.handoffs(entry.handoffs)}` : '';
  return `• ${escapeMrkdwnWithin(promise.what, 120)} · <@${promise.ownerId}> · ${slackDate(promise.dueAt, promise.timeZone, language)} · ${outcome}${handoffs}`;
}

function pageButton(text: string, value: string): types.Button {
  return { type: 'button', action_id: ACTIONS.listPage, text: { type: 'plain_text', text }, value };
}

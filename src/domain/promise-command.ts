/**
 * The grammar of `/promise`: `/promise [@owner] [customer:] what when`, or a subcommand. Pure: it splits the
 * text; reading the deadline is the parser's job.
 */

import { slackMarkupToPlainText } from './slack-text.js';

export type PromiseCommand =
  | { kind: 'help' }
  | { kind: 'settings' }
  | { kind: 'escalate-here' }
  | { kind: 'escalate-off' }
  | { kind: 'digest-here'; time: string | undefined }
  | { kind: 'digest-off' }
  | { kind: 'stats'; scope: StatsScope; days: 30 | 90 }
  | { kind: 'list'; scope: ListScope }
  | { kind: 'customer'; name: string }
  | { kind: 'empty' }
  /** A leading "@name" Slack did not turn into a mention, so Kept cannot tell who is meant. */
  | { kind: 'unresolved-owner'; name: string }
  | { kind: 'record'; ownerId: string | null; customer: string | null; body: string };

/** Whose promises `/promise list` shows. */
export type ListScope =
  | { kind: 'mine' }
  | { kind: 'user'; userId: string }
  | { kind: 'team' }
  | { kind: 'overdue' };

/** Whose numbers `/promise stats` shows. */
export type StatsScope =
  | { kind: 'mine' }
  | { kind: 'user'; userId: string }
  | { kind: 'team' }
  | { kind: 'customer'; name: string };

const LIST = /^(?:list|lijst)(?:\s+(.+))?$/i;
const DIGEST_HERE = /^(?:digest|overzicht)\s+(?:here|hier)(?:\s+(\S+))?$/i;
const DIGEST_OFF = /^(?:digest|overzicht)\s+(?:off|uit)$/i;
const STATS = /^(?:stats|cijfers)(?:\s+(.*?))?(?:\s*\b(30|90)\s*d(?:ays|agen)?)?$/i;
const CUSTOMER = /^(?:customer|klant)\s+([^:]{1,200})$/i;

const HELP_WORDS = new Set(['help', 'hulp', '?', 'uitleg']);
/** Subcommands, matched on the whole text (case and spacing aside), in English and Dutch. */
const SUBCOMMANDS = new Map<string, PromiseCommand>([
  ['settings', { kind: 'settings' }],
  ['instellingen', { kind: 'settings' }],
  ['escalate here', { kind: 'escalate-here' }],
  ['escaleer hier', { kind: 'escalate-here' }],
  ['escalate off', { kind: 'escalate-off' }],
  ['escaleer uit', { kind: 'escalate-off' }],
]);
/** `<@U123>` or `<@U123|name>`, as Slack sends a mention with should_escape on. */
const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/;
/** A customer prefix is short and ends at a colon followed by a space; "at 15:00" and URLs do not qualify. */
const CUSTOMER_PREFIX = /^([^:\n]{1,80}?):(?=\s|$)/;

export function parsePromiseCommand(rawText: string): PromiseCommand {
  let text = rawText.trim();
  if (text === '') return { kind: 'empty' };
  const normalized = text.toLowerCase().replace(/\s+/g, ' ');
  if (HELP_WORDS.has(normalized)) return { kind: 'help' };
  const subcommand = SUBCOMMANDS.get(normalized);
  if (subcommand) return subcommand;
  const digestHere = DIGEST_HERE.exec(text);
  if (digestHere) return { kind: 'digest-here', time: digestHere[1] };
  if (DIGEST_OFF.test(text)) return { kind: 'digest-off' };
  const stats = STATS.exec(text);
  if (stats) {
    const scope = statsScope(stats[1]?.trim());
    if (scope) return { kind: 'stats', scope, days: stats[2] === '90' ? 90 : 30 };
  }
  const list = LIST.exec(text);
  if (list) {
    const scope = listScope(list[1]?.trim());
    if (scope) return { kind: 'list', scope };
  }
  const history = CUSTOMER.exec(text);
  if (history?.[1]) return { kind: 'customer', name: slackMarkupToPlainText(history[1]).trim() };

  let ownerId: string | null = null;
  const takeOwner = (): PromiseCommand | undefined => {
    const mention = MENTION.exec(text);
    if (mention?.[1]) {
      ownerId = mention[1];
      text = text.slice(mention[0].length).trim();
      return undefined;
    }
    const bare = /^@([^\s:]+)/.exec(text);
    if (bare?.[1]) return { kind: 'unresolved-owner', name: bare[1] };
    return undefined;
  };

  const ownerProblem = takeOwner();
  if (ownerProblem) return ownerProblem;

  let customer: string | null = null;
  const prefix = CUSTOMER_PREFIX.exec(text);
  if (prefix?.[1] && !/[<>]/.test(prefix[1])) {
    customer = slackMarkupToPlainText(prefix[1]).trim() || null;
    text = text.slice(prefix[0].length).trim();
    if (ownerId === null) {
      const ownerAfterCustomer = takeOwner();
      if (ownerAfterCustomer) return ownerAfterCustomer;
    }
  }

  const body = slackMarkupToPlainText(text).replace(/\s+/g, ' ').trim();
  if (body === '') return { kind: 'empty' };
  return { kind: 'record', ownerId, customer, body };
}

function listScope(rest: string | undefined): ListScope | undefined {
  if (rest === undefined || rest === '') return { kind: 'mine' };
  const mention = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(rest);
  if (mention?.[1]) return { kind: 'user', userId: mention[1] };
  const word = rest.toLowerCase();
  if (word === 'team') return { kind: 'team' };
  if (word === 'overdue' || word === 'te laat') return { kind: 'overdue' };
  if (word === 'mine' || word === 'mijn') return { kind: 'mine' };
  return undefined;
}

function statsScope(rest: string | undefined): StatsScope | undefined {
  if (rest === undefined || rest === '') return { kind: 'mine' };
  const customer = /^(?:customer|klant)\s+(.+)$/i.exec(rest);
  if (customer?.[1]) return { kind: 'customer', name: slackMarkupToPlainText(customer[1]).trim() };
  const list = listScope(rest);
  if (list?.kind === 'overdue') return undefined;
  return list;
}

import type { Clock } from '../clock.js';
import { type CustomerPromise, MAX_CUSTOMER_LENGTH, MAX_WHAT_LENGTH } from '../domain/customer-promise.js';
import type { PromiseCommand } from '../domain/promise-command.js';
import { truncate } from '../domain/slack-text.js';
import type { ParsedDeadline, TextSpan } from '../parsing/deadline-types.js';
import { parseDeadline } from '../parsing/parse-deadline.js';
import { replanPromise } from '../scheduler/plan-promise.js';
import type { Db } from '../store/database.js';
import { insertPromise } from '../store/promises.js';
import { getWorkspaceSettings } from '../store/settings.js';
import type { ResolvedUser, UserDirectory } from './user-directory.js';

/** The commands this use case answers; subcommands (settings, escalate) have their own. */
export type RecordingCommand = Extract<
  PromiseCommand,
  { kind: 'help' | 'empty' | 'unresolved-owner' | 'record' }
>;

export interface RecordFromCommandInput {
  teamId: string;
  senderId: string;
  channelId: string | null;
  /** The command text as Slack sent it (kept in the `created` event). */
  text: string;
  command: RecordingCommand;
  /** The command's trigger_id: the same request seen twice records one promise. */
  requestKey: string | null;
}

export type Refusal =
  | { reason: 'empty' }
  | { reason: 'no-deadline'; text: string }
  | { reason: 'vague'; phrase: string }
  | { reason: 'past'; phrase: string; dueAt: Date; timeZone: string }
  | { reason: 'no-what' }
  | { reason: 'unresolved-owner'; name: string }
  | { reason: 'unknown-owner'; ownerId: string }
  | { reason: 'bot-owner'; ownerId: string };

export type RecordOutcome =
  | { kind: 'help'; sender: ResolvedUser }
  | { kind: 'refused'; sender: ResolvedUser; refusal: Refusal }
  | {
      kind: 'recorded';
      sender: ResolvedUser;
      owner: ResolvedUser;
      promise: CustomerPromise;
      deadline: ParsedDeadline;
      /** False when this request had been recorded before (a retry): nothing new was written. */
      created: boolean;
    };

export interface RecordPromiseDeps {
  db: Db;
  clock: Clock;
  directory: UserDirectory;
}

/**
 * `/promise [@owner] [customer:] what when`: reads the command, resolves the owner's zone and language, reads
 * the deadline there, and records the promise with its `created` event and its reminder schedule in one
 * transaction. Refusals are values; nothing is stored for them. Slack is only read (users.info) before the
 * write, never written to here.
 */
export async function recordPromiseFromCommand(
  deps: RecordPromiseDeps,
  input: RecordFromCommandInput,
): Promise<RecordOutcome> {
  const senderLookup = await deps.directory.lookup(input.teamId, input.senderId);
  if (!senderLookup.found)
    throw new Error(`The sender ${input.senderId} is not a user of team ${input.teamId}`);
  const sender = senderLookup.user;
  const refuse = (refusal: Refusal): RecordOutcome => ({ kind: 'refused', sender, refusal });

  const { command } = input;
  switch (command.kind) {
    case 'help':
      return { kind: 'help', sender };
    case 'empty':
      return refuse({ reason: 'empty' });
    case 'unresolved-owner':
      return refuse({ reason: 'unresolved-owner', name: command.name });
  }

  let owner = sender;
  if (command.ownerId !== null && command.ownerId !== sender.userId) {
    const ownerLookup = await deps.directory.lookup(input.teamId, command.ownerId);
    if (!ownerLookup.found || ownerLookup.user.deleted) {
      return refuse({ reason: 'unknown-owner', ownerId: command.ownerId });
    }
    if (ownerLookup.user.isBot) return refuse({ reason: 'bot-owner', ownerId: command.ownerId });
    owner = ownerLookup.user;
  }

  const now = deps.clock.now();
  const settings = getWorkspaceSettings(deps.db, input.teamId);
  const timeZone = owner.timeZoneFromSlack ? owner.timeZone : (settings.defaultTimeZone ?? owner.timeZone);
  const deadline = parseDeadline(command.body, {
    now,
    timeZone,
    locale: owner.locale,
    endOfBusiness: settings.endOfBusiness,
    holidayCountry: settings.workingHours.country,
  });
  if (deadline === null) return refuse({ reason: 'no-deadline', text: command.body });
  if (!deadline.ok) {
    if (deadline.reason === 'past' && deadline.dueAt) {
      return refuse({
        reason: 'past',
        phrase: deadline.span.text,
        dueAt: deadline.dueAt,
        timeZone: owner.timeZone,
      });
    }
    return refuse({ reason: 'vague', phrase: deadline.span.text });
  }

  const what = textWithout(command.body, deadline.span);
  if (what === '') return refuse({ reason: 'no-what' });

  const record = deps.db.transaction(() => {
    const inserted = insertPromise(
      deps.db,
      {
        teamId: input.teamId,
        ownerId: owner.userId,
        createdBy: sender.userId,
        customer: command.customer === null ? null : truncate(command.customer, MAX_CUSTOMER_LENGTH),
        what: truncate(what, MAX_WHAT_LENGTH),
        dueAt: deadline.dueAt,
        deadlineText: deadline.span.text,
        timeZone,
        locale: deadline.locale,
        source: 'slash_command',
        sourcePermalink: null,
        channelId: input.channelId,
        requestKey: input.requestKey,
        eventData: {
          text: input.text,
          kind: deadline.kind,
          assumptions: deadline.assumptions,
          flags: deadline.flags,
          alternatives: deadline.alternatives.map((reading) => reading.dueAt.toISOString()),
          timeZoneFromSlack: owner.timeZoneFromSlack,
        },
      },
      now,
    );
    if (inserted.created) replanPromise(deps.db, inserted.promise, now);
    return inserted;
  });
  const result = record();
  return { kind: 'recorded', sender, owner, promise: result.promise, deadline, created: result.created };
}

/**
 * The promise text is what remains once the deadline phrase is cut out: "send the charger by Friday 3pm" →
 * "send the charger". Separators left dangling at the cut (",", "-") go too.
 */
export function textWithout(text: string, span: TextSpan): string {
  const before = text.slice(0, span.start).replace(/[\s,;–—-]+$/u, '');
  const after = text.slice(span.end).replace(/^[\s,;.!–—-]+/u, '');
  return [before, after]
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

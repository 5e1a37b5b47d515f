import type { Clock } from '../clock.js';
import { leadBand } from '../domain/coaching.js';
import { type CustomerPromise, MAX_CUSTOMER_LENGTH, MAX_WHAT_LENGTH } from '../domain/customer-promise.js';
import type { PromiseCommand } from '../domain/promise-command.js';
import { truncate } from '../domain/slack-text.js';
import type { WorkspaceSettings } from '../domain/workspace-settings.js';
import type { DeadlineParseResult, ParsedDeadline, TextSpan } from '../parsing/deadline-types.js';
import { parseDeadline } from '../parsing/parse-deadline.js';
import { planNewPromise } from '../scheduler/plan-promise.js';
import { type Db, transact } from '../store/database.js';
import { insertPromiseRows, type NewPromise, updatePromise } from '../store/promises.js';
import { getWorkspaceSettings } from '../store/settings.js';
import { type Coaching, coachPromise } from './coaching.js';
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

/** What was understood of a command that could not be recorded, to prefill the full form with. */
export interface PromiseDraft {
  ownerId: string;
  customer: string | null;
  what: string;
  deadlineText: string;
}

export type RecordOutcome =
  | { kind: 'help'; sender: ResolvedUser }
  | { kind: 'refused'; sender: ResolvedUser; refusal: Refusal; draft?: PromiseDraft }
  | {
      kind: 'recorded';
      sender: ResolvedUser;
      owner: ResolvedUser;
      promise: CustomerPromise;
      deadline: ParsedDeadline;
      /** False when this request had been recorded before (a retry): nothing new was written. */
      created: boolean;
      coaching: Coaching;
      /** When the first reminder or notice planned for it is due; undefined when nothing new was planned. */
      firstNoticeAt: Date | undefined;
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
  const refuse = (refusal: Refusal, draft?: PromiseDraft): RecordOutcome =>
    draft ? { kind: 'refused', sender, refusal, draft } : { kind: 'refused', sender, refusal };

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

  // From here on everything is synchronous: the settings, the deadline, the coaching and the write share one
  // transaction, so the advice is given from the same state the promise is written into.
  return transact(
    deps.db,
    (): RecordOutcome => {
      const now = deps.clock.now();
      const settings = getWorkspaceSettings(deps.db, input.teamId);
      const { timeZone, deadline } = readDeadlineWith(settings, owner, command.body, now);
      const draft = (what: string, deadlineText: string): PromiseDraft => ({
        ownerId: owner.userId,
        customer: command.customer,
        what,
        deadlineText,
      });
      if (deadline === null) {
        return refuse({ reason: 'no-deadline', text: command.body }, draft(command.body, ''));
      }
      const rest = textWithout(command.body, deadline.span);
      if (!deadline.ok) {
        const refusal: Refusal =
          deadline.reason === 'past' && deadline.dueAt
            ? { reason: 'past', phrase: deadline.span.text, dueAt: deadline.dueAt, timeZone }
            : { reason: 'vague', phrase: deadline.span.text };
        return refuse(refusal, draft(rest, ''));
      }

      const what = rest;
      if (what === '') return refuse({ reason: 'no-what' }, draft('', deadline.span.text));

      const result = coachAndStore(
        deps,
        settings,
        {
          teamId: input.teamId,
          ownerId: owner.userId,
          createdBy: sender.userId,
          customer: command.customer,
          what,
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
      return {
        kind: 'recorded',
        sender,
        owner,
        promise: result.promise,
        deadline,
        created: result.created,
        coaching: result.coaching,
        firstNoticeAt: result.firstNoticeAt,
      };
    },
    'immediate',
  );
}

export interface FormInput {
  teamId: string;
  creatorId: string;
  ownerId: string;
  customer: string;
  what: string;
  /** The deadline as typed; wins over the picker when both are given. */
  deadlineText: string;
  pickedAt: Date | undefined;
  note: string;
  source: 'slash_command' | 'message_shortcut' | 'modal';
  sourcePermalink: string | null;
  channelId: string | null;
  requestKey: string;
}

export type FormProblem =
  | { field: 'what'; problem: 'missing' }
  | { field: 'owner'; problem: 'bot' | 'unknown' }
  | { field: 'deadline'; problem: 'missing' | 'unreadable' | 'vague' | 'past' };

export type FormOutcome =
  | {
      ok: true;
      promise: CustomerPromise;
      creator: ResolvedUser;
      owner: ResolvedUser;
      deadline: ParsedDeadline | undefined;
      created: boolean;
      coaching: Coaching;
      firstNoticeAt: Date | undefined;
    }
  | ({ ok: false } & FormProblem);

/** The full promise form (modal, "Track as promise"): each problem is named by its field, for inline errors. */
export async function recordPromiseFromForm(deps: RecordPromiseDeps, input: FormInput): Promise<FormOutcome> {
  const what = input.what.replace(/\s+/g, ' ').trim();
  if (what === '') return { ok: false, field: 'what', problem: 'missing' };
  const creatorLookup = await deps.directory.lookup(input.teamId, input.creatorId);
  const ownerLookup =
    input.ownerId === input.creatorId
      ? creatorLookup
      : await deps.directory.lookup(input.teamId, input.ownerId);
  if (!creatorLookup.found || !ownerLookup.found || ownerLookup.user.deleted) {
    return { ok: false, field: 'owner', problem: 'unknown' };
  }
  if (ownerLookup.user.isBot) return { ok: false, field: 'owner', problem: 'bot' };
  const owner = ownerLookup.user;
  return transact(deps.db, () => recordFormWith(deps, input, creatorLookup.user, owner, what), 'immediate');
}

/** The synchronous rest of `recordPromiseFromForm`, run in one transaction (see recordPromiseFromCommand). */
function recordFormWith(
  deps: RecordPromiseDeps,
  input: FormInput,
  creator: ResolvedUser,
  owner: ResolvedUser,
  what: string,
): FormOutcome {
  const now = deps.clock.now();
  const settings = getWorkspaceSettings(deps.db, input.teamId);
  let dueAt = input.pickedAt;
  let deadline: ParsedDeadline | undefined;
  let deadlineText = dueAt ? dueAt.toISOString() : '';
  let timeZone = owner.timeZone;
  if (input.deadlineText.trim() !== '') {
    const read = readDeadlineWith(settings, owner, input.deadlineText, now);
    timeZone = read.timeZone;
    if (read.deadline === null) return { ok: false, field: 'deadline', problem: 'unreadable' };
    if (!read.deadline.ok) {
      return { ok: false, field: 'deadline', problem: read.deadline.reason === 'past' ? 'past' : 'vague' };
    }
    deadline = read.deadline;
    dueAt = deadline.dueAt;
    deadlineText = input.deadlineText.trim();
  }
  if (!dueAt) return { ok: false, field: 'deadline', problem: 'missing' };
  if (dueAt.getTime() <= now.getTime()) return { ok: false, field: 'deadline', problem: 'past' };

  const result = coachAndStore(
    deps,
    settings,
    {
      teamId: input.teamId,
      ownerId: owner.userId,
      createdBy: input.creatorId,
      customer: input.customer.trim() === '' ? null : input.customer.trim(),
      what,
      dueAt,
      deadlineText,
      timeZone,
      locale: deadline?.locale ?? owner.locale.slice(0, 2),
      source: input.source,
      sourcePermalink: input.sourcePermalink,
      channelId: input.channelId,
      requestKey: input.requestKey,
      eventData: {
        note: input.note,
        kind: deadline?.kind ?? 'picked',
        assumptions: deadline?.assumptions ?? [],
        flags: deadline?.flags ?? [],
        alternatives: (deadline?.alternatives ?? []).map((reading) => reading.dueAt.toISOString()),
        timeZoneFromSlack: owner.timeZoneFromSlack,
      },
    },
    now,
  );
  return {
    ok: true,
    promise: result.promise,
    creator,
    owner,
    deadline,
    created: result.created,
    coaching: result.coaching,
    firstNoticeAt: result.firstNoticeAt,
  };
}

/** Keeps the link to the message a promise was tracked from (fetched after Slack was answered). */
export function setSourcePermalink(
  deps: Pick<RecordPromiseDeps, 'db' | 'clock'>,
  teamId: string,
  id: number,
  url: string,
): void {
  updatePromise(deps.db, teamId, id, { sourcePermalink: url }, deps.clock.now());
}

/**
 * Reads a deadline the way it is meant for this owner: in their zone (or the workspace's default zone when Slack
 * gave none) and language, with the workspace's end of business and holiday country.
 */
export function readDeadlineFor(
  deps: Pick<RecordPromiseDeps, 'db'>,
  teamId: string,
  owner: ResolvedUser,
  text: string,
  now: Date,
): { timeZone: string; deadline: DeadlineParseResult | null } {
  return readDeadlineWith(getWorkspaceSettings(deps.db, teamId), owner, text, now);
}

function readDeadlineWith(
  settings: WorkspaceSettings,
  owner: ResolvedUser,
  text: string,
  now: Date,
): { timeZone: string; deadline: DeadlineParseResult | null } {
  const timeZone = owner.timeZoneFromSlack ? owner.timeZone : (settings.defaultTimeZone ?? owner.timeZone);
  return { timeZone, deadline: parseDeadlineWith(settings, { timeZone, locale: owner.locale }, text, now) };
}

/** `parseDeadline` with the workspace's end of business and holiday country. */
export function parseDeadlineIn(
  deps: Pick<RecordPromiseDeps, 'db'>,
  teamId: string,
  where: { timeZone: string; locale: string },
  text: string,
  now: Date,
): DeadlineParseResult | null {
  return parseDeadlineWith(getWorkspaceSettings(deps.db, teamId), where, text, now);
}

function parseDeadlineWith(
  settings: WorkspaceSettings,
  where: { timeZone: string; locale: string },
  text: string,
  now: Date,
): DeadlineParseResult | null {
  return parseDeadline(text, {
    now,
    timeZone: where.timeZone,
    locale: where.locale,
    endOfBusiness: settings.endOfBusiness,
    holidayCountry: settings.workingHours.country,
  });
}

/**
 * The realism and load checks for a promise about to be written, then the write: the promise, its `created` event
 * (with the advice given) and its reminder schedule, inside the caller's transaction, texts cut to what Kept
 * stores. A request recorded before (same request key) writes nothing and returns the earlier promise, without
 * advice.
 */
function coachAndStore(
  deps: Pick<RecordPromiseDeps, 'db' | 'clock'>,
  settings: WorkspaceSettings,
  input: Omit<NewPromise, 'leadBand'>,
  now: Date,
): { promise: CustomerPromise; created: boolean; coaching: Coaching; firstNoticeAt: Date | undefined } {
  const { teamId, ownerId, dueAt, timeZone } = input;
  const band = leadBand(now, dueAt, timeZone, settings.workingHours);
  const coaching = coachPromise(deps, { teamId, ownerId, dueAt, timeZone, now, band }, settings);
  // Object.assign rather than `{ ...input, leadBand }`: on Node 20 an object made by spreading and then given
  // new properties outlives V8's young-generation collections (measured), and per command that adds up to
  // longer collection pauses.
  const row: NewPromise = Object.assign({}, input, {
    leadBand: band,
    customer: input.customer === null ? null : truncate(input.customer, MAX_CUSTOMER_LENGTH),
    what: truncate(input.what, MAX_WHAT_LENGTH),
    eventData: Object.assign({}, input.eventData, coachingData(coaching)),
  });
  const { promise, created } = insertPromiseRows(deps.db, row, now);
  if (!created) return { promise, created, coaching: {}, firstNoticeAt: undefined };
  // A new promise's owner zone is the one its deadline was just read in.
  const notices = planNewPromise(deps.db, promise, now, { settings, ownerZone: timeZone });
  const first = Math.min(...notices.map((notice) => notice.runAt.getTime()));
  return { promise, created, coaching, firstNoticeAt: Number.isFinite(first) ? new Date(first) : undefined };
}

/** What the `created` event keeps of the coaching shown, so stats can tell how often advice was taken. */
function coachingData(coaching: Coaching): Record<string, unknown> {
  const { advice, load } = coaching;
  if (!advice && !load) return {};
  const data: Record<string, unknown> = {};
  if (advice) {
    data.basis = advice.basis;
    data.band = advice.band;
    data.kept = advice.kept;
    data.of = advice.of;
    data.suggestedDueAt = advice.suggestion?.dueAt.toISOString() ?? null;
  }
  if (load) data.loadCount = load.count;
  return { coaching: data };
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

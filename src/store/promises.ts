import type {
  CustomerPromise,
  PromiseEvent,
  PromiseEventType,
  PromiseSource,
  PromiseStatus,
} from '../domain/customer-promise.js';
import { type Db, statement, transact } from './database.js';

export interface NewPromise {
  teamId: string;
  ownerId: string;
  createdBy: string;
  customer: string | null;
  what: string;
  dueAt: Date;
  deadlineText: string;
  timeZone: string;
  locale: string;
  source: PromiseSource;
  sourcePermalink: string | null;
  channelId: string | null;
  /** The Slack request that asked for it (trigger_id): a retry of that request finds this promise again. */
  requestKey: string | null;
  /** Facts for the `created` event (assumptions made, flags, the full command text). */
  eventData: Record<string, unknown>;
  /** The lead-time band at commitment (see domain/coaching.ts). */
  leadBand?: string | null;
}

export interface PromiseRow {
  id: number;
  team_id: string;
  owner_id: string;
  created_by: string;
  customer: string | null;
  what: string;
  due_at: number;
  deadline_text: string;
  time_zone: string;
  locale: string;
  source: PromiseSource;
  source_permalink: string | null;
  channel_id: string | null;
  status: PromiseStatus;
  kept_on_time: 0 | 1 | null;
  closed_at: number | null;
  created_at: number;
  updated_at: number;
  plan_version: number;
  committed_at: number | null;
  on_track_at: number | null;
  last_reminded_at: number | null;
  handover_to: string | null;
  handover_requested_by: string | null;
  handover_requested_at: number | null;
  recovery_due_at: number | null;
  lead_band: string | null;
}

interface EventRow {
  id: number;
  promise_id: number;
  team_id: string;
  type: PromiseEventType;
  actor_id: string | null;
  data: string;
  at: number;
}

/**
 * The plan version a promise is inserted with: its first schedule (`planNewPromise`) is written under it in the
 * same transaction, and each re-plan counts up from there.
 */
export const FIRST_PLAN_VERSION = 1;

export type InsertPromiseResult =
  | { created: true; promise: CustomerPromise }
  | { created: false; promise: CustomerPromise };

/**
 * Records a promise and its `created` event in one transaction. When the same request was recorded before (a
 * Slack retry), nothing is written and the earlier promise is returned.
 */
export function insertPromise(db: Db, input: NewPromise, now: Date): InsertPromiseResult {
  return transact(db, () => insertPromiseRows(db, input, now));
}

/**
 * `insertPromise` for a caller that already holds a transaction. Nesting `transact` would open a savepoint, and
 * SQLite then copies every page the insert touches into a statement journal in case of a partial rollback.
 */
export function insertPromiseRows(db: Db, input: NewPromise, now: Date): InsertPromiseResult {
  if (!db.inTransaction) throw new Error('insertPromiseRows needs an open transaction');
  if (input.requestKey !== null) {
    const existing = statement<[string, string], PromiseRow>(
      db,
      'SELECT * FROM promises WHERE team_id = ? AND request_key = ?',
    ).get(input.teamId, input.requestKey);
    if (existing) return { created: false, promise: toPromise(existing) };
  }
  const at = now.getTime();
  const { lastInsertRowid } = statement<unknown[]>(
    db,
    `INSERT INTO promises (team_id, owner_id, created_by, customer, what, due_at, deadline_text, time_zone,
         locale, source, source_permalink, channel_id, request_key, created_at, updated_at, committed_at,
         lead_band, plan_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${FIRST_PLAN_VERSION})`,
  ).run(
    input.teamId,
    input.ownerId,
    input.createdBy,
    input.customer,
    input.what,
    input.dueAt.getTime(),
    input.deadlineText,
    input.timeZone,
    input.locale,
    input.source,
    input.sourcePermalink,
    input.channelId,
    input.requestKey,
    at,
    at,
    at,
    input.leadBand ?? null,
  );
  // Built from what was just written rather than read back: reading the row of 28 columns into an object cost
  // 14–25 µs per promise (`RETURNING *` about 40 µs more). The store tests hold it equal to `getPromise`.
  const promise = newPromiseAsStored(input, Number(lastInsertRowid), at);
  appendEvent(db, {
    promiseId: promise.id,
    teamId: promise.teamId,
    type: 'created',
    actorId: input.createdBy,
    data: input.eventData,
    at: now,
  });
  return { created: true, promise };
}

/**
 * The promise `insertPromiseRows` has just written, as `toPromise` would read it back: the columns the insert
 * sets, and the table's defaults for the rest.
 */
function newPromiseAsStored(input: NewPromise, id: number, at: number): CustomerPromise {
  return {
    id,
    teamId: input.teamId,
    ownerId: input.ownerId,
    createdBy: input.createdBy,
    customer: input.customer,
    what: input.what,
    dueAt: new Date(input.dueAt.getTime()),
    deadlineText: input.deadlineText,
    timeZone: input.timeZone,
    locale: input.locale,
    source: input.source,
    sourcePermalink: input.sourcePermalink,
    channelId: input.channelId,
    status: 'open',
    keptOnTime: null,
    closedAt: null,
    createdAt: new Date(at),
    updatedAt: new Date(at),
    planVersion: FIRST_PLAN_VERSION,
    committedAt: new Date(at),
    onTrackAt: null,
    lastRemindedAt: null,
    handoverTo: null,
    handoverRequestedBy: null,
    handoverRequestedAt: null,
    recoveryDueAt: null,
    leadBand: input.leadBand ?? null,
  };
}

export function getPromise(db: Db, teamId: string, id: number): CustomerPromise | undefined {
  const row = statement<[string, number], PromiseRow>(
    db,
    'SELECT * FROM promises WHERE team_id = ? AND id = ?',
  ).get(teamId, id);
  return row ? toPromise(row) : undefined;
}

/** A team's open promises, soonest deadline first. */
export function listOpenPromises(db: Db, teamId: string): CustomerPromise[] {
  return statement<[string], PromiseRow>(
    db,
    "SELECT * FROM promises WHERE team_id = ? AND status = 'open' ORDER BY due_at",
  )
    .all(teamId)
    .map(toPromise);
}

/** Columns a use case may change on a promise, by their domain names. */
export interface PromiseChanges {
  status?: CustomerPromise['status'];
  keptOnTime?: boolean | null;
  closedAt?: Date | null;
  ownerId?: string;
  dueAt?: Date;
  deadlineText?: string;
  committedAt?: Date;
  onTrackAt?: Date | null;
  handoverTo?: string | null;
  handoverRequestedBy?: string | null;
  handoverRequestedAt?: Date | null;
  recoveryDueAt?: Date | null;
  leadBand?: string | null;
  sourcePermalink?: string | null;
}

const CHANGE_COLUMNS: Record<keyof PromiseChanges, string> = {
  status: 'status',
  keptOnTime: 'kept_on_time',
  closedAt: 'closed_at',
  ownerId: 'owner_id',
  dueAt: 'due_at',
  deadlineText: 'deadline_text',
  committedAt: 'committed_at',
  onTrackAt: 'on_track_at',
  handoverTo: 'handover_to',
  handoverRequestedBy: 'handover_requested_by',
  handoverRequestedAt: 'handover_requested_at',
  recoveryDueAt: 'recovery_due_at',
  leadBand: 'lead_band',
  sourcePermalink: 'source_permalink',
};

/** Applies changes to a promise and returns it as stored. Call inside the transaction that records the event. */
export function updatePromise(
  db: Db,
  teamId: string,
  id: number,
  changes: PromiseChanges,
  now: Date,
): CustomerPromise {
  const sets: string[] = ['updated_at = @updatedAt'];
  const values: Record<string, unknown> = { updatedAt: now.getTime(), teamId, id };
  for (const [key, value] of Object.entries(changes) as Array<[keyof PromiseChanges, unknown]>) {
    if (value === undefined) continue;
    sets.push(`${CHANGE_COLUMNS[key]} = @${key}`);
    values[key] =
      value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;
  }
  const row = statement<Record<string, unknown>, PromiseRow>(
    db,
    `UPDATE promises SET ${sets.join(', ')} WHERE team_id = @teamId AND id = @id RETURNING *`,
  ).get(values);
  if (!row) throw new Error(`Promise ${id} not found in team ${teamId}`);
  return toPromise(row);
}

/** The latest event of one of the given types, e.g. who closed a promise and when. */
export function lastEventOf(
  db: Db,
  teamId: string,
  promiseId: number,
  types: readonly string[],
): PromiseEvent | undefined {
  const placeholders = types.map(() => '?').join(', ');
  const row = statement<unknown[], EventRow>(
    db,
    `SELECT * FROM promise_events WHERE team_id = ? AND promise_id = ? AND type IN (${placeholders})
       ORDER BY id DESC LIMIT 1`,
  ).get(teamId, promiseId, ...types);
  return row ? toEvent(row) : undefined;
}

export interface NewPromiseEvent {
  promiseId: number;
  teamId: string;
  type: PromiseEventType;
  actorId: string | null;
  data: Record<string, unknown>;
  at: Date;
}

/** Appends to a promise's trail. Call inside the transaction that changes the promise. */
export function appendEvent(db: Db, event: NewPromiseEvent): void {
  statement(
    db,
    'INSERT INTO promise_events (promise_id, team_id, type, actor_id, data, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    event.promiseId,
    event.teamId,
    event.type,
    event.actorId,
    JSON.stringify(event.data),
    event.at.getTime(),
  );
}

export function listPromiseEvents(db: Db, teamId: string, promiseId: number): PromiseEvent[] {
  return statement<[string, number], EventRow>(
    db,
    'SELECT * FROM promise_events WHERE team_id = ? AND promise_id = ? ORDER BY id',
  )
    .all(teamId, promiseId)
    .map(toEvent);
}

function toEvent(row: EventRow): PromiseEvent {
  return {
    id: row.id,
    promiseId: row.promise_id,
    teamId: row.team_id,
    type: row.type,
    actorId: row.actor_id,
    data: JSON.parse(row.data) as Record<string, unknown>,
    at: new Date(row.at),
  };
}

export function toPromise(row: PromiseRow): CustomerPromise {
  return {
    id: row.id,
    teamId: row.team_id,
    ownerId: row.owner_id,
    createdBy: row.created_by,
    customer: row.customer,
    what: row.what,
    dueAt: new Date(row.due_at),
    deadlineText: row.deadline_text,
    timeZone: row.time_zone,
    locale: row.locale,
    source: row.source,
    sourcePermalink: row.source_permalink,
    channelId: row.channel_id,
    status: row.status,
    keptOnTime: row.kept_on_time === null ? null : row.kept_on_time === 1,
    closedAt: optionalDate(row.closed_at),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    planVersion: row.plan_version,
    committedAt: new Date(row.committed_at ?? row.created_at),
    onTrackAt: optionalDate(row.on_track_at),
    lastRemindedAt: optionalDate(row.last_reminded_at),
    handoverTo: row.handover_to,
    handoverRequestedBy: row.handover_requested_by,
    handoverRequestedAt: optionalDate(row.handover_requested_at),
    recoveryDueAt: optionalDate(row.recovery_due_at),
    leadBand: row.lead_band,
  };
}

function optionalDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

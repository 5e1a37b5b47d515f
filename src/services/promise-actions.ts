import type { Clock } from '../clock.js';
import { type RecoveryChoice, recoveryDeadline } from '../domain/coaching.js';
import type {
  CustomerPromise,
  PromiseEvent,
  PromiseEventType,
  PromiseStatus,
} from '../domain/customer-promise.js';
import { isClosed, mayAct, type SnoozeChoice, snoozeUntil } from '../domain/promise-rules.js';
import { insertSnooze, replanPromise } from '../scheduler/plan-promise.js';
import { type Db, transact } from '../store/database.js';
import { interactionSeen, recordInteraction } from '../store/interaction-receipts.js';
import { handoffCount } from '../store/promise-queries.js';
import {
  appendEvent,
  getPromise,
  lastEventOf,
  listPromiseEvents,
  type PromiseChanges,
  updatePromise,
} from '../store/promises.js';
import { getLead, getWorkspaceSettings } from '../store/settings.js';
import { getCachedSlackUser } from '../store/slack-users.js';
import { bouncingCustomers } from '../store/stats.js';
import { bandOf } from './coaching.js';
import { parseDeadlineIn } from './record-promise.js';

/**
 * Everything one can do to a promise after recording it: kept, more time, hand over (request, accept, decline),
 * take over, snooze, cancel, on track. Each runs in one transaction: check who acts and the promise's state,
 * change it, append the event, re-plan the reminders. Refusals are values the Slack layer turns into a private
 * reply; nothing changes for them. Slack is never called from here.
 */

export interface ActionDeps {
  db: Db;
  clock: Clock;
}

export interface ActionRef {
  teamId: string;
  promiseId: number;
  actorId: string;
  /** Identifies the Slack interaction (its trigger_id): the same payload handled twice acts once. */
  receipt?: string;
}

export type ActionRefusal =
  | { reason: 'not-found' }
  | { reason: 'not-allowed'; ownerId: string }
  | { reason: 'closed'; status: PromiseStatus; at: Date; by: string | null }
  | { reason: 'not-open'; status: PromiseStatus }
  | { reason: 'duplicate' }
  | { reason: 'not-handover-target' }
  | { reason: 'no-handover' }
  | { reason: 'already-owner' }
  | { reason: 'same-owner' }
  | { reason: 'too-close' }
  | { reason: 'not-later'; dueAt: Date }
  | { reason: 'in-past' }
  | { reason: 'customer-not-told' };

export type ActionResult<T = unknown> =
  | ({ ok: true; promise: CustomerPromise; previous: CustomerPromise } & T)
  | ({ ok: false; promise?: CustomerPromise } & ActionRefusal);

type Access = 'owner' | 'anyone' | 'handover-target';

type StepOutcome<T> = { changes: PromiseChanges; event?: EventSpec; extra?: T } | ActionRefusal;

interface Step<T> {
  access: Access;
  /** States the action applies to; anything else is refused. */
  states: readonly PromiseStatus[];
  run: (promise: CustomerPromise, now: Date) => StepOutcome<T>;
  /** Re-plan the reminders after the change (default true). */
  replan?: boolean;
}

interface EventSpec {
  type: PromiseEventType;
  data: Record<string, unknown>;
}

export type Precheck =
  | { ok: true; promise: CustomerPromise }
  | ({ ok: false; promise?: CustomerPromise } & ActionRefusal);

/** What an action on a promise would be refused for, before anything is asked (e.g. before opening a modal). */
export function precheckAction(
  deps: ActionDeps,
  ref: ActionRef,
  rule: { access: Access; states: readonly PromiseStatus[] },
): Precheck {
  const { db } = deps;
  const promise = getPromise(db, ref.teamId, ref.promiseId);
  if (!promise) return { ok: false, reason: 'not-found' };
  if (rule.access === 'owner' && !mayAct(promise, ref.actorId)) {
    return { ok: false, promise, reason: 'not-allowed', ownerId: promise.ownerId };
  }
  if (rule.access === 'handover-target') {
    if (promise.handoverTo === null) return { ok: false, promise, reason: 'no-handover' };
    if (promise.handoverTo !== ref.actorId) return { ok: false, promise, reason: 'not-handover-target' };
  }
  if (!rule.states.includes(promise.status)) {
    if (isClosed(promise)) {
      const closing = lastEventOf(db, ref.teamId, promise.id, ['kept', 'cancelled']);
      return {
        ok: false,
        promise,
        reason: 'closed',
        status: promise.status,
        at: closing?.at ?? promise.closedAt ?? promise.updatedAt,
        by: closing?.actorId ?? null,
      };
    }
    return { ok: false, promise, reason: 'not-open', status: promise.status };
  }
  return { ok: true, promise };
}

/** The rules of the actions that open a modal first, for `precheckAction`. */
export const ACTION_RULES = {
  moreTime: { access: 'owner', states: ['open', 'broken'] },
  handOver: { access: 'owner', states: ['open', 'broken'] },
  // A broken promise cannot be cancelled away: it stays a breach in the keep rate. It can be kept late.
  cancel: { access: 'owner', states: ['open'] },
  decline: { access: 'handover-target', states: ['open', 'broken'] },
} as const satisfies Record<string, { access: Access; states: readonly PromiseStatus[] }>;

/** The shared frame of every action: load, authorize, check state, change, record, re-plan. */
function act<T>(deps: ActionDeps, ref: ActionRef, step: Step<T>): ActionResult<T> {
  const { db } = deps;
  const now = deps.clock.now();
  return transact(db, (): ActionResult<T> => {
    const check = precheckAction(deps, ref, step);
    if (!check.ok) return check;
    const { promise } = check;
    if (ref.receipt !== undefined && interactionSeen(db, ref.teamId, ref.receipt)) {
      return { ok: false, promise, reason: 'duplicate' };
    }
    const outcome = step.run(promise, now);
    if ('reason' in outcome) return { ok: false, promise, ...outcome };
    if (ref.receipt !== undefined) recordInteraction(db, ref.teamId, ref.receipt, now);
    const updated = updatePromise(db, ref.teamId, promise.id, outcome.changes, now);
    if (outcome.event) {
      appendEvent(db, {
        promiseId: promise.id,
        teamId: ref.teamId,
        type: outcome.event.type,
        actorId: ref.actorId,
        data: outcome.event.data,
        at: now,
      });
    }
    if (step.replan !== false) replanPromise(db, updated, now);
    const fresh = getPromise(db, ref.teamId, promise.id) ?? updated;
    return { ok: true, promise: fresh, previous: promise, ...(outcome.extra as T) };
  });
}

const LIVE: readonly PromiseStatus[] = ['open', 'broken'];

/** Kept: on time before the deadline; after it (or once broken) "kept late", still a breach in the keep rate. */
export function markKept(deps: ActionDeps, ref: ActionRef): ActionResult<{ onTime: boolean }> {
  return act(deps, ref, {
    access: 'owner',
    states: LIVE,
    run: (promise, now) => {
      const onTime = promise.status === 'open' && now.getTime() <= promise.dueAt.getTime();
      return {
        changes: { status: 'kept', keptOnTime: onTime, closedAt: now, handoverTo: null },
        event: {
          type: 'kept',
          data: {
            onTime,
            lateByMs: onTime ? 0 : now.getTime() - promise.dueAt.getTime(),
            // A broken promise delivered late: how long the customer waited past the deadline.
            ...(promise.status === 'broken' ? { recoveryMs: now.getTime() - promise.dueAt.getTime() } : {}),
          },
        },
        extra: { onTime },
      };
    },
  });
}

export interface ExtendInput {
  newDueAt: Date;
  deadlineText: string;
  customerInformed: boolean;
  reason: string;
}

export interface BouncingFlag {
  leadId: string;
  handoffs: number;
  /** The customer, when their promises changed hands twice or more in 30 days. */
  customer?: { name: string; people: number };
}

/**
 * No bouncing: after a promise changed hands, whether its (new) owner's lead should hear that it, or its
 * customer's promises, have now been passed around twice or more.
 */
export function bouncingFlag(deps: ActionDeps, promise: CustomerPromise): BouncingFlag | undefined {
  const handoffs = handoffCount(deps.db, promise.teamId, promise.id);
  const since = new Date(deps.clock.now().getTime() - 30 * 86_400_000);
  const customer =
    promise.customer === null
      ? undefined
      : bouncingCustomers(deps.db, promise.teamId, since, 2, 50).find(
          (c) => c.customer.toLowerCase() === promise.customer?.toLowerCase(),
        );
  if (handoffs < 2 && !customer) return undefined;
  const leadId = getLead(deps.db, promise.teamId, promise.ownerId);
  if (leadId === null || leadId === promise.ownerId) return undefined;
  return {
    leadId,
    handoffs,
    ...(customer ? { customer: { name: customer.customer, people: customer.people } } : {}),
  };
}

export type NewDeadline =
  | { ok: true; dueAt: Date; text: string }
  | { ok: false; problem: 'missing' | 'unreadable' | 'vague' | 'past' | 'not-found' };

/**
 * The new deadline given in "Need more time": typed text (read in the owner's zone and language) wins over the
 * date-time picker.
 */
export function readNewDeadline(
  deps: ActionDeps,
  ref: Pick<ActionRef, 'teamId' | 'promiseId'>,
  typed: string,
  picked: Date | undefined,
): NewDeadline {
  const promise = getPromise(deps.db, ref.teamId, ref.promiseId);
  if (!promise) return { ok: false, problem: 'not-found' };
  if (typed === '')
    return picked
      ? { ok: true, dueAt: picked, text: picked.toISOString() }
      : { ok: false, problem: 'missing' };
  const owner = getCachedSlackUser(deps.db, ref.teamId, promise.ownerId);
  const where = { timeZone: owner?.timeZone ?? promise.timeZone, locale: owner?.locale ?? promise.locale };
  const parsed = parseDeadlineIn(deps, ref.teamId, where, typed, deps.clock.now());
  if (parsed === null) return { ok: false, problem: 'unreadable' };
  if (!parsed.ok) return { ok: false, problem: parsed.reason === 'past' ? 'past' : 'vague' };
  return { ok: true, dueAt: parsed.dueAt, text: typed };
}

/**
 * Need more time. Before the deadline, with the customer told, the deadline moves: an honest renegotiation.
 * Without the customer told, it is refused: tell them first. After the deadline the promise stays broken and the
 * new date is its recovery date.
 */
export function extendPromise(
  deps: ActionDeps,
  ref: ActionRef,
  input: ExtendInput,
): ActionResult<{ renegotiated: boolean }> {
  return act(deps, ref, {
    access: 'owner',
    states: LIVE,
    run: (promise, now): StepOutcome<{ renegotiated: boolean }> => {
      if (input.newDueAt.getTime() <= now.getTime()) return { reason: 'in-past' };
      const data = {
        oldDueAt: promise.dueAt.toISOString(),
        newDueAt: input.newDueAt.toISOString(),
        customerInformed: input.customerInformed,
        reason: input.reason,
      };
      if (promise.status === 'broken') {
        return {
          changes: { recoveryDueAt: input.newDueAt },
          event: { type: 'extended', data: { ...data, afterDeadline: true } },
          extra: { renegotiated: false },
        };
      }
      if (promise.dueAt.getTime() <= now.getTime()) {
        // Past the deadline before the scheduler marked it: it is broken all the same, never "renegotiated".
        return {
          changes: { status: 'broken', recoveryDueAt: input.newDueAt },
          event: { type: 'extended', data: { ...data, afterDeadline: true, markedBroken: true } },
          extra: { renegotiated: false },
        };
      }
      if (input.newDueAt.getTime() <= promise.dueAt.getTime())
        return { reason: 'not-later', dueAt: promise.dueAt };
      if (!input.customerInformed) return { reason: 'customer-not-told' };
      return {
        changes: {
          dueAt: input.newDueAt,
          deadlineText: input.deadlineText,
          committedAt: now,
          onTrackAt: null,
          leadBand: bandOf(deps.db, promise.teamId, promise.timeZone, now, input.newDueAt),
        },
        event: { type: 'extended', data: { ...data, afterDeadline: false, renegotiated: true } },
        extra: { renegotiated: true },
      };
    },
  });
}

/** Hand over: the new owner must accept; until then the current owner keeps the promise and its reminders. */
export function requestHandover(
  deps: ActionDeps,
  ref: ActionRef,
  input: { toUserId: string; note: string },
): ActionResult {
  return act(deps, ref, {
    access: 'owner',
    states: LIVE,
    replan: false,
    run: (promise, now): StepOutcome<unknown> => {
      if (input.toUserId === promise.ownerId) return { reason: 'same-owner' };
      return {
        changes: { handoverTo: input.toUserId, handoverRequestedBy: ref.actorId, handoverRequestedAt: now },
        event: {
          type: 'reassigned',
          data: { from: promise.ownerId, to: input.toUserId, status: 'requested', note: input.note },
        },
      };
    },
  });
}

export function acceptHandover(deps: ActionDeps, ref: ActionRef): ActionResult {
  return act(deps, ref, {
    access: 'handover-target',
    states: LIVE,
    run: (promise) => ({
      changes: { ownerId: ref.actorId, ...clearedHandover },
      event: {
        type: 'reassigned',
        data: {
          from: promise.ownerId,
          to: ref.actorId,
          status: 'accepted',
          requestedBy: promise.handoverRequestedBy,
        },
      },
    }),
  });
}

export function declineHandover(deps: ActionDeps, ref: ActionRef, input: { reason: string }): ActionResult {
  return act(deps, ref, {
    access: 'handover-target',
    states: LIVE,
    replan: false,
    run: (promise) => ({
      changes: clearedHandover,
      event: {
        type: 'reassigned',
        data: { from: promise.ownerId, to: ref.actorId, status: 'declined', reason: input.reason },
      },
    }),
  });
}

/** "Take over" on an escalation: whoever clicks owns the promise at once. */
export function takeOver(deps: ActionDeps, ref: ActionRef): ActionResult {
  return act(deps, ref, {
    access: 'anyone',
    states: LIVE,
    run: (promise): StepOutcome<unknown> => {
      if (promise.ownerId === ref.actorId) return { reason: 'already-owner' };
      return {
        changes: { ownerId: ref.actorId, onTrackAt: null, ...clearedHandover },
        event: { type: 'reassigned', data: { from: promise.ownerId, to: ref.actorId, status: 'taken_over' } },
      };
    },
  });
}

/** Snooze a reminder: it comes back in an hour or the next working morning, never past the deadline. */
export function snoozeReminder(
  deps: ActionDeps,
  ref: ActionRef,
  choice: SnoozeChoice,
): ActionResult<{ until: Date; clamped: boolean }> {
  const { db } = deps;
  return act(deps, ref, {
    access: 'owner',
    states: ['open'],
    replan: false,
    run: (promise, now): StepOutcome<{ until: Date; clamped: boolean }> => {
      const settings = getWorkspaceSettings(db, promise.teamId);
      const timeZone = getCachedSlackUser(db, promise.teamId, promise.ownerId)?.timeZone ?? promise.timeZone;
      const snooze = snoozeUntil(choice, {
        now,
        dueAt: promise.dueAt,
        timeZone,
        hours: settings.workingHours,
      });
      if (!snooze.ok) return { reason: 'too-close' };
      insertSnooze(db, promise, promise.planVersion, snooze.until, now);
      return {
        changes: {},
        event: {
          type: 'snoozed',
          data: { choice, until: snooze.until.toISOString(), clamped: snooze.clamped },
        },
        extra: { until: snooze.until, clamped: snooze.clamped },
      };
    },
  });
}

export type CancelReason = 'customer_withdrew' | 'duplicate' | 'mistake' | 'other';

export function cancelPromise(
  deps: ActionDeps,
  ref: ActionRef,
  input: { reason: CancelReason; note: string },
): ActionResult {
  return act(deps, ref, {
    access: 'owner',
    states: ACTION_RULES.cancel.states,
    run: (_promise, now) => ({
      changes: { status: 'cancelled', closedAt: now, ...clearedHandover },
      event: { type: 'cancelled', data: { reason: input.reason, note: input.note } },
    }),
  });
}

/**
 * One click on another reading of an ambiguous deadline ("Friday" said on a Friday): the deadline becomes that
 * reading. An edit made at creation, not a renegotiation.
 */
export function chooseReading(
  deps: ActionDeps,
  ref: ActionRef,
  dueAt: Date,
  via: 'reading' | 'coaching' = 'reading',
): ActionResult {
  return act(deps, ref, {
    access: 'owner',
    states: ['open'],
    run: (promise, now): StepOutcome<unknown> => {
      if (dueAt.getTime() <= now.getTime()) return { reason: 'in-past' };
      // Only a reading offered when the promise was made, and only before its deadline and any renegotiation:
      // this is an edit at creation, not a way around "Need more time".
      if (promise.dueAt.getTime() <= now.getTime()) return { reason: 'in-past' };
      const events = listPromiseEvents(deps.db, promise.teamId, promise.id);
      if (events.some((event) => event.type === 'extended'))
        return { reason: 'not-open', status: promise.status };
      if (!offeredReadings(events).has(dueAt.getTime()))
        return { reason: 'not-open', status: promise.status };
      return {
        changes: {
          dueAt,
          leadBand: bandOf(deps.db, promise.teamId, promise.timeZone, promise.committedAt, dueAt),
        },
        event: {
          type: 'edited',
          data: {
            field: 'dueAt',
            from: promise.dueAt.toISOString(),
            to: dueAt.toISOString(),
            via,
          },
        },
      };
    },
  });
}

/** The deadlines offered at creation: the other readings, the coaching suggestion, and every reading chosen since. */
function offeredReadings(events: readonly PromiseEvent[]): Set<number> {
  const offered = new Set<number>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) offered.add(Date.parse(value));
  };
  for (const event of events) {
    if (event.type === 'created') {
      const alternatives = event.data.alternatives;
      if (Array.isArray(alternatives)) alternatives.forEach(add);
      add((event.data.coaching as { suggestedDueAt?: unknown } | undefined)?.suggestedDueAt);
    }
    if (event.type === 'edited') {
      add(event.data.from);
      add(event.data.to);
    }
  }
  return offered;
}

/**
 * A one-click answer to "when will the customer have it now?" after a breach: the recovery deadline, with its own
 * short ladder (re-planned with the promise).
 */
export function setRecovery(deps: ActionDeps, ref: ActionRef, choice: RecoveryChoice): ActionResult {
  return act(deps, ref, {
    access: 'owner',
    states: ['broken'],
    run: (promise, now): StepOutcome<unknown> => {
      const settings = getWorkspaceSettings(deps.db, promise.teamId);
      const timeZone =
        getCachedSlackUser(deps.db, promise.teamId, promise.ownerId)?.timeZone ?? promise.timeZone;
      const recoveryDueAt = recoveryDeadline(choice, {
        now,
        timeZone,
        hours: settings.workingHours,
        endOfBusiness: settings.endOfBusiness,
      });
      return {
        changes: { recoveryDueAt },
        event: {
          type: 'extended',
          data: {
            oldDueAt: promise.dueAt.toISOString(),
            newDueAt: recoveryDueAt.toISOString(),
            afterDeadline: true,
            via: choice,
          },
        },
      };
    },
  });
}

/** "On track": the owner has it in hand; the at-risk escalation stays quiet until the next reminder. */
export function markOnTrack(deps: ActionDeps, ref: ActionRef): ActionResult {
  return act(deps, ref, {
    access: 'owner',
    states: ['open'],
    replan: false,
    run: (_promise, now) => ({ changes: { onTrackAt: now }, event: { type: 'on_track', data: {} } }),
  });
}

const clearedHandover: PromiseChanges = {
  handoverTo: null,
  handoverRequestedBy: null,
  handoverRequestedAt: null,
};

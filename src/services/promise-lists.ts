import type { Clock } from '../clock.js';
import type { ListScope } from '../domain/promise-command.js';
import { parseDeadline } from '../parsing/parse-deadline.js';
import type { Db } from '../store/database.js';
import {
  type CustomerHistory,
  customerHistory,
  listLivePromises,
  type PromisePage,
} from '../store/promise-queries.js';

export interface ListDeps {
  db: Db;
  clock: Clock;
}

/** `/promise list [@user | team | overdue]`: promises that still need someone, soonest first. */
export function listPromises(
  deps: ListDeps,
  input: { teamId: string; actorId: string; scope: ListScope; offset: number; limit: number },
): PromisePage {
  const { scope } = input;
  const filter =
    scope.kind === 'mine'
      ? { ownerId: input.actorId }
      : scope.kind === 'user'
        ? { ownerId: scope.userId }
        : scope.kind === 'overdue'
          ? { overdueAt: deps.clock.now() }
          : {};
  return listLivePromises(deps.db, input.teamId, filter, input.limit, input.offset);
}

/** How far back `/promise customer NAME` looks. */
export const HISTORY_DAYS = 90;

export function historyOfCustomer(deps: ListDeps, teamId: string, name: string): CustomerHistory {
  const since = new Date(deps.clock.now().getTime() - HISTORY_DAYS * 86_400_000);
  return customerHistory(deps.db, teamId, name, since);
}

/**
 * "/promise klant terugbellen morgen om 10" is a promise, not a lookup of a customer called "terugbellen morgen
 * om 10": a name that holds a deadline (or a vague one) is read as a promise.
 */
export function namesAPromise(text: string, now: Date): boolean {
  return parseDeadline(text, { now, timeZone: 'UTC', locale: 'en' }) !== null;
}

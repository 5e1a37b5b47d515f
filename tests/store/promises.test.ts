import { describe, expect, it } from 'vitest';
import { transact } from '../../src/store/database.js';
import {
  FIRST_PLAN_VERSION,
  getPromise,
  insertPromise,
  insertPromiseRows,
  listPromiseEvents,
} from '../../src/store/promises.js';
import { getCachedSlackUser, saveSlackUser } from '../../src/store/slack-users.js';
import { newPromise } from '../support/new-promise.js';
import { freshDatabase } from '../support/test-database.js';

const now = new Date('2026-11-20T09:00:00Z');

describe('promises store', () => {
  it('round-trips a promise with its created event', () => {
    const db = freshDatabase();
    const result = insertPromise(db, newPromise(), now);
    expect(result.created).toBe(true);
    const stored = getPromise(db, 'T1', result.promise.id);
    expect(stored).toEqual({
      id: result.promise.id,
      teamId: 'T1',
      ownerId: 'U1',
      createdBy: 'U2',
      customer: 'ACME',
      what: 'send the replacement charger',
      dueAt: new Date('2026-11-27T14:00:00Z'),
      deadlineText: 'by Friday 3pm',
      timeZone: 'Europe/Amsterdam',
      locale: 'en',
      source: 'slash_command',
      sourcePermalink: null,
      channelId: 'C1',
      status: 'open',
      keptOnTime: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      planVersion: FIRST_PLAN_VERSION,
      committedAt: now,
      onTrackAt: null,
      lastRemindedAt: null,
      handoverTo: null,
      handoverRequestedBy: null,
      handoverRequestedAt: null,
      recoveryDueAt: null,
      leadBand: null,
    });
    expect(listPromiseEvents(db, 'T1', result.promise.id)).toEqual([
      expect.objectContaining({ type: 'created', actorId: 'U2', data: { assumptions: [] }, at: now }),
    ]);
  });

  it('returns the new promise exactly as reading it back gives it', () => {
    const db = freshDatabase();
    const inputs = [
      newPromise(),
      newPromise({
        customer: null,
        sourcePermalink: 'https://example.slack.com/archives/C1/p1',
        channelId: null,
        requestKey: null,
        source: 'message_shortcut',
        leadBand: 'days-3-5',
        locale: 'nl',
      }),
    ];
    for (const input of inputs) {
      const { promise } = insertPromise(db, input, now);
      expect(promise).toEqual(getPromise(db, 'T1', promise.id));
      // Its dates are its own: changing the input afterwards does not change the promise.
      input.dueAt.setTime(0);
      expect(promise.dueAt).toEqual(getPromise(db, 'T1', promise.id)?.dueAt);
    }
  });

  it('records one promise for a retried request', () => {
    const db = freshDatabase();
    const first = insertPromise(db, newPromise(), now);
    const retry = insertPromise(db, newPromise({ what: 'different text' }), now);
    expect(retry).toEqual({ created: false, promise: first.promise });
    expect(db.prepare('SELECT count(*) AS n FROM promises').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM promise_events').get()).toEqual({ n: 1 });
  });

  it('scopes reads by team', () => {
    const db = freshDatabase();
    const { promise } = insertPromise(db, newPromise(), now);
    expect(getPromise(db, 'T2', promise.id)).toBeUndefined();
    expect(listPromiseEvents(db, 'T2', promise.id)).toEqual([]);
  });

  it('writes nothing when the event cannot be written', () => {
    const db = freshDatabase();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => insertPromise(db, newPromise({ eventData: circular }), now)).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM promises').get()).toEqual({ n: 0 });
  });

  it('keeps the event trail append-only', () => {
    const db = freshDatabase();
    insertPromise(db, newPromise(), now);
    expect(() => db.prepare("UPDATE promise_events SET type = 'kept'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM promise_events').run()).toThrow(/append-only/);
  });
});

describe('slack user cache', () => {
  it('round-trips and updates a profile', () => {
    const db = freshDatabase();
    const profile = {
      teamId: 'T1',
      userId: 'U1',
      timeZone: 'Europe/Amsterdam',
      locale: 'nl-NL',
      displayName: 'Ann',
      isBot: false,
      deleted: false,
      fetchedAt: now,
    };
    saveSlackUser(db, profile);
    expect(getCachedSlackUser(db, 'T1', 'U1')).toEqual(profile);
    saveSlackUser(db, { ...profile, timeZone: null, fetchedAt: new Date(now.getTime() + 1) });
    expect(getCachedSlackUser(db, 'T1', 'U1')).toMatchObject({ timeZone: null });
    expect(getCachedSlackUser(db, 'T2', 'U1')).toBeUndefined();
  });

  it("writes the rows inside a caller's transaction, and refuses to run outside one", () => {
    const db = freshDatabase();
    expect(() => insertPromiseRows(db, newPromise(), now)).toThrow(/open transaction/);
    expect(db.prepare('SELECT count(*) AS n FROM promises').get()).toEqual({ n: 0 });
    const result = transact(db, () => insertPromiseRows(db, newPromise(), now));
    expect(result.created).toBe(true);
    expect(listPromiseEvents(db, 'T1', result.promise.id).map((event) => event.type)).toEqual(['created']);
  });
});

import type { NewPromise } from '../../src/store/promises.js';

/** A promise as recording one writes it, for store and scheduler tests; `overrides` set what a test is about. */
export function newPromise(overrides: Partial<NewPromise> = {}): NewPromise {
  return {
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
    requestKey: 'trigger-1',
    eventData: { assumptions: [] },
    ...overrides,
  };
}

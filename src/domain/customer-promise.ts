/** A promise made to a customer: the record Kept keeps. (`Promise` is taken by JavaScript.) */

export type PromiseStatus = 'open' | 'kept' | 'broken' | 'cancelled';

export type PromiseSource = 'slash_command' | 'message_shortcut' | 'modal';

export interface CustomerPromise {
  id: number;
  teamId: string;
  ownerId: string;
  createdBy: string;
  customer: string | null;
  what: string;
  dueAt: Date;
  /** The phrase the deadline was read from, as the user wrote it. */
  deadlineText: string;
  /** The owner's IANA zone the deadline was read in. */
  timeZone: string;
  /** The language the deadline was read in ('en' or 'nl'). */
  locale: string;
  source: PromiseSource;
  sourcePermalink: string | null;
  channelId: string | null;
  status: PromiseStatus;
  /** For a kept promise: on time or late; otherwise null. */
  keptOnTime: boolean | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Bumped on every re-plan of the reminders; older scheduled rows are stale. */
  planVersion: number;
  /** When the owner committed to the current deadline (creation or the last extension). */
  committedAt: Date;
  /** When the owner last said "On track". */
  onTrackAt: Date | null;
  /** When the owner was last sent a reminder. */
  lastRemindedAt: Date | null;
  /** A hand-over waiting for this person to accept; the owner stays the owner until then. */
  handoverTo: string | null;
  handoverRequestedBy: string | null;
  handoverRequestedAt: Date | null;
  /** For a broken promise: when the customer will have it now. */
  recoveryDueAt: Date | null;
  /** The lead-time band when the owner committed ('hours', 'same-day', 'days-1-2', 'days-3-5', 'longer'). */
  leadBand: string | null;
}

export type PromiseEventType =
  | 'created'
  | 'edited'
  | 'reminded'
  | 'escalated'
  | 'extended'
  | 'reassigned'
  | 'kept'
  | 'broken'
  | 'cancelled'
  | 'snoozed'
  | 'on_track'
  | 'note';

export interface PromiseEvent {
  id: number;
  promiseId: number;
  teamId: string;
  type: PromiseEventType;
  /** The Slack user who acted, or null when Kept acted on its own. */
  actorId: string | null;
  data: Record<string, unknown>;
  at: Date;
}

/** Longest promise text Kept stores; Slack's command text is shorter, modals can be longer. */
export const MAX_WHAT_LENGTH = 2000;
/** Longest customer name Kept stores. */
export const MAX_CUSTOMER_LENGTH = 200;

import type { types } from '@slack/bolt';
import type { CalendarDate } from '../../domain/business-calendar.js';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { escapeMrkdwnWithin, truncate } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { type Messages, messagesFor } from '../../i18n/messages.js';
import { formatAbsolute, formatDay, formatRelative } from '../../i18n/time-format.js';
import type { ParsedDeadline } from '../../parsing/deadline-types.js';
import type { Coaching } from '../../services/coaching.js';
import type { Refusal } from '../../services/record-promise.js';
import { ACTIONS } from '../ids.js';
import { promiseActionsBlock } from './promise-actions-block.js';
import { contextBlock, promiseSection } from './promise-blocks.js';
import { slackDate } from './slack-date.js';
import { LIMITS, type SlackMessage } from './slack-message.js';

export interface ConfirmationInput {
  promise: CustomerPromise;
  /** How the deadline was read; absent when it was picked from a date-time picker. */
  deadline: ParsedDeadline | undefined;
  senderId: string;
  created: boolean;
  now: Date;
  language: Language;
  /** The nudge at the moment of promising, shown once, here. */
  coaching?: Coaching;
}

/** The private reply to `/promise`: what was recorded, for whom, by when, and every assumption made. */
export function confirmationMessage(input: ConfirmationInput): SlackMessage {
  const { promise, deadline, now, language } = input;
  const m = messagesFor(language);
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(m.recordedTitle, LIMITS.headerText) } },
    promiseSection(promise, now, language),
  ];
  const notes = deadline ? deadlineNotes(deadline, promise.timeZone, m, language) : [];
  if (promise.ownerId !== input.senderId) notes.push(m.ownerToldLater(`<@${promise.ownerId}>`));
  if (!input.created) notes.push(m.alreadyRecordedNote);
  if (notes.length > 0) blocks.push(contextBlock(notes));
  const alternatives = deadline?.alternatives.map((reading) => reading.dueAt) ?? [];
  const readings = readingsBlock(promise, alternatives, now, language);
  if (readings) blocks.push(readings);
  blocks.push(...coachingBlocks(promise, input.coaching, language));
  const actions = promiseActionsBlock(promise, language, 'owner');
  if (actions) blocks.push(actions);
  return { text: fallbackText(`${m.recordedTitle}: `, promise, now, language), blocks };
}

/** After "Use <date>": the promise with its new deadline, and a button back to the reading it replaced. */
export function readingChosenMessage(input: {
  promise: CustomerPromise;
  previousDueAt: Date;
  now: Date;
  language: Language;
}): SlackMessage {
  const { promise, now, language } = input;
  const m = messagesFor(language);
  const outcome = m.readingChosen(slackDate(promise.dueAt, promise.timeZone, language));
  const blocks: types.KnownBlock[] = [contextBlock([outcome]), promiseSection(promise, now, language)];
  const readings = readingsBlock(promise, [input.previousDueAt], now, language);
  if (readings) blocks.push(readings);
  const actions = promiseActionsBlock(promise, language, 'owner');
  if (actions) blocks.push(actions);
  return { text: fallbackText(`${m.recordedTitle}: `, promise, now, language), blocks };
}

/** The realism and load checks: plain words, and a one-click safer deadline when there is one. */
function coachingBlocks(
  promise: CustomerPromise,
  coaching: Coaching | undefined,
  language: Language,
): types.KnownBlock[] {
  if (!coaching || promise.status !== 'open') return [];
  const c = messagesFor(language).coaching;
  const lines: string[] = [];
  const { advice, load } = coaching;
  if (advice) {
    const band = c.band[advice.band];
    lines.push(
      advice.basis === 'personal'
        ? c.personal(advice.kept, advice.of, band)
        : c.team(advice.kept, advice.of, band),
    );
    if (advice.suggestion)
      lines.push(c.suggest(slackDate(advice.suggestion.dueAt, promise.timeZone, language)));
  }
  if (load) {
    const day = (date: CalendarDate) => formatDay(date, language);
    const counted = (n: number) => (n >= load.cap ? `${load.cap}+` : String(n));
    const quieter = load.quieter ? ` ${c.quieter(day(load.quieter.day), counted(load.quieter.count))}` : '';
    lines.push(`${c.load(counted(load.count), day(load.day))}${quieter}`);
  }
  if (lines.length === 0) return [];
  const blocks: types.KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }];
  if (advice?.suggestion) {
    const at = advice.suggestion.dueAt;
    blocks.push({
      type: 'actions',
      block_id: `coaching:${promise.id}`,
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.useSuggestion,
          style: 'primary',
          text: {
            type: 'plain_text',
            text: truncate(c.useSuggestion(formatAbsolute(at, promise.timeZone, language)), 75),
          },
          value: `${promise.id}@${at.getTime()}`,
        },
      ],
    });
  }
  return blocks;
}

/** One-click buttons for the other readings of an ambiguous deadline (those still ahead). */
function readingsBlock(
  promise: CustomerPromise,
  readings: readonly Date[],
  now: Date,
  language: Language,
): types.KnownBlock | undefined {
  const m = messagesFor(language);
  const ahead = readings.filter((at) => at.getTime() > now.getTime()).slice(0, 5);
  if (ahead.length === 0 || promise.status !== 'open') return undefined;
  return {
    type: 'actions',
    block_id: `readings:${promise.id}`,
    elements: ahead.map((at) => ({
      type: 'button',
      action_id: ACTIONS.useReading,
      text: {
        type: 'plain_text',
        text: truncate(m.useReading(formatAbsolute(at, promise.timeZone, language)), 75),
      },
      value: `${promise.id}@${at.getTime()}`,
    })),
  };
}

/** The DM telling an owner that someone else recorded a promise in their name. */
export function ownerNoticeMessage(promise: CustomerPromise, now: Date, language: Language): SlackMessage {
  const m = messagesFor(language);
  const intro = m.ownerNotice(`<@${promise.createdBy}>`);
  return {
    text: fallbackText(`${intro} `, promise, now, language),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: intro } },
      promiseSection(promise, now, language),
      ...[promiseActionsBlock(promise, language, 'owner')].filter((block) => block !== undefined),
    ],
  };
}

export function refusalMessage(refusal: Refusal, language: Language): SlackMessage {
  const m = messagesFor(language);
  const reason = refusalText(refusal, m, language);
  const examples = `${m.examplesIntro}\n${m.examples.map((example) => `\`${example}\``).join('\n')}`;
  return {
    text: reason,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(reason, LIMITS.sectionText) } },
      contextBlock([examples]),
    ],
  };
}

export function helpMessage(language: Language): SlackMessage {
  const m = messagesFor(language);
  const examples = m.examples.map((example) => `\`${example}\``).join('\n');
  return {
    text: m.helpTitle,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.helpTitle } },
      { type: 'section', text: { type: 'mrkdwn', text: m.helpBody } },
      { type: 'section', text: { type: 'mrkdwn', text: `${m.examplesIntro}\n${examples}` } },
    ],
  };
}

/** A reply for when something failed before anything was stored. */
export function plainMessage(text: string): SlackMessage {
  return {
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } }],
  };
}

function deadlineNotes(
  deadline: ParsedDeadline,
  timeZone: string,
  m: Messages,
  language: Language,
): string[] {
  const notes: string[] = [];
  if (deadline.assumptions.length > 0) {
    notes.push(`${m.assumedPrefix}: ${deadline.assumptions.map((a) => m.assumption(a)).join('; ')}`);
  }
  for (const flag of deadline.flags) {
    const note = m.flag(flag);
    if (note) notes.push(note);
  }
  if (deadline.alternatives.length > 0) {
    const readings = deadline.alternatives.map((r) => slackDate(r.dueAt, timeZone, language)).join(', ');
    notes.push(m.alsoPossible(readings));
  }
  return notes;
}

/** Notification text: `prefix`, then the promise in plain words (no tokens), within the fallback limit. */
function fallbackText(prefix: string, promise: CustomerPromise, now: Date, language: Language): string {
  const when = ` · ${formatAbsolute(promise.dueAt, promise.timeZone, language)} (${formatRelative(promise.dueAt, now, language)})`;
  const customer = promise.customer === null ? '' : `${escapeMrkdwnWithin(promise.customer, 200)}: `;
  const room = LIMITS.fallbackText - prefix.length - customer.length - when.length;
  return `${prefix}${customer}${escapeMrkdwnWithin(promise.what, room)}${when}`;
}

function refusalText(refusal: Refusal, m: Messages, language: Language): string {
  switch (refusal.reason) {
    case 'empty':
      return m.refusedEmpty;
    case 'no-deadline':
      return m.refusedNoDeadline(escapeMrkdwnWithin(refusal.text, 500));
    case 'vague':
      return m.refusedVague(escapeMrkdwnWithin(refusal.phrase, 200));
    case 'past':
      return m.refusedPast(
        escapeMrkdwnWithin(refusal.phrase, 200),
        slackDate(refusal.dueAt, refusal.timeZone, language),
      );
    case 'no-what':
      return m.refusedNoWhat;
    case 'unresolved-owner':
      return m.refusedUnresolvedOwner(escapeMrkdwnWithin(refusal.name, 100));
    case 'unknown-owner':
      return m.refusedUnknownOwner(`<@${refusal.ownerId}>`);
    case 'bot-owner':
      return m.refusedBotOwner(`<@${refusal.ownerId}>`);
  }
}

import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { formatRate, rateChange } from '../../domain/keep-rate.js';
import { escapeMrkdwnWithin, joinLinesWithin, truncate } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatDay } from '../../i18n/time-format.js';
import type { DigestData } from '../../services/digest.js';
import type { Slice } from '../../store/stats.js';
import { contextBlock } from './promise-blocks.js';
import { slackDate } from './slack-date.js';
import { LIMITS, type SlackMessage } from './slack-message.js';
import { promiseLessLines } from './stats.js';

/** Digest budget: Slack has rejected messages near 13,000 characters of blocks, so stay well below. */
export const DIGEST_MAX_CHARS = 10_000;
/** Lines a digest section shows before "+N more". */
export const DIGEST_SECTION_LINES = 8;

/**
 * The morning digest, in the workspace's language: what is broken, due today and later this week, what was kept,
 * the keep rate with its trend, and customers to watch. A day with nothing to report is one line.
 */
export function digestMessage(
  data: DigestData,
  language: Language,
  lines = DIGEST_SECTION_LINES,
): SlackMessage {
  const d = messagesFor(language).digest;
  const day = formatDay(data.date, language);
  const title = d.title(day);
  const nothing =
    data.overdue.total + data.dueToday.total + data.laterThisWeek.total + data.keptRecently.total === 0 &&
    data.customers.length === 0 &&
    data.bouncing.length === 0;
  if (nothing) {
    return {
      text: `${title}: ${d.allClear}`,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: d.allClear } }],
    };
  }
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } },
  ];
  const section = (heading: string, slice: Slice) => {
    if (slice.total === 0) return;
    const shown = slice.promises.slice(0, lines).map((promise) => line(promise, data.timeZone, language));
    if (slice.total > shown.length) shown.push(d.more(slice.total - shown.length));
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: joinLinesWithin([heading, ...shown], LIMITS.sectionText) },
    });
  };
  section(d.overdue(data.overdue.total), data.overdue);
  section(d.dueToday(data.dueToday.total), data.dueToday);
  section(d.laterThisWeek(data.laterThisWeek.total), data.laterThisWeek);
  section(d.keptRecently(data.keptRecently.total), data.keptRecently);

  const due = data.counts.keptOnTime + data.counts.keptLate + data.counts.broken;
  const rate = d.keepRate(
    formatRate(data.rate),
    rateChange(data.rate, data.previousRate),
    data.counts.keptOnTime,
    due,
  );
  const stats = data.counts.renegotiated > 0 ? `${rate} · ${d.renegotiated(data.counts.renegotiated)}` : rate;
  blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: stats } });
  const promiseLess = promiseLessLines({ counts: data.counts, ...data.promiseLess }, due, language);
  if (promiseLess.length > 0) blocks.push(contextBlock(promiseLess));
  if (data.customers.length > 0 || data.bouncing.length > 0) {
    const c = messagesFor(language).coaching;
    const names = [
      ...data.bouncing.map((b) => `• ${c.customerBouncing(escapeMrkdwnWithin(b.customer, 80), b.people)}`),
      ...data.customers.map(
        (c) => `• ${d.customerLine(escapeMrkdwnWithin(c.customer, 80), c.promises, c.broken)}`,
      ),
    ];
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: joinLinesWithin([d.customers, ...names], LIMITS.sectionText) },
    });
  }
  const message = { text: `${title}: ${plainSummary(data, language)}`, blocks };
  // Long texts use up the budget faster than lines do: show fewer lines until it fits.
  if (JSON.stringify(blocks).length > DIGEST_MAX_CHARS && lines > 1)
    return digestMessage(data, language, lines - 2);
  return message;
}

function line(promise: CustomerPromise, timeZone: string, language: Language): string {
  const customer = promise.customer === null ? '' : ` · ${escapeMrkdwnWithin(promise.customer, 60)}`;
  return `• ${escapeMrkdwnWithin(promise.what, 100)}${customer} · <@${promise.ownerId}> · ${slackDate(promise.dueAt, timeZone, language)}`;
}

function plainSummary(data: DigestData, language: Language): string {
  const d = messagesFor(language).digest;
  const strip = (text: string) =>
    text
      .replace(/:[a-z_]+:/g, '')
      .replace(/\*/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return [d.overdue(data.overdue.total), d.dueToday(data.dueToday.total), `${formatRate(data.rate)}`]
    .map(strip)
    .join(' · ');
}

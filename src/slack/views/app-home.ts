import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { formatRate } from '../../domain/keep-rate.js';
import { escapeMrkdwnWithin, joinLinesWithin, truncate } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatRelative } from '../../i18n/time-format.js';
import type { HomeData } from '../../services/home.js';
import type { Slice } from '../../store/stats.js';
import { promiseActionsBlock } from './promise-actions-block.js';
import { contextBlock } from './promise-blocks.js';
import { statusLines } from './promise-update.js';
import { slackDate } from './slack-date.js';
import { LIMITS } from './slack-message.js';

/** App Home: my open promises by deadline with their buttons, my last 30 days, and the team's trouble. */
export function appHomeView(data: HomeData, now: Date, language: Language): types.HomeView {
  const h = messagesFor(language).home;
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: h.title } },
    contextBlock([
      h.myStats(formatRate(data.rate), data.counts.keptOnTime, data.counts.renegotiated, data.counts.broken),
    ]),
  ];
  if (data.mine.promises.length === 0)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: h.none } });
  for (const promise of data.mine.promises) {
    blocks.push(ownLine(promise, now, language));
    const actions = promiseActionsBlock(promise, language, 'owner');
    if (actions) blocks.push(actions);
  }
  if (data.mine.total > data.mine.promises.length)
    blocks.push(contextBlock([h.more(data.mine.total - data.mine.promises.length)]));
  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: h.teamTitle } });
  const team = [
    teamSection(h.teamBroken(data.teamOverdue.total), data.teamOverdue, language),
    teamSection(h.teamAtRisk(data.teamAtRisk.total), data.teamAtRisk, language),
  ].filter((block): block is types.KnownBlock => block !== undefined);
  blocks.push(...(team.length > 0 ? team : [contextBlock([h.teamNone])]));
  return { type: 'home', blocks };
}

function ownLine(promise: CustomerPromise, now: Date, language: Language): types.KnownBlock {
  const customer = promise.customer === null ? '' : ` · ${escapeMrkdwnWithin(promise.customer, 100)}`;
  const due = `${slackDate(promise.dueAt, promise.timeZone, language)} (${formatRelative(promise.dueAt, now, language)})`;
  const status = statusLines(promise, language);
  const text = [`*${escapeMrkdwnWithin(promise.what, 500)}*${customer}`, due, ...status].join('\n');
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}

function teamSection(heading: string, slice: Slice, language: Language): types.KnownBlock | undefined {
  if (slice.total === 0) return undefined;
  const lines = slice.promises.map(
    (p) =>
      `• ${escapeMrkdwnWithin(p.what, 100)}${p.customer === null ? '' : ` · ${escapeMrkdwnWithin(p.customer, 60)}`} · <@${p.ownerId}> · ${slackDate(p.dueAt, p.timeZone, language)}`,
  );
  if (slice.total > lines.length) lines.push(`+${slice.total - lines.length}`);
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: joinLinesWithin([heading, ...lines], LIMITS.sectionText) },
  };
}

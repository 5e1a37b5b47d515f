import { BANDS } from '../../domain/coaching.js';
import { formatRate, rateChange } from '../../domain/keep-rate.js';
import type { StatsScope } from '../../domain/promise-command.js';
import { escapeMrkdwnWithin } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatSpan } from '../../i18n/time-format.js';
import type { Stats } from '../../services/stats.js';
import { contextBlock } from './promise-blocks.js';
import type { SlackMessage } from './slack-message.js';

export function statsMessage(input: {
  scope: StatsScope;
  days: number;
  stats: Stats;
  language: Language;
}): SlackMessage {
  const s = messagesFor(input.language).stats;
  const { scope, days, stats } = input;
  const title =
    scope.kind === 'mine'
      ? s.mine(days)
      : scope.kind === 'user'
        ? s.user(`<@${scope.userId}>`, days)
        : scope.kind === 'customer'
          ? s.customer(escapeMrkdwnWithin(scope.name, 100), days)
          : s.team(days);
  const due = stats.counts.keptOnTime + stats.counts.keptLate + stats.counts.broken;
  const rate =
    due === 0 ? s.nothingYet : s.keepRate(formatRate(stats.rate), rateChange(stats.rate, stats.previousRate));
  return {
    text: `${title}: ${formatRate(stats.rate)}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${rate}` } },
      contextBlock([
        s.counts(stats.counts),
        s.open(stats.open),
        ...promiseLessLines(stats, due, input.language),
      ]),
    ],
  };
}

/** Lead-time record, renegotiation share, recovery time and coaching uptake, as short lines. */
export function promiseLessLines(
  stats: Omit<Stats, 'rate' | 'previousRate' | 'open'>,
  due: number,
  language: Language,
): string[] {
  const s = messagesFor(language).stats;
  const c = messagesFor(language).coaching;
  const lines: string[] = [];
  const parts = BANDS.flatMap((band) => {
    const record = stats.bands[band];
    return record && record.closed > 0 ? [s.bandPart(c.band[band], record.onTime, record.closed)] : [];
  });
  if (parts.length > 0) lines.push(s.byBand(parts.join(' · ')));
  const more: string[] = [];
  if (due > 0) more.push(s.renegotiatedShare(`${Math.round((stats.counts.renegotiated / due) * 100)}%`));
  if (stats.medianRecoveryMs !== null)
    more.push(s.medianRecovery(formatSpan(stats.medianRecoveryMs, language)));
  if (stats.adviceGiven > 0) more.push(s.adviceTaken(stats.adviceTaken, stats.adviceGiven));
  if (more.length > 0) lines.push(more.join(' · '));
  return lines;
}

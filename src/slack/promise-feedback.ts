import type { webApi } from '@slack/bolt';
import type { CustomerPromise } from '../domain/customer-promise.js';
import { type Language, languageOf } from '../i18n/language.js';
import { messagesFor } from '../i18n/messages.js';
import type { ActionRefusal } from '../services/promise-actions.js';
import { sendDirectMessage } from './direct-message.js';
import type { KeptContext } from './kept-context.js';
import type { MessageRef } from './message-ref.js';
import { replyAtResponseUrl } from './response-url.js';
import { plainMessage } from './views/command-replies.js';
import { slackDate } from './views/slack-date.js';
import type { SlackMessage } from './views/slack-message.js';

/**
 * How Kept answers after someone acts on a promise: the message it came from is rewritten in place, and
 * refusals go privately to the person who clicked.
 */

export async function languageOfUser(ctx: KeptContext, teamId: string, userId: string): Promise<Language> {
  try {
    const lookup = await ctx.directory.lookup(teamId, userId);
    return languageOf(lookup.found ? lookup.user.locale : undefined);
  } catch {
    return 'en';
  }
}

/**
 * Rewrites the message a promise was shown in, so stale buttons do not linger. A list is not rewritten: the
 * result goes beside it, privately, at the list's response_url.
 */
export async function rewriteSource(
  client: webApi.WebClient,
  source: MessageRef,
  message: SlackMessage,
): Promise<void> {
  if (source.kind === 'ephemeral' && source.context === 'list') {
    await replyAtResponseUrl(source.responseUrl, message, { replaceOriginal: false });
  } else if (source.kind === 'message') {
    await client.chat.update({
      channel: source.channel,
      ts: source.ts,
      text: message.text,
      blocks: message.blocks,
    });
  } else if (source.kind === 'ephemeral') {
    await replyAtResponseUrl(source.responseUrl, message, { replaceOriginal: true });
  }
}

/**
 * Tells only the person who clicked: at the interaction's response_url when there is one (ephemeral in that
 * conversation), else in their DM with Kept (App Home has no response_url).
 */
export async function tellPrivately(
  ctx: KeptContext,
  where: { userId: string; responseUrl: string | undefined },
  text: string,
): Promise<void> {
  const message = plainMessage(text);
  if (where.responseUrl) await replyAtResponseUrl(where.responseUrl, message, { replaceOriginal: false });
  else await sendDirectMessage(ctx.client, where.userId, message);
}

export function refusalText(
  refusal: ActionRefusal,
  promise: CustomerPromise | undefined,
  language: Language,
): string {
  const a = messagesFor(language).actions;
  const zone = promise?.timeZone ?? 'UTC';
  switch (refusal.reason) {
    case 'not-found':
      return a.refusedNotFound;
    case 'not-allowed':
      return a.refusedNotAllowed(`<@${refusal.ownerId}>`);
    case 'closed':
      return a.refusedClosed(
        refusal.status === 'kept' ? 'kept' : 'cancelled',
        slackDate(refusal.at, zone, language),
        refusal.by ? `<@${refusal.by}>` : 'Kept',
      );
    case 'not-open':
      return a.refusedNotOpen(refusal.status);
    case 'duplicate':
      return '';
    case 'not-handover-target':
      return a.refusedNotHandoverTarget;
    case 'no-handover':
      return a.refusedNoHandover;
    case 'already-owner':
      return a.refusedAlreadyOwner;
    case 'same-owner':
      return a.refusedSameOwner;
    case 'too-close':
      return a.refusedTooClose;
    case 'not-later':
      return a.refusedNotLater(slackDate(refusal.dueAt, zone, language));
    case 'in-past':
      return a.refusedInPast;
    case 'customer-not-told':
      return a.refusedCustomerNotTold;
  }
}

import type { SlackMessage } from './views/slack-message.js';

/**
 * Posts a private message to a response_url (from a slash command or a message button; valid for 30 minutes):
 * a new ephemeral message, or a replacement for the one the button was on. Used where Bolt's `respond` is not at
 * hand, such as after a modal opened from that message is submitted.
 */
export async function replyAtResponseUrl(
  responseUrl: string,
  message: SlackMessage,
  options: { replaceOriginal?: boolean } = {},
): Promise<void> {
  const url = new URL(responseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('response_url must be http(s)');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      response_type: 'ephemeral',
      replace_original: options.replaceOriginal ?? false,
      text: message.text,
      blocks: message.blocks,
    }),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

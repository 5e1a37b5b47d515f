import type { SlackMessage } from './views/slack-message.js';

/**
 * Posts a private reply to a slash command's response_url (valid for 30 minutes). Used where Bolt offers no
 * `respond`, such as after a modal opened from the command is submitted.
 */
export async function replyAtResponseUrl(responseUrl: string, message: SlackMessage): Promise<void> {
  const url = new URL(responseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('response_url must be http(s)');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', text: message.text, blocks: message.blocks }),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

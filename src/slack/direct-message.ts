import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './views/slack-message.js';

/** Opens (or finds) the DM with a user and posts into it. Returns the message's channel and ts. */
export async function sendDirectMessage(
  client: webApi.WebClient,
  userId: string,
  message: SlackMessage,
): Promise<{ channel: string; ts: string | undefined }> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error(`conversations.open returned no channel for ${userId}`);
  const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
  return { channel, ts: posted.ts };
}

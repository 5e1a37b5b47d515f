/**
 * Requests as Slack sends them: signed with the signing secret, slash commands form-encoded, interactivity as
 * `payload=<json>`, events as JSON.
 */

import { createHmac } from 'node:crypto';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  url: string;
  secret: string;
  body: string;
  contentType: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to send a bad one). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface SlackHttpResponse {
  status: number;
  text: string;
  /** The parsed body when it was JSON. */
  json: Record<string, unknown> | undefined;
}

export async function postSigned(request: SignedPost): Promise<SlackHttpResponse> {
  const timestamp = request.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(request.url, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': request.signature ?? slackSignature(request.secret, timestamp, request.body),
      ...request.headers,
    },
    body: request.body,
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

export interface SlashCommandFields {
  text: string;
  userId: string;
  teamId: string;
  responseUrl: string;
  channelId?: string;
  triggerId?: string;
  command?: string;
}

let triggerCounter = 0;

/** The form body Slack posts for a slash command. */
export function slashCommandBody(fields: SlashCommandFields): string {
  triggerCounter += 1;
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.teamId,
    team_domain: 'kept-test',
    channel_id: fields.channelId ?? 'C0SUPPORT',
    channel_name: 'support',
    user_id: fields.userId,
    user_name: fields.userId.toLowerCase(),
    command: fields.command ?? '/promise',
    text: fields.text,
    api_app_id: 'A0KEPT',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `${Date.now()}.${triggerCounter}.${Math.random().toString(16).slice(2)}`,
  }).toString();
}

/** The form body Slack posts for interactivity (block_actions, view_submission, shortcuts). */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let viewCounter = 0;

/**
 * A view_submission payload as Slack sends it when a modal is submitted. Every opened modal has its own view id;
 * pass `viewId` to submit the same one again.
 */
export function viewSubmission(input: {
  teamId: string;
  userId: string;
  callbackId: string;
  values: Record<string, Record<string, unknown>>;
  privateMetadata?: string;
  viewId?: string;
}): Record<string, unknown> {
  viewCounter += 1;
  return {
    type: 'view_submission',
    team: { id: input.teamId, domain: 'kept-test' },
    user: {
      id: input.userId,
      username: input.userId.toLowerCase(),
      name: input.userId.toLowerCase(),
      team_id: input.teamId,
    },
    api_app_id: 'A0KEPT',
    token: 'legacy-verification-token',
    trigger_id: `${Date.now()}.1.submit`,
    view: {
      id: input.viewId ?? `V0MODAL${viewCounter}`,
      team_id: input.teamId,
      type: 'modal',
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata ?? '',
      state: { values: input.values },
      hash: '1700000000.abc',
      blocks: [],
      title: { type: 'plain_text', text: 'Kept' },
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** A message as a user sees it in Slack, with what is needed to click its buttons. */
export interface ShownMessage {
  channel: string;
  ts: string;
  blocks: unknown[];
  ephemeral: boolean;
  /** For an ephemeral message: where Slack would send replace_original updates. */
  responseUrl?: string;
}

interface ElementLike {
  action_id?: string;
  value?: string;
  type?: string;
  options?: Array<{ value: string; text: unknown }>;
}

/** Finds an interactive element by action id in a message's blocks, with the block it sits in. */
export function findElement(
  blocks: unknown[],
  actionId: string,
  blockId?: string,
): { blockId: string; element: ElementLike } | undefined {
  for (const block of blocks as Array<{
    block_id?: string;
    elements?: ElementLike[];
    accessory?: ElementLike;
  }>) {
    if (blockId !== undefined && block.block_id !== blockId) continue;
    for (const element of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]) {
      if (element.action_id === actionId) return { blockId: block.block_id ?? '', element };
    }
  }
  return undefined;
}

let actionCounter = 0;

/**
 * The block_actions payload Slack sends when `userId` clicks the element `actionId` in `message` (for an
 * overflow menu, the option whose value starts with `option`).
 */
export function blockActionPayload(input: {
  teamId: string;
  userId: string;
  message: ShownMessage;
  actionId: string;
  responseUrl: string;
  option?: string;
  blockId?: string;
}): Record<string, unknown> {
  const found = findElement(input.message.blocks, input.actionId, input.blockId);
  if (!found) throw new Error(`no element ${input.actionId} in the message`);
  actionCounter += 1;
  const { element, blockId } = found;
  const selected = input.option
    ? element.options?.find((o) => o.value.startsWith(input.option ?? ''))
    : undefined;
  if (input.option && !selected) throw new Error(`no option ${input.option} in ${input.actionId}`);
  const action = selected
    ? { type: 'overflow', action_id: input.actionId, block_id: blockId, selected_option: selected }
    : { type: element.type ?? 'button', action_id: input.actionId, block_id: blockId, value: element.value };
  return {
    type: 'block_actions',
    user: {
      id: input.userId,
      username: input.userId.toLowerCase(),
      name: input.userId.toLowerCase(),
      team_id: input.teamId,
    },
    api_app_id: 'A0KEPT',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: input.message.ts,
      channel_id: input.message.channel,
      is_ephemeral: input.message.ephemeral,
    },
    trigger_id: `${Date.now()}.${actionCounter}.click`,
    team: { id: input.teamId, domain: 'kept-test' },
    channel: { id: input.message.channel, name: 'directmessage' },
    message: { type: 'message', ts: input.message.ts, text: '', blocks: input.message.blocks },
    response_url: input.responseUrl,
    actions: [{ ...action, action_ts: `${Date.now() / 1000}` }],
  };
}

/** A shortcut payload: global (`shortcut`) or on a message (`message_action`). */
export function shortcutPayload(input: {
  teamId: string;
  userId: string;
  callbackId: string;
  message?: { channel: string; ts: string; text: string; user: string };
}): Record<string, unknown> {
  actionCounter += 1;
  const common = {
    callback_id: input.callbackId,
    trigger_id: `${Date.now()}.${actionCounter}.shortcut`,
    team: { id: input.teamId, domain: 'kept-test' },
    user: { id: input.userId, username: input.userId.toLowerCase(), team_id: input.teamId },
    token: 'legacy-verification-token',
    action_ts: `${Date.now() / 1000}`,
    is_enterprise_install: false,
    enterprise: null,
  };
  if (!input.message) return { type: 'shortcut', ...common };
  return {
    type: 'message_action',
    ...common,
    channel: { id: input.message.channel, name: 'acme-shared' },
    message_ts: input.message.ts,
    message: { type: 'message', user: input.message.user, ts: input.message.ts, text: input.message.text },
    response_url: `https://hooks.slack.invalid/${actionCounter}`,
  };
}

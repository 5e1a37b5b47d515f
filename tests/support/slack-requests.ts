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

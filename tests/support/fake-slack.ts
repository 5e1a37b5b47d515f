/**
 * A stand-in for Slack's Web API on 127.0.0.1, as Slack's own Bolt tests do it: a plain HTTP server answering
 * `/api/<method>`, recording every call, able to fail on demand. It also receives `response_url` posts at
 * `/response/<id>`. Used by the end-to-end tests, the benchmark and the demo; no Slack account needed.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  /** Form or JSON arguments; `blocks`, `view` and `attachments` are decoded from their JSON strings. */
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** When the answer was sent (after any injected delay); undefined while the call is in flight. */
  answeredAt?: number;
  /** What the fake answered (e.g. the `ts` of a posted message). */
  response?: Record<string, unknown>;
}

export interface RecordedResponse {
  path: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeUser {
  id: string;
  name?: string;
  real_name?: string;
  tz?: string;
  locale?: string;
  is_bot?: boolean;
  deleted?: boolean;
}

/** What the next call(s) to a method should get instead of success. */
export type Failure =
  | { kind: 'error'; error: string }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'delay'; ms: number };

type Handler = (args: Record<string, unknown>) => Record<string, unknown>;

export const FAKE_TEAM_ID = 'T0KEPT';
export const FAKE_BOT_USER_ID = 'U0KEPTBOT';

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly users = new Map<string, FakeUser>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly handlers = new Map<string, Handler>();
  private readonly waiters: Array<() => void> = [];
  private server: Server | undefined;
  private tsCounter = 0;
  private responseCounter = 0;
  url = '';

  constructor() {
    this.handlers.set('auth.test', () => ({
      ok: true,
      url: 'https://kept-test.slack.com/',
      team: 'Kept Test',
      user: 'kept',
      team_id: FAKE_TEAM_ID,
      user_id: FAKE_BOT_USER_ID,
      bot_id: 'B0KEPT',
    }));
    this.handlers.set('users.info', (args) => {
      const user = this.users.get(String(args.user));
      if (!user) return { ok: false, error: 'user_not_found' };
      return {
        ok: true,
        user: {
          team_id: FAKE_TEAM_ID,
          name: user.name ?? user.id.toLowerCase(),
          real_name: user.real_name ?? user.name ?? user.id,
          profile: { display_name: user.name ?? '' },
          is_bot: user.is_bot ?? false,
          deleted: user.deleted ?? false,
          ...(user.tz === undefined ? {} : { tz: user.tz }),
          ...(args.include_locale && user.locale !== undefined ? { locale: user.locale } : {}),
          id: user.id,
        },
      };
    });
    this.handlers.set('conversations.open', (args) => ({
      ok: true,
      channel: { id: `D${String(args.users).replace(/^U/, '')}` },
    }));
    const posted = (args: Record<string, unknown>) => ({
      ok: true,
      channel: args.channel,
      ts: this.nextTs(),
      message: { text: args.text },
    });
    this.handlers.set('chat.postMessage', posted);
    this.handlers.set('chat.update', posted);
    this.handlers.set('chat.postEphemeral', () => ({ ok: true, message_ts: this.nextTs() }));
    this.handlers.set('chat.getPermalink', (args) => ({
      ok: true,
      permalink: `https://kept-test.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
    }));
    this.handlers.set('views.open', (args) => ({
      ok: true,
      view: { id: 'V0OPENED', ...(args.view as object) },
    }));
    this.handlers.set('views.update', (args) => ({ ok: true, view: { id: args.view_id } }));
    this.handlers.set('views.publish', () => ({ ok: true }));
  }

  /** Starts listening on an ephemeral loopback port; `apiUrl` is what `SLACK_API_URL` should be. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh response_url for a slash command or interaction payload. */
  responseUrl(): string {
    this.responseCounter += 1;
    return `${this.url}/response/${this.responseCounter}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  /** The next call(s) to `method` fail as described, in order; later calls succeed again. */
  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Replaces the answer for a method. */
  answer(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves once `predicate` holds over what was recorded, or rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('FakeSlack.waitFor: condition not met in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.failures.clear();
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private notify(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/response/')) {
      this.responses.push({ path, body: parseBody(raw, req.headers['content-type']), at: Date.now() });
      this.notify();
      json(res, 200, { ok: true });
      return;
    }
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : '';
    const args = parseBody(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof args.token === 'string'
        ? args.token
        : undefined;
    const call: RecordedCall = { method, args, token, at: Date.now() };
    this.calls.push(call);
    this.notify();
    res.on('finish', () => {
      call.answeredAt = Date.now();
      this.notify();
    });

    const failure = this.failures.get(method)?.shift();
    if (failure?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, failure.ms));
    if (failure?.kind === 'rate-limited') {
      res.writeHead(429, {
        'retry-after': String(failure.retryAfterSeconds),
        'content-type': 'application/json',
      });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (failure?.kind === 'server-error') {
      res.writeHead(failure.status ?? 500).end('upstream failure');
      return;
    }
    if (failure?.kind === 'error') {
      json(res, 200, { ok: false, error: failure.error });
      return;
    }
    if (token === undefined) {
      json(res, 200, { ok: false, error: 'not_authed' });
      return;
    }
    const handler = this.handlers.get(method);
    call.response = handler ? handler(args) : { ok: false, error: 'unknown_method' };
    json(res, 200, call.response);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const JSON_FIELDS = ['blocks', 'view', 'attachments'];

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const field of JSON_FIELDS) {
    if (typeof args[field] === 'string') args[field] = JSON.parse(args[field] as string);
  }
  return args;
}

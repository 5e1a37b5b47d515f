/**
 * A stand-in for Slack's Socket Mode endpoint on 127.0.0.1: the WebSocket that `apps.connections.open` hands out.
 * It greets each connection with `hello` as Slack does, delivers envelopes (slash commands, interactivity,
 * events) and resolves with the app's acknowledgement, and can ask the app to reconnect with `disconnect`.
 * Wire it to a FakeSlack with `serve(slack)`, so `apps.connections.open` answers with this server's URL.
 */

import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlack } from './fake-slack.js';

/** What the app sent back for an envelope: `{ envelope_id, payload? }`. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface Envelope {
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  /** Slack sets this when it redelivers an envelope the app did not acknowledge in time. */
  retryAttempt?: number;
  /** Reuse an envelope id (a redelivery); a fresh one otherwise. */
  envelopeId?: string;
}

export class FakeSocketMode {
  private server: WebSocketServer | undefined;
  private readonly sockets = new Set<WebSocket>();
  private readonly pending = new Map<string, (ack: SocketAck) => void>();
  private envelopeCounter = 0;
  /** Connections opened so far (a reconnect adds one). */
  connections = 0;
  url = '';

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    this.url = `ws://127.0.0.1:${port}/link`;
    server.on('connection', (socket) => {
      this.connections += 1;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        const resolve = this.pending.get(ack.envelope_id);
        this.pending.delete(ack.envelope_id);
        resolve?.(ack);
      });
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: this.sockets.size,
          debug_info: { host: 'fake-socket-mode', approximate_connection_time: 3600 },
          connection_info: { app_id: 'A0KEPT' },
        }),
      );
    });
    return this;
  }

  /** Makes `slack` answer `apps.connections.open` with this server's URL, as Slack does for an app token. */
  serve(slack: FakeSlack): void {
    slack.answer('apps.connections.open', () => ({ ok: true, url: this.url }));
  }

  /** Resolves once the app has opened `count` connections in all and holds one open, or rejects in time. */
  waitForConnections(count: number, timeoutMs = 10_000): Promise<void> {
    return this.waitFor(
      () => this.connections >= count && this.sockets.size > 0,
      `${count} connections (opened ${this.connections})`,
      timeoutMs,
    );
  }

  /** Resolves once the app has closed every connection, or rejects in time. */
  waitForNoConnections(timeoutMs = 10_000): Promise<void> {
    return this.waitFor(() => this.sockets.size === 0, 'every connection closed', timeoutMs);
  }

  private async waitFor(predicate: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`FakeSocketMode: no ${what} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Delivers an envelope on the newest connection and resolves with the app's acknowledgement. */
  deliver(envelope: Envelope, timeoutMs = 5000): Promise<SocketAck> {
    const socket = [...this.sockets].at(-1);
    if (!socket) return Promise.reject(new Error('FakeSocketMode: the app is not connected'));
    this.envelopeCounter += 1;
    const envelopeId = envelope.envelopeId ?? `env-${this.envelopeCounter}`;
    return new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(envelopeId);
        reject(new Error(`FakeSocketMode: no acknowledgement for ${envelopeId} in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type: envelope.type,
          payload: envelope.payload,
          accepts_response_payload: envelope.type !== 'events_api',
          ...(envelope.retryAttempt === undefined
            ? {}
            : { retry_attempt: envelope.retryAttempt, retry_reason: 'timeout' }),
        }),
      );
    });
  }

  /** Slack's notice before it closes a connection ("refresh_requested", "link_disabled"…). */
  requestDisconnect(reason = 'refresh_requested'): void {
    for (const socket of this.sockets) {
      socket.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-socket-mode' } }));
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * What a failed Slack call means for a scheduled row: wait and retry, retry with backoff, or give up. Read from
 * web-api's error codes (the client is set to fail fast on 429 instead of pausing).
 */

export type SlackFailure =
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'transient'; detail: string }
  | { kind: 'permanent'; detail: string; platformError?: string };

const TRANSIENT_PLATFORM_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

export function classifySlackFailure(error: unknown): SlackFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    retryAfter?: unknown;
    statusCode?: unknown;
    data?: { error?: unknown };
    message?: unknown;
  };
  const detail = typeof e.message === 'string' ? e.message : String(error);
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof e.retryAfter === 'number' && e.retryAfter > 0 ? e.retryAfter : 1;
      return { kind: 'rate-limited', retryAfterMs: seconds * 1000 };
    }
    case 'slack_webapi_request_error':
      return { kind: 'transient', detail };
    case 'slack_webapi_http_error': {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      return status >= 500 || status === 408 ? { kind: 'transient', detail } : { kind: 'permanent', detail };
    }
    case 'slack_webapi_platform_error': {
      const platformError = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      return TRANSIENT_PLATFORM_ERRORS.has(platformError)
        ? { kind: 'transient', detail: platformError }
        : { kind: 'permanent', detail: platformError, platformError };
    }
    default:
      return { kind: 'transient', detail };
  }
}

/** Platform errors that mean "this channel cannot be posted to"; escalation then falls back to the owner. */
export const UNUSABLE_CHANNEL_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'restricted_action',
]);

export interface Backoff {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, capMs: 30 * 60_000, maxAttempts: 6 };

/** Capped exponential delay after the given (1-based) attempt: base, 2·base, 4·base, … up to the cap. */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
}

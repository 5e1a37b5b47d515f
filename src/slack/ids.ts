/** Every Slack id Kept binds to, in one place. The manifest declares the same names. */
export const PROMISE_COMMAND = '/promise';
export const HEALTH_PATH = '/healthz';
export const EVENTS_PATH = '/slack/events';

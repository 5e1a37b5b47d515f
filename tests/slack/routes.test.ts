import { type AnyMiddlewareArgs, App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { SlackRoutes } from '../../src/slack/routes.js';

/** What Bolt hands a global middleware for a request: its body, its payload, and `next`. */
function request(body: Record<string, unknown>, payload: Record<string, unknown>) {
  const passedOn: string[] = [];
  const args = {
    body,
    payload,
    next: async () => {
      passedOn.push('next');
    },
  } as unknown as Parameters<ReturnType<SlackRoutes['middleware']>>[0];
  return { args, passedOn };
}

function recordingRoutes() {
  const called: string[] = [];
  const routes = new SlackRoutes();
  const note = (name: string) => async (args: AnyMiddlewareArgs) => {
    called.push(`${name}:${JSON.stringify(args.payload)}`);
  };
  routes.command('/promise', note('command'));
  routes.event('app_home_opened', note('event'));
  routes.action('promise_kept', note('kept'));
  routes.action('promise_snooze', note('snooze'));
  routes.view('promise_cancel_modal', note('cancel modal'));
  routes.shortcut('track_as_promise', note('track'));
  return { routes, called };
}

describe('SlackRoutes', () => {
  it('sends each kind of request to the listener bound to its id, and no further', async () => {
    const { routes, called } = recordingRoutes();
    const dispatch = routes.middleware();
    const requests = [
      request({ command: '/promise', text: 'x' }, { command: '/promise' }),
      request({ type: 'event_callback' }, { type: 'app_home_opened' }),
      request({ type: 'block_actions' }, { action_id: 'promise_snooze' }),
      request({ type: 'view_submission' }, { callback_id: 'promise_cancel_modal' }),
      request({ type: 'message_action' }, { callback_id: 'track_as_promise' }),
    ];
    for (const { args } of requests) await dispatch(args);
    expect(called).toEqual([
      'command:{"command":"/promise"}',
      'event:{"type":"app_home_opened"}',
      'snooze:{"action_id":"promise_snooze"}',
      'cancel modal:{"callback_id":"promise_cancel_modal"}',
      'track:{"callback_id":"track_as_promise"}',
    ]);
    expect(requests.flatMap((r) => r.passedOn)).toEqual([]);
  });

  it('passes on what it has no listener for, and ids of one kind do not answer for another', async () => {
    const { routes, called } = recordingRoutes();
    const dispatch = routes.middleware();
    const requests = [
      request({ command: '/other' }, { command: '/other' }),
      request({ type: 'block_actions' }, { action_id: 'unknown_button' }),
      // A view with a button's id, and a view closing rather than submitting.
      request({ type: 'view_submission' }, { callback_id: 'promise_kept' }),
      request({ type: 'view_closed' }, { callback_id: 'promise_cancel_modal' }),
      request({ type: 'event_callback' }, { type: 'message' }),
    ];
    for (const { args } of requests) await dispatch(args);
    expect(called).toEqual([]);
    expect(requests.map((r) => r.passedOn.length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses a second listener for one id, and ids added after it is attached', () => {
    const routes = new SlackRoutes();
    routes.action('promise_kept', async () => {});
    expect(() => routes.action('promise_kept', async () => {})).toThrow(/Two listeners for the Slack action/);
    // The same id may name a view and a button: they are different kinds of request.
    expect(() => routes.view('promise_kept', async () => {})).not.toThrow();
    const app = new App({
      token: 'xoxb-test',
      signingSecret: 'secret',
      tokenVerificationEnabled: false,
      logger: createLogger('error'),
    });
    routes.attach(app);
    expect(() => routes.shortcut('track_as_promise', async () => {})).toThrow(/already attached/);
  });
});

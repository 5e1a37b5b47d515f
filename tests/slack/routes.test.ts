import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { exactly, SlackRoutes } from '../../src/slack/routes.js';

const noop = async () => {};

describe('exactly', () => {
  it('matches each id whole and nothing else, with regex characters taken literally', () => {
    const pattern = exactly(['promise_kept', 'list.page', 'a+b']);
    expect(['promise_kept', 'list.page', 'a+b'].every((id) => pattern.test(id))).toBe(true);
    for (const other of ['promise_kept_2', 'xpromise_kept', 'listXpage', 'aab', 'promise']) {
      expect(pattern.test(other)).toBe(false);
    }
  });
});

describe('SlackRoutes', () => {
  it('refuses a second listener for one id', () => {
    const routes = new SlackRoutes();
    routes.action('promise_kept', noop);
    expect(() => routes.action('promise_kept', noop)).toThrow(/Two listeners for the Slack id promise_kept/);
    // The same id may name a view and a button: they are different kinds of payload.
    expect(() => routes.view('promise_kept', noop)).not.toThrow();
  });

  it('refuses ids added after binding, which Bolt would never call', () => {
    const routes = new SlackRoutes();
    routes.shortcut('new_promise', noop);
    const app = new App({
      token: 'xoxb-test',
      signingSecret: 'secret',
      tokenVerificationEnabled: false,
      logger: createLogger('error'),
    });
    routes.bind(app);
    expect(() => routes.shortcut('track_as_promise', noop)).toThrow(/already bound/);
  });
});

import { describe, expect, it } from 'vitest';
import { formatConfigErrors, loadConfig } from '../src/config.js';

const minimal = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const result = loadConfig(minimal);
    expect(result).toEqual({
      ok: true,
      config: {
        slack: {
          botToken: 'xoxb-1',
          signingSecret: 'secret',
          appToken: undefined,
          apiUrl: 'https://slack.com/api/',
        },
        mode: 'http',
        port: 3000,
        databasePath: './data/kept.db',
        logLevel: 'info',
        defaultTimeZone: 'UTC',
      },
    });
  });

  it('names every missing credential at once', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.variable)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    expect(formatConfigErrors(result.errors)).toMatch(
      /SLACK_BOT_TOKEN[\s\S]*SLACK_SIGNING_SECRET[\s\S]*README/,
    );
  });

  it('gives one message per bad field', () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SIGNING_SECRET: 's',
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      SLACK_API_URL: 'not a url',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.variable).sort()).toEqual(
      ['DEFAULT_TIMEZONE', 'LOG_LEVEL', 'PORT', 'SLACK_API_URL', 'SLACK_BOT_TOKEN'].sort(),
    );
  });

  it('uses Socket Mode when an app token is set, without a signing secret', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(result).toMatchObject({ ok: true, config: { mode: 'socket', slack: { appToken: 'xapp-1' } } });
  });

  it('rejects an app token of the wrong kind', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' });
    expect(result).toMatchObject({ ok: false, errors: [{ variable: 'SLACK_APP_TOKEN' }] });
  });

  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/api/'],
    ['http://127.0.0.1:4000/api', 'http://127.0.0.1:4000/api/'],
    ['https://slack-gov.com/api/', 'https://slack-gov.com/api/'],
  ])('normalises SLACK_API_URL %s', (raw, expected) => {
    const result = loadConfig({ ...minimal, SLACK_API_URL: raw });
    expect(result).toMatchObject({ ok: true, config: { slack: { apiUrl: expected } } });
  });

  it('accepts PORT=0 for an ephemeral port and reads every variable', () => {
    const result = loadConfig({
      ...minimal,
      PORT: '0',
      DATABASE_PATH: '/tmp/x.db',
      LOG_LEVEL: 'DEBUG',
      DEFAULT_TIMEZONE: 'America/New_York',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { port: 0, databasePath: '/tmp/x.db', logLevel: 'debug', defaultTimeZone: 'America/New_York' },
    });
  });
});

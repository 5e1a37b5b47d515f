import { isKnownTimeZone } from './domain/business-calendar.js';

/**
 * Configuration from the environment, validated once at start-up. Every bad or missing field gets its own
 * message; nothing else in the app reads `process.env`.
 */

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  slack: {
    botToken: string;
    /** Required in HTTP mode; unused in Socket Mode. */
    signingSecret: string | undefined;
    /** When set, Kept connects over Socket Mode instead of serving HTTP. */
    appToken: string | undefined;
    /** Base URL of the Slack Web API, always ending in `/`. */
    apiUrl: string;
  };
  mode: 'http' | 'socket';
  port: number;
  databasePath: string;
  logLevel: LogLevelName;
  defaultTimeZone: string;
}

export interface ConfigError {
  variable: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
const LOG_LEVELS: readonly LogLevelName[] = ['debug', 'info', 'warn', 'error'];

/** The README section that explains every variable; named in start-up errors. */
export const CONFIG_HELP = 'README.md, section "Configuration"';

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env): ConfigResult {
  const errors: ConfigError[] = [];
  const fail = (variable: string, message: string): undefined => {
    errors.push({ variable, message });
    return undefined;
  };
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  const appToken = read('SLACK_APP_TOKEN');
  const mode = appToken === undefined ? 'http' : 'socket';
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    fail('SLACK_APP_TOKEN', 'must be an app-level token starting with "xapp-" (or unset for HTTP mode)');
  }

  const botToken = read('SLACK_BOT_TOKEN');
  if (botToken === undefined) {
    fail('SLACK_BOT_TOKEN', 'is missing: the bot token ("xoxb-...") from OAuth & Permissions');
  } else if (!botToken.startsWith('xoxb-')) {
    fail('SLACK_BOT_TOKEN', 'must be a bot token starting with "xoxb-"');
  }

  const signingSecret = read('SLACK_SIGNING_SECRET');
  if (mode === 'http' && signingSecret === undefined) {
    fail(
      'SLACK_SIGNING_SECRET',
      'is missing: the signing secret from Basic Information (needed in HTTP mode)',
    );
  }

  const apiUrl = parseApiUrl(read('SLACK_API_URL'), (message) => fail('SLACK_API_URL', message));
  const port = parsePort(read('PORT'), (message) => fail('PORT', message));

  const logLevelRaw = (read('LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = LOG_LEVELS.find((level) => level === logLevelRaw);
  if (logLevel === undefined)
    fail('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);

  const defaultTimeZone = read('DEFAULT_TIMEZONE') ?? 'UTC';
  if (!isKnownTimeZone(defaultTimeZone)) {
    fail('DEFAULT_TIMEZONE', `must be an IANA time zone such as Europe/Amsterdam (got "${defaultTimeZone}")`);
  }

  if (
    errors.length > 0 ||
    botToken === undefined ||
    apiUrl === undefined ||
    port === undefined ||
    !logLevel
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    config: {
      slack: { botToken, signingSecret, appToken, apiUrl },
      mode,
      port,
      databasePath: read('DATABASE_PATH') ?? './data/kept.db',
      logLevel,
      defaultTimeZone,
    },
  };
}

/** Lists the problems the way `npm start` prints them before exiting. */
export function formatConfigErrors(errors: readonly ConfigError[]): string {
  const lines = errors.map((error) => `  - ${error.variable} ${error.message}`);
  return ['Kept cannot start: the configuration is incomplete.', ...lines, `See ${CONFIG_HELP}.`].join('\n');
}

/**
 * A bare origin ("http://127.0.0.1:4000") gets Slack's `/api/` path; a URL with a path is used as given. The
 * Web API client joins method names onto it, so it must end in a slash.
 */
function parseApiUrl(raw: string | undefined, fail: (message: string) => undefined): string | undefined {
  if (raw === undefined) return DEFAULT_SLACK_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(`must be an http(s) URL such as https://slack.com/api/ (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(`must use http or https (got "${url.protocol}")`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/api/';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

function parsePort(raw: string | undefined, fail: (message: string) => undefined): number | undefined {
  if (raw === undefined) return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port > 65535) {
    return fail(`must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return port;
}

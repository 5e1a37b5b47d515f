import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { App, type AppOptions, type CustomRoute, type Logger, webApi } from '@slack/bolt';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { migrationsDir } from './project-root.js';
import { Scheduler } from './scheduler/scheduler.js';
import { TaskTracker } from './services/task-tracker.js';
import { UserDirectory } from './services/user-directory.js';
import { HEALTH_PATH } from './slack/ids.js';
import type { KeptContext } from './slack/kept-context.js';
import { registerAppHome } from './slack/listeners/app-home.js';
import { registerNewPromise } from './slack/listeners/new-promise.js';
import { registerPromiseActions } from './slack/listeners/promise-actions.js';
import { registerPromiseCommand } from './slack/listeners/promise-command.js';
import { registerPromiseModals } from './slack/listeners/promise-modals.js';
import { registerSettingsSubmission } from './slack/listeners/settings-submission.js';
import { SlackRoutes } from './slack/routes.js';
import { type Db, isDatabaseReachable, openDatabase } from './store/database.js';
import { migrate, readMigrations } from './store/migrate.js';
import { WalCheckpointer } from './store/wal-checkpointer.js';

export interface KeptOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** Run the scheduler loop on start (default). Tests turn it off and drive `scheduler.tick(now)` themselves. */
  runScheduler?: boolean;
}

export interface Kept {
  app: App;
  context: KeptContext;
  /** Starts serving; in HTTP mode resolves with the bound port (useful with PORT=0). */
  start(): Promise<{ port: number | undefined }>;
  /** Stops taking work, finishes what is in flight, closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The one wiring function: database, Slack client, services and listeners, built from config. Nothing is
 * started until `start()`; `main.ts` and the tests both build Kept through here.
 */
export function createKept(options: KeptOptions): Kept {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = openDatabase(config.databasePath);
  migrate(db, readMigrations(migrationsDir()));
  // Checkpoints sync the database file: done from a worker, so no Slack request waits on the disk.
  const checkpointer = config.databasePath === ':memory:' ? undefined : new WalCheckpointer(db, { logger });

  let stopping = false;
  const app = new App(
    appOptions(
      config,
      logger,
      healthRoute(db, () => stopping),
    ),
  );
  const tasks = new TaskTracker(logger);
  const directory = new UserDirectory({
    db,
    client: app.client,
    clock,
    defaultTimeZone: config.defaultTimeZone,
    logger,
  });
  const scheduler = new Scheduler({
    db,
    clock,
    logger,
    client: schedulerClient(config, logger),
    directory,
    workerId: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
  });
  const context: KeptContext = { config, db, clock, logger, client: app.client, directory, tasks, scheduler };
  const routes = new SlackRoutes();
  registerPromiseCommand(routes, context);
  registerAppHome(routes, context);
  registerSettingsSubmission(routes, context);
  registerPromiseActions(routes, context);
  registerPromiseModals(routes, context);
  registerNewPromise(routes, context);
  // Listeners go on working after they ack (DMs, message rewrites); shutdown waits for them too.
  routes.attach(app, (work) => tasks.track(work));
  app.error(async (error) => {
    logger.error('Unhandled error in a Slack listener', error);
  });

  let stopped: Promise<void> | undefined;
  return {
    app,
    context,
    async start() {
      const started: unknown = await app.start(config.port);
      const address = isServer(started) ? started.address() : null;
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      if (options.runScheduler !== false) scheduler.start();
      logger.info(
        config.mode === 'http'
          ? `Kept is listening on port ${port ?? config.port} (HTTP mode)`
          : 'Kept is connected (Socket Mode)',
      );
      return { port };
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        await app.stop().catch((error: unknown) => logger.warn('Stopping the Slack receiver failed', error));
        await scheduler.stop();
        await tasks.drain();
        await checkpointer?.stop();
        db.close();
        logger.info('Kept stopped');
      })();
      return stopped;
    },
  };
}

function appOptions(config: Config, logger: Logger, health: CustomRoute): AppOptions {
  // Fail fast on rate limits and keep retries short: the scheduler owns retrying, and a listener must answer
  // Slack within 3 seconds.
  const clientOptions = {
    slackApiUrl: config.slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
    timeout: 10_000,
  };
  // Bolt resets a given logger's level to its own logLevel (INFO by default): hand it the logger's own.
  const common = {
    // Kept keeps no conversation state in Bolt; skipping its store saves work on every request.
    convoStore: false as const,
    // Bolt's filter for the app's own messages and events, a middleware on every request: Kept subscribes to no
    // message events, and its one event (app_home_opened) only ever comes from a person opening the tab.
    ignoreSelf: false,
    token: config.slack.botToken,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    customRoutes: [health],
  };
  if (config.mode === 'socket') {
    return {
      ...common,
      appToken: config.slack.appToken,
      socketMode: true,
      installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl }, port: config.port },
    };
  }
  return { ...common, signingSecret: config.slack.signingSecret ?? '' };
}

/** The scheduler's own client: no retries and no waiting on 429, because its table reschedules instead. */
function schedulerClient(config: Config, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    logger,
    logLevel: logger.getLevel(),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 10_000,
  });
}

function healthRoute(db: Db, isStopping: () => boolean): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const healthy = !isStopping() && isDatabaseReachable(db);
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: healthy, database: healthy ? 'reachable' : 'unavailable' }));
    },
  };
}

function isServer(value: unknown): value is Server {
  return typeof value === 'object' && value !== null && 'address' in value;
}

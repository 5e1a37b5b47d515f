import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { createKept } from './app.js';
import { formatConfigErrors, loadConfig } from './config.js';

/** How long shutdown may take before Kept exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The entry point: `npm start`. Reads `.env` (real environment variables win), validates, runs until a signal. */
async function main(): Promise<void> {
  const env = { ...readDotEnv('.env'), ...process.env };
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    process.stderr.write(`${formatConfigErrors(loaded.errors)}\n`);
    process.exit(2);
  }
  const kept = createKept({ config: loaded.config });
  const shutdown = (signal: string) => {
    kept.context.logger.info(`${signal} received: finishing in-flight work`);
    setTimeout(() => {
      kept.context.logger.error('Shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    kept.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        kept.context.logger.error('Shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await kept.start();
}

function readDotEnv(path: string): Record<string, string | undefined> {
  return existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Kept failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

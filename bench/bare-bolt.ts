import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { createLogger } from '../src/logger.js';
import { PROMISE_COMMAND } from '../src/slack/ids.js';

/**
 * The baseline for the /promise benchmark: a Bolt app with the same receiver and the same signing check as Kept,
 * whose command listener only acks. Run as its own process by bench/command-latency.ts.
 */
async function main(): Promise<void> {
  const logger = createLogger('error');
  const app = new App({
    token: process.env.SLACK_BOT_TOKEN ?? '',
    signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
    logger,
    logLevel: logger.getLevel(),
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
  });
  app.command(PROMISE_COMMAND, async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as unknown as { address(): AddressInfo };
  process.stdout.write(`bare Bolt app listening on port ${server.address().port}\n`);
  process.once('SIGTERM', () => {
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import type { App } from '@slack/bolt';
import { publishHome } from '../home.js';
import type { KeptContext } from '../kept-context.js';

export function registerAppHome(app: App, ctx: KeptContext): void {
  app.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const teamId = (body as { team_id?: string }).team_id;
    if (!teamId) return;
    await publishHome(ctx, teamId, event.user);
  });
}

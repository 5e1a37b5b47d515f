import { publishHome } from '../home.js';
import type { KeptContext } from '../kept-context.js';
import type { SlackRoutes } from '../routes.js';

export function registerAppHome(routes: SlackRoutes, ctx: KeptContext): void {
  routes.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const teamId = (body as { team_id?: string }).team_id;
    if (!teamId) return;
    await publishHome(ctx, teamId, event.user);
  });
}

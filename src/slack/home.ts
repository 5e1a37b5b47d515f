import { gatherHome } from '../services/home.js';
import type { KeptContext } from './kept-context.js';
import { languageOfUser } from './promise-feedback.js';
import { appHomeView } from './views/app-home.js';

/** Publishes a person's App Home as it is now (on opening it, and after acting from it). */
export async function publishHome(ctx: KeptContext, teamId: string, userId: string): Promise<void> {
  const language = await languageOfUser(ctx, teamId, userId);
  const view = appHomeView(gatherHome(ctx, teamId, userId), ctx.clock.now(), language);
  await ctx.client.views.publish({ user_id: userId, view });
}

import { languageOf } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { setDigestChannel } from '../../services/digest.js';
import { loadSettingsForEditing, saveSettings } from '../../services/settings.js';
import { CALLBACKS } from '../ids.js';
import type { KeptContext } from '../kept-context.js';
import { replyAtResponseUrl } from '../response-url.js';
import type { SlackRoutes } from '../routes.js';
import { plainMessage } from '../views/command-replies.js';
import { readSettingsSubmission, type ViewStateValues } from '../views/settings-modal.js';

/** The settings modal's Save: validate (errors inline), save, re-plan, confirm at the command's response_url. */
export function registerSettingsSubmission(routes: SlackRoutes, ctx: KeptContext): void {
  routes.view(CALLBACKS.settings, async ({ ack, body, view }) => {
    const teamId = body.team?.id ?? body.user.team_id;
    if (!teamId) {
      await ack();
      return;
    }
    // Answer within Slack's 3 seconds: the cached profile (the person just ran /promise settings) is enough.
    const profile = ctx.directory.cached(teamId, body.user.id);
    const language = languageOf(profile?.locale);
    const { settings } = loadSettingsForEditing(ctx, teamId);
    const submission = readSettingsSubmission(view.state.values as ViewStateValues, settings, language);
    if (!submission.ok) {
      await ack({ response_action: 'errors', errors: submission.errors });
      return;
    }
    // Valid: close the modal now; saving re-plans every open promise, which must not hold up Slack's 3 seconds.
    await ack();
    saveSettings(ctx, { settings: submission.settings, lead: submission.lead, updatedBy: body.user.id });
    if (submission.digest) {
      setDigestChannel(ctx, {
        teamId,
        channelId: submission.digest.channelId,
        localTime: submission.digest.localTime,
        timeZone: profile?.timeZone ?? ctx.config.defaultTimeZone,
        userId: body.user.id,
      });
    }
    ctx.scheduler.poke();
    const responseUrl = responseUrlOf(view.private_metadata);
    if (responseUrl) {
      const message = plainMessage(messagesFor(language).settingsSaved);
      ctx.tasks.run('settings confirmation', () => replyAtResponseUrl(responseUrl, message));
    }
  });
}

function responseUrlOf(privateMetadata: string): string | undefined {
  try {
    const parsed = JSON.parse(privateMetadata) as { responseUrl?: unknown };
    return typeof parsed.responseUrl === 'string' ? parsed.responseUrl : undefined;
  } catch {
    return undefined;
  }
}

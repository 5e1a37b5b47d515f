import type { App } from '@slack/bolt';
import { languageOf } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { setDigestChannel } from '../../services/digest.js';
import { loadSettingsForEditing, saveSettings } from '../../services/settings.js';
import { CALLBACKS } from '../ids.js';
import type { KeptContext } from '../kept-context.js';
import { replyAtResponseUrl } from '../response-url.js';
import { plainMessage } from '../views/command-replies.js';
import { readSettingsSubmission, type ViewStateValues } from '../views/settings-modal.js';

/** The settings modal's Save: validate (errors inline), save, re-plan, confirm at the command's response_url. */
export function registerSettingsSubmission(app: App, ctx: KeptContext): void {
  app.view(CALLBACKS.settings, async ({ ack, body, view }) => {
    const teamId = body.team?.id ?? body.user.team_id;
    if (!teamId) {
      await ack();
      return;
    }
    const lookup = await ctx.directory.lookup(teamId, body.user.id).catch(() => ({ found: false as const }));
    const language = languageOf(lookup.found ? lookup.user.locale : undefined);
    const { settings } = loadSettingsForEditing(ctx, teamId);
    const submission = readSettingsSubmission(view.state.values as ViewStateValues, settings, language);
    if (!submission.ok) {
      await ack({ response_action: 'errors', errors: submission.errors });
      return;
    }
    saveSettings(ctx, { settings: submission.settings, lead: submission.lead, updatedBy: body.user.id });
    if (submission.digest) {
      setDigestChannel(ctx, {
        teamId,
        channelId: submission.digest.channelId,
        localTime: submission.digest.localTime,
        timeZone: lookup.found ? lookup.user.timeZone : ctx.config.defaultTimeZone,
        userId: body.user.id,
      });
    }
    await ack();
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

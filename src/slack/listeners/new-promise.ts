import type { MessageShortcut, SlackViewAction } from '@slack/bolt';
import { slackMarkupToPlainText } from '../../domain/slack-text.js';
import { languageOf } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import {
  type FormProblem,
  readDeadlineFor,
  recordPromiseFromForm,
  setSourcePermalink,
  textWithout,
} from '../../services/record-promise.js';
import { sendDirectMessage } from '../direct-message.js';
import { MODAL_BLOCKS as B, CALLBACKS, SHORTCUTS } from '../ids.js';
import type { KeptContext } from '../kept-context.js';
import { languageOfUser } from '../promise-feedback.js';
import { replyAtResponseUrl } from '../response-url.js';
import type { SlackRoutes } from '../routes.js';
import { readDateTime, readText, readUser } from '../views/action-modals.js';
import { confirmationMessage, ownerNoticeMessage } from '../views/command-replies.js';
import { newPromiseModal, readNewPromiseMetadata } from '../views/new-promise-modal.js';
import type { ViewStateValues } from '../views/settings-modal.js';

/**
 * Capturing a promise where it was made: the global shortcut "New promise", the message shortcut "Track as
 * promise" (prefilled from the message, keeping its permalink), and the form's submission.
 */
export function registerNewPromise(routes: SlackRoutes, ctx: KeptContext): void {
  routes.shortcut(SHORTCUTS.newPromise, async ({ ack, shortcut, client }) => {
    await ack();
    const teamId = shortcut.team?.id ?? shortcut.user.team_id;
    if (!teamId) return;
    const language = await languageOfUser(ctx, teamId, shortcut.user.id);
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: newPromiseModal({ ownerId: shortcut.user.id }, language, { source: 'modal' }),
    });
  });

  routes.shortcut<MessageShortcut>(SHORTCUTS.trackMessage, async ({ ack, shortcut, client }) => {
    await ack();
    const teamId = shortcut.team?.id ?? shortcut.user.team_id;
    if (!teamId) return;
    const text = slackMarkupToPlainText(
      typeof shortcut.message.text === 'string' ? shortcut.message.text : '',
    );
    const lookup = await ctx.directory.lookup(teamId, shortcut.user.id).catch(() => undefined);
    const language = languageOf(lookup?.found ? lookup.user.locale : undefined);
    let what = text;
    let deadlineText = '';
    if (lookup?.found) {
      const { deadline } = readDeadlineFor(ctx, teamId, lookup.user, text, ctx.clock.now());
      if (deadline?.ok) {
        deadlineText = deadline.span.text;
        what = textWithout(text, deadline.span);
      }
    }
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: newPromiseModal({ ownerId: shortcut.user.id, what, deadlineText }, language, {
        source: 'message_shortcut',
        channelId: shortcut.channel.id,
        messageTs: shortcut.message_ts,
      }),
    });
  });

  routes.view<SlackViewAction>(CALLBACKS.newPromise, async ({ ack, body, view, client }) => {
    const teamId = body.team?.id ?? body.user.team_id;
    if (!teamId) {
      await ack();
      return;
    }
    const values = view.state.values as ViewStateValues;
    const metadata = readNewPromiseMetadata(view.private_metadata);
    const language = await languageOfUser(ctx, teamId, body.user.id);
    const outcome = await recordPromiseFromForm(ctx, {
      teamId,
      creatorId: body.user.id,
      ownerId: readUser(values, B.owner) ?? body.user.id,
      customer: readText(values, B.customer),
      what: readText(values, B.what),
      deadlineText: readText(values, B.deadlineText),
      pickedAt: readDateTime(values, B.deadlinePicker),
      note: readText(values, B.note),
      source: metadata.source,
      sourcePermalink: null,
      channelId: metadata.channelId ?? null,
      requestKey: `view:${view.id}`,
    });
    if (!outcome.ok) {
      const [block, text] = problemText(outcome, language);
      await ack({ response_action: 'errors', errors: { [block]: text } });
      return;
    }
    await ack();
    if (!outcome.created) return;
    ctx.scheduler.poke(outcome.firstNoticeAt);
    const now = ctx.clock.now();
    const confirmation = confirmationMessage({
      promise: outcome.promise,
      deadline: outcome.deadline,
      senderId: body.user.id,
      created: true,
      now,
      language,
      coaching: outcome.coaching,
    });
    // After the ack (Slack's 3 seconds are for the form): each follow-up on its own, so one failing spares the rest.
    const { channelId, messageTs, responseUrl } = metadata;
    if (channelId && messageTs) {
      ctx.tasks.run('message permalink', async () => {
        const answer = await client.chat.getPermalink({ channel: channelId, message_ts: messageTs });
        if (answer.permalink) setSourcePermalink(ctx, teamId, outcome.promise.id, answer.permalink);
      });
    }
    ctx.tasks.run('form confirmation', async () => {
      if (responseUrl) await replyAtResponseUrl(responseUrl, confirmation);
      else await sendDirectMessage(client, body.user.id, confirmation);
    });
    if (outcome.owner.userId !== body.user.id) {
      const notice = ownerNoticeMessage(outcome.promise, now, languageOf(outcome.owner.locale));
      ctx.tasks.run('owner notice', async () => {
        await sendDirectMessage(client, outcome.owner.userId, notice);
      });
    }
  });
}

function problemText(problem: FormProblem, language: 'en' | 'nl'): [string, string] {
  const m = messagesFor(language);
  switch (problem.field) {
    case 'what':
      return [B.what, m.newPromise.errorWhatMissing];
    case 'owner':
      return [B.owner, problem.problem === 'bot' ? m.actions.errorOwnerIsBot : m.actions.refusedNotFound];
    case 'deadline': {
      const text = {
        missing: m.actions.errorDeadlineMissing,
        unreadable: m.actions.errorDeadlineUnreadable,
        vague: m.actions.errorDeadlineVague,
        past: m.actions.refusedInPast,
      }[problem.problem];
      return [B.deadlineText, text];
    }
  }
}

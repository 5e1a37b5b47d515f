import type { SlackViewAction, ViewResponseAction } from '@slack/bolt';
import { escapeMrkdwnWithin } from '../../domain/slack-text.js';
import { messagesFor } from '../../i18n/messages.js';
import {
  type ActionRef,
  type ActionResult,
  type CancelReason,
  cancelPromise,
  declineHandover,
  extendPromise,
  readNewDeadline,
  requestHandover,
} from '../../services/promise-actions.js';
import { sendDirectMessage } from '../direct-message.js';
import { publishHome } from '../home.js';
import { MODAL_BLOCKS as B, CALLBACKS } from '../ids.js';
import type { KeptContext } from '../kept-context.js';
import { cardContextOf, decodeMetadata, type ModalMetadata } from '../message-ref.js';
import { languageOfUser, refusalText, rewriteSource } from '../promise-feedback.js';
import type { SlackRoutes } from '../routes.js';
import { readChecked, readDateTime, readSelected, readText, readUser } from '../views/action-modals.js';
import { promiseUpdateMessage } from '../views/promise-update.js';
import type { ViewStateValues } from '../views/settings-modal.js';
import { slackDate } from '../views/slack-date.js';

/**
 * The Save buttons of the action modals. Bad input is shown next to its field and nothing changes; on success
 * the modal closes and the message it was opened from is rewritten.
 */

interface Submitted {
  ref: ActionRef;
  metadata: ModalMetadata;
  values: ViewStateValues;
}

function readSubmission(body: SlackViewAction): Submitted | undefined {
  const teamId = body.team?.id ?? body.user.team_id;
  const metadata = decodeMetadata(body.view.private_metadata);
  if (!teamId || !metadata) return undefined;
  return {
    ref: {
      teamId,
      promiseId: metadata.promiseId,
      actorId: body.user.id,
      receipt: `view:${body.view.id}:${body.view.hash}`,
    },
    metadata,
    values: body.view.state.values as ViewStateValues,
  };
}

function errors(block: string, text: string): ViewResponseAction {
  return { response_action: 'errors', errors: { [block]: text } };
}

export function registerPromiseModals(routes: SlackRoutes, ctx: KeptContext): void {
  const onSubmit = (
    callbackId: string,
    handle: (submitted: Submitted) => Promise<ViewResponseAction | undefined | (() => Promise<void>)>,
  ) => {
    routes.view(callbackId, async ({ ack, body }) => {
      const submitted = readSubmission(body);
      if (!submitted) {
        await ack();
        ctx.logger.warn(`Ignored a malformed ${callbackId} submission`);
        return;
      }
      const outcome = await handle(submitted);
      if (typeof outcome === 'object') {
        await ack(outcome);
        return;
      }
      await ack();
      ctx.scheduler.poke();
      if (typeof outcome === 'function') await outcome();
    });
  };

  /** A refusal from the action, shown on the given field. */
  const refused = async (submitted: Submitted, result: ActionResult, block: string) => {
    if (result.ok) return undefined;
    if (result.reason === 'duplicate') return undefined;
    const language = await languageOfUser(ctx, submitted.ref.teamId, submitted.ref.actorId);
    return errors(block, refusalText(result, result.promise, language));
  };

  const rewrite = async (submitted: Submitted, result: ActionResult, outcome: string) => {
    if (!result.ok) return;
    const language = await languageOfUser(ctx, submitted.ref.teamId, submitted.ref.actorId);
    const source = submitted.metadata.source;
    const message = promiseUpdateMessage({
      promise: result.promise,
      now: ctx.clock.now(),
      language,
      context: cardContextOf(source),
      outcome,
    });
    await rewriteSource(ctx.client, source, message);
    if (source.kind === 'home') await publishHome(ctx, submitted.ref.teamId, submitted.ref.actorId);
  };

  onSubmit(CALLBACKS.moreTime, async (submitted) => {
    const { ref, values } = submitted;
    const language = await languageOfUser(ctx, ref.teamId, ref.actorId);
    const a = messagesFor(language).actions;
    const deadline = readNewDeadline(
      ctx,
      ref,
      readText(values, B.deadlineText),
      readDateTime(values, B.deadlinePicker),
    );
    if (!deadline.ok) {
      const problem = {
        'not-found': a.refusedNotFound,
        missing: a.errorDeadlineMissing,
        unreadable: a.errorDeadlineUnreadable,
        vague: a.errorDeadlineVague,
        past: a.refusedInPast,
      }[deadline.problem];
      return errors(B.deadlineText, problem);
    }
    const newDueAt = deadline.dueAt;
    const result = extendPromise(ctx, ref, {
      newDueAt,
      deadlineText: deadline.text,
      customerInformed: readChecked(values, B.customerTold).includes('told'),
      reason: readText(values, B.reason),
    });
    if (!result.ok) {
      const block = result.reason === 'customer-not-told' ? B.customerTold : B.deadlineText;
      return refused(submitted, result, block);
    }
    const when = slackDate(newDueAt, result.promise.timeZone, language);
    return () =>
      rewrite(submitted, result, result.renegotiated ? a.doneRenegotiated(when) : a.doneRecovery(when));
  });

  onSubmit(CALLBACKS.handOver, async (submitted) => {
    const { ref, values } = submitted;
    const language = await languageOfUser(ctx, ref.teamId, ref.actorId);
    const a = messagesFor(language).actions;
    const to = readUser(values, B.newOwner);
    if (!to) return errors(B.newOwner, a.newOwner);
    const lookup = await ctx.directory.lookup(ref.teamId, to).catch(() => undefined);
    if (lookup?.found && (lookup.user.isBot || lookup.user.deleted))
      return errors(B.newOwner, a.errorOwnerIsBot);
    const result = requestHandover(ctx, ref, { toUserId: to, note: readText(values, B.note) });
    if (!result.ok) return refused(submitted, result, B.newOwner);
    return async () => {
      // The offer matters most: it goes first, on its own, so a stale message elsewhere cannot stop it.
      ctx.tasks.run('hand-over offer', async () => {
        const theirs = await languageOfUser(ctx, ref.teamId, to);
        const note = readText(values, B.note);
        const offer = promiseUpdateMessage({
          promise: result.promise,
          now: ctx.clock.now(),
          language: theirs,
          context: 'handover-offer',
          outcome:
            messagesFor(theirs).actions.handoverOffer(`<@${ref.actorId}>`) +
            (note ? `\n> ${escapeNote(note)}` : ''),
        });
        await sendDirectMessage(ctx.client, to, offer);
      });
      ctx.tasks.run('hand-over source update', () =>
        rewrite(submitted, result, a.doneHandoverRequested(`<@${to}>`)),
      );
    };
  });

  onSubmit(CALLBACKS.cancel, async (submitted) => {
    const { ref, values } = submitted;
    const language = await languageOfUser(ctx, ref.teamId, ref.actorId);
    const a = messagesFor(language).actions;
    const chosen = readSelected(values, B.cancelReason);
    const reason: CancelReason = isCancelReason(chosen) ? chosen : 'other';
    const result = cancelPromise(ctx, ref, { reason, note: readText(values, B.note) });
    if (!result.ok) return refused(submitted, result, B.cancelReason);
    return () => rewrite(submitted, result, a.statusCancelled(`<@${ref.actorId}>`, a.cancelReasons[reason]));
  });

  onSubmit(CALLBACKS.declineHandover, async (submitted) => {
    const { ref, values } = submitted;
    const language = await languageOfUser(ctx, ref.teamId, ref.actorId);
    const reason = readText(values, B.reason);
    const result = declineHandover(ctx, ref, { reason });
    if (!result.ok) return refused(submitted, result, B.reason);
    const me = `<@${ref.actorId}>`;
    return async () => {
      ctx.tasks.run('decline notice', async () => {
        const owner = result.promise.ownerId;
        const theirs = await languageOfUser(ctx, ref.teamId, owner);
        const notice = promiseUpdateMessage({
          promise: result.promise,
          now: ctx.clock.now(),
          language: theirs,
          context: 'owner',
          outcome: messagesFor(theirs).actions.handoverDeclinedNotice(me, escapeNote(reason)),
        });
        await sendDirectMessage(ctx.client, owner, notice);
      });
      ctx.tasks.run('decline source update', () =>
        rewrite(submitted, result, messagesFor(language).actions.doneDeclined(me)),
      );
    };
  });
}

function isCancelReason(value: string | undefined): value is CancelReason {
  return value === 'customer_withdrew' || value === 'duplicate' || value === 'mistake' || value === 'other';
}

function escapeNote(note: string): string {
  return escapeMrkdwnWithin(note, 500);
}

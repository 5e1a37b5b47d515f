import type { BlockAction } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import type { SnoozeChoice } from '../../domain/promise-rules.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import {
  ACTION_RULES,
  type ActionRef,
  type ActionResult,
  acceptHandover,
  bouncingFlag,
  chooseReading,
  markKept,
  markOnTrack,
  precheckAction,
  setRecovery,
  snoozeReminder,
  takeOver,
} from '../../services/promise-actions.js';
import { listPromises } from '../../services/promise-lists.js';
import { sendDirectMessage } from '../direct-message.js';
import { publishHome } from '../home.js';
import { ACTIONS } from '../ids.js';
import type { KeptContext } from '../kept-context.js';
import { cardContextOf, type MessageRef, type SourceContext } from '../message-ref.js';
import { languageOfUser, refusalText, rewriteSource, tellPrivately } from '../promise-feedback.js';
import type { SlackRoutes } from '../routes.js';
import { cancelModal, declineModal, handOverModal, moreTimeModal } from '../views/action-modals.js';
import { readingChosenMessage } from '../views/command-replies.js';
import { bouncingMessage } from '../views/notices.js';
import type { CardContext } from '../views/promise-actions-block.js';
import { decodeScope, LIST_PAGE_SIZE, promiseListMessage } from '../views/promise-list.js';
import { promiseUpdateMessage } from '../views/promise-update.js';
import { slackDate } from '../views/slack-date.js';

/**
 * The buttons on every message that shows a promise. Each handler acks at once, checks the payload, calls one
 * action, then rewrites the message it came from (or tells the clicker privately why nothing changed).
 */

interface Clicked {
  ref: ActionRef;
  source: MessageRef;
  responseUrl: string | undefined;
  triggerId: string;
  value: string;
}

/** Reads who clicked what where; undefined for a payload that does not look like Slack's. */
export function readClick(body: BlockAction): Clicked | undefined {
  const action = body.actions[0] as {
    value?: unknown;
    selected_option?: { value?: unknown };
    block_id?: unknown;
  };
  const value = typeof action?.value === 'string' ? action.value : action?.selected_option?.value;
  const teamId = body.team?.id ?? body.user.team_id;
  if (typeof value !== 'string' || !teamId) return undefined;
  // Values are `ID`, `hour:ID` / `tomorrow:ID` (snooze), `ID@millis` (a deadline reading) or `actionId|ID`
  // (a list line's menu).
  const promiseId = Number(
    value
      .replace(/^[a-z_]+\|/, '')
      .replace(/^(hour|tomorrow):/, '')
      .split('@')[0],
  );
  if (!Number.isInteger(promiseId) || promiseId <= 0) return undefined;
  const context = contextOf(action?.block_id);
  const container = body.container as {
    type?: string;
    channel_id?: string;
    message_ts?: string;
    is_ephemeral?: boolean;
  };
  let source: MessageRef = { kind: 'none' };
  if (container?.type === 'view' && (body.view as { type?: string } | undefined)?.type === 'home') {
    source = { kind: 'home' };
  }
  if (container?.type === 'message' && container.is_ephemeral && body.response_url) {
    source = { kind: 'ephemeral', responseUrl: body.response_url, context };
  } else if (container?.type === 'message' && container.channel_id && container.message_ts) {
    source = { kind: 'message', channel: container.channel_id, ts: container.message_ts, context };
  }
  return {
    ref: { teamId, promiseId, actorId: body.user.id, receipt: `action:${body.trigger_id}` },
    source,
    responseUrl: body.response_url,
    triggerId: body.trigger_id,
    value,
  };
}

function contextOf(blockId: unknown): SourceContext {
  if (typeof blockId === 'string' && blockId.startsWith('list:')) return 'list';
  const context = typeof blockId === 'string' ? blockId.split(':')[2] : undefined;
  return context === 'reminder' || context === 'escalation' || context === 'handover-offer'
    ? context
    : 'owner';
}

/**
 * No bouncing: once a promise has changed hands twice, the new owner's lead hears about it (customers notice
 * being passed from pillar to post).
 */
function flagBouncing(ctx: KeptContext, promise: CustomerPromise): void {
  const flag = bouncingFlag(ctx, promise);
  if (!flag) return;
  ctx.tasks.run('bouncing notice', async () => {
    const language = await languageOfUser(ctx, promise.teamId, flag.leadId);
    const message = bouncingMessage(promise, flag.handoffs, flag.customer, ctx.clock.now(), language);
    await sendDirectMessage(ctx.client, flag.leadId, message);
  });
}

/**
 * Reads the profile of whoever is about to own a promise before the change, so that its reminders are re-planned
 * in their zone and working hours (planning reads the profile cache, and Kept may never have met a colleague who
 * takes over from a channel). Without Slack the change still goes ahead, planned in the promise's own zone.
 */
async function withNewOwnerKnown(ctx: KeptContext, ref: ActionRef): Promise<ActionRef> {
  try {
    await ctx.directory.lookup(ref.teamId, ref.actorId);
  } catch (error) {
    ctx.logger.warn(`Could not read ${ref.actorId}'s profile; planning in the promise's zone`, error);
  }
  return ref;
}

/** After an action: rewrite the source message on success, tell the clicker why on refusal. */
async function settle(
  ctx: KeptContext,
  clicked: Clicked,
  result: ActionResult,
  outcome: (promise: CustomerPromise) => string,
  context?: CardContext,
): Promise<void> {
  const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
  if (!result.ok) {
    const text = refusalText(result, result.promise, language);
    if (text)
      await tellPrivately(ctx, { userId: clicked.ref.actorId, responseUrl: clicked.responseUrl }, text);
    return;
  }
  ctx.scheduler.poke();
  const source = clicked.source;
  const cardContext = context ?? cardContextOf(source);
  const message = promiseUpdateMessage({
    promise: result.promise,
    now: ctx.clock.now(),
    language,
    context: cardContext,
    outcome: outcome(result.promise),
  });
  await rewriteSource(ctx.client, source, message);
  if (source.kind === 'home') await publishHome(ctx, clicked.ref.teamId, clicked.ref.actorId);
}

export function registerPromiseActions(routes: SlackRoutes, ctx: KeptContext): void {
  const handlers = new Map<string, (clicked: Clicked) => Promise<void>>();
  const on = (actionId: string, handle: (clicked: Clicked) => Promise<void>) => {
    handlers.set(actionId, handle);
    routes.action(actionId, async ({ ack, body }) => {
      await ack();
      const clicked = readClick(body);
      if (!clicked) {
        ctx.logger.warn(`Ignored a malformed ${actionId} payload`);
        return;
      }
      await handle(clicked);
    });
  };

  // A list line's menu: the option's value names the action (`actionId|ID`); run it as if its button was clicked.
  routes.action(ACTIONS.promiseMenu, async ({ ack, body }) => {
    await ack();
    const option = (body.actions[0] as { selected_option?: { value?: unknown } } | undefined)
      ?.selected_option;
    const [actionId, id] = typeof option?.value === 'string' ? option.value.split('|') : [];
    const handle = actionId ? handlers.get(actionId) : undefined;
    const clicked = readClick(body);
    if (!handle || !clicked || !id) {
      ctx.logger.warn('Ignored a malformed list menu payload');
      return;
    }
    const value = actionId === ACTIONS.snooze ? `hour:${id}` : id;
    await handle({ ...clicked, value, ref: { ...clicked.ref, promiseId: Number(id) } });
  });

  routes.action(ACTIONS.listPage, async ({ ack, body, respond }) => {
    await ack();
    const value = (body.actions[0] as { value?: unknown } | undefined)?.value;
    const page = typeof value === 'string' ? decodeScope(value) : undefined;
    const teamId = body.team?.id ?? body.user.team_id;
    if (!page || !teamId) return;
    const language = await languageOfUser(ctx, teamId, body.user.id);
    const found = listPromises(ctx, {
      teamId,
      actorId: body.user.id,
      scope: page.scope,
      offset: page.offset,
      limit: LIST_PAGE_SIZE,
    });
    const message = promiseListMessage({
      scope: page.scope,
      ...found,
      offset: page.offset,
      now: ctx.clock.now(),
      language,
    });
    await respond({
      replace_original: true,
      response_type: 'ephemeral',
      text: message.text,
      blocks: message.blocks,
    });
  });

  on(ACTIONS.kept, async (clicked) => {
    const result = markKept(ctx, clicked.ref);
    const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
    const a = messagesFor(language).actions;
    const when = slackDate(ctx.clock.now(), result.promise?.timeZone ?? 'UTC', language);
    const by = `<@${clicked.ref.actorId}>`;
    await settle(ctx, clicked, result, () =>
      result.ok && result.onTime ? a.statusKeptOnTime(by, when) : a.statusKeptLate(by, when),
    );
  });

  on(ACTIONS.useReading, async (clicked) => {
    const millis = Number(clicked.value.split('@')[1]);
    if (!Number.isFinite(millis)) return;
    const result = chooseReading(ctx, clicked.ref, new Date(millis));
    const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
    if (!result.ok) {
      await settle(ctx, clicked, result, () => '');
      return;
    }
    ctx.scheduler.poke();
    const message = readingChosenMessage({
      promise: result.promise,
      previousDueAt: result.previous.dueAt,
      now: ctx.clock.now(),
      language,
    });
    await rewriteSource(ctx.client, clicked.source, message);
  });

  on(ACTIONS.useSuggestion, async (clicked) => {
    const millis = Number(clicked.value.split('@')[1]);
    if (!Number.isFinite(millis)) return;
    const result = chooseReading(ctx, clicked.ref, new Date(millis), 'coaching');
    const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
    const c = messagesFor(language).coaching;
    await settle(
      ctx,
      clicked,
      result,
      (promise) => c.suggestionTaken(slackDate(promise.dueAt, promise.timeZone, language)),
      'owner',
    );
  });

  on(ACTIONS.recover, async (clicked) => {
    const choice = clicked.value.split('|')[0];
    if (choice === 'other') {
      await handlers.get(ACTIONS.moreTime)?.({ ...clicked, value: String(clicked.ref.promiseId) });
      return;
    }
    if (choice !== 'within_hours' && choice !== 'end_of_today' && choice !== 'tomorrow_noon') return;
    const result = setRecovery(ctx, clicked.ref, choice);
    const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
    const c = messagesFor(language).coaching;
    await settle(ctx, clicked, result, (promise) =>
      c.recoverySet(slackDate(promise.recoveryDueAt ?? promise.dueAt, promise.timeZone, language)),
    );
  });

  on(ACTIONS.onTrack, async (clicked) => {
    const result = markOnTrack(ctx, clicked.ref);
    const a = messagesFor(await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId)).actions;
    await settle(ctx, clicked, result, () => a.doneOnTrack);
  });

  on(ACTIONS.snooze, async (clicked) => {
    const choice: SnoozeChoice = clicked.value.startsWith('tomorrow:') ? 'tomorrow' : 'hour';
    const result = snoozeReminder(ctx, clicked.ref, choice);
    const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
    if (!result.ok) {
      await settle(ctx, clicked, result, () => '');
      return;
    }
    ctx.scheduler.poke();
    const a = messagesFor(language).actions;
    const until = slackDate(result.until, result.promise.timeZone, language);
    const text = result.clamped ? a.doneSnoozedClamped(until) : a.doneSnoozed(until);
    await tellPrivately(ctx, { userId: clicked.ref.actorId, responseUrl: clicked.responseUrl }, text);
  });

  /**
   * A promise changed hands (Take over, or an accepted hand-over): the previous owner is told, a promise passed
   * around is flagged, and the message clicked is rewritten.
   */
  const reassigned = async (
    clicked: Clicked,
    result: ActionResult,
    notice: (language: Language, by: string) => string,
    outcome: (language: Language, by: string) => string,
    context: CardContext,
  ) => {
    const by = `<@${clicked.ref.actorId}>`;
    if (result.ok) {
      const previous = result.previous.ownerId;
      ctx.tasks.run('previous owner notice', async () => {
        const theirs = await languageOfUser(ctx, clicked.ref.teamId, previous);
        const message = promiseUpdateMessage({
          promise: result.promise,
          now: ctx.clock.now(),
          language: theirs,
          context: 'owner',
          outcome: notice(theirs, by),
        });
        await sendDirectMessage(ctx.client, previous, message);
      });
      flagBouncing(ctx, result.promise);
    }
    const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
    await settle(ctx, clicked, result, () => outcome(language, by), context);
  };

  on(ACTIONS.takeOver, async (clicked) =>
    reassigned(
      clicked,
      takeOver(ctx, await withNewOwnerKnown(ctx, clicked.ref)),
      (language, by) => messagesFor(language).actions.takenOverNotice(by),
      (language, by) => messagesFor(language).actions.doneTakenOver(by),
      'escalation',
    ),
  );

  on(ACTIONS.acceptHandover, async (clicked) =>
    reassigned(
      clicked,
      acceptHandover(ctx, await withNewOwnerKnown(ctx, clicked.ref)),
      (language, by) => messagesFor(language).actions.handoverAcceptedNotice(by),
      (language, by) => messagesFor(language).actions.doneOwner(by),
      'owner',
    ),
  );

  const modalOpener = (
    actionId: string,
    rule: (typeof ACTION_RULES)[keyof typeof ACTION_RULES],
    build: typeof moreTimeModal,
  ) =>
    on(actionId, async (clicked) => {
      const check = precheckAction(ctx, clicked.ref, rule);
      const language = await languageOfUser(ctx, clicked.ref.teamId, clicked.ref.actorId);
      if (!check.ok) {
        const text = refusalText(check, check.promise, language);
        await tellPrivately(ctx, { userId: clicked.ref.actorId, responseUrl: clicked.responseUrl }, text);
        return;
      }
      const view = build(check.promise, language, { promiseId: check.promise.id, source: clicked.source });
      await ctx.client.views.open({ trigger_id: clicked.triggerId, view });
    });

  modalOpener(ACTIONS.moreTime, ACTION_RULES.moreTime, moreTimeModal);
  modalOpener(ACTIONS.handOver, ACTION_RULES.handOver, handOverModal);
  modalOpener(ACTIONS.cancel, ACTION_RULES.cancel, cancelModal);
  modalOpener(ACTIONS.declineHandover, ACTION_RULES.decline, declineModal);
}

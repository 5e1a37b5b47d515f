import type { AckFn, RespondArguments, SlashCommand, webApi } from '@slack/bolt';
import { parsePromiseCommand } from '../../domain/promise-command.js';
import { escapeMrkdwnWithin } from '../../domain/slack-text.js';
import { formatWallClock, parseWallClock } from '../../domain/workspace-settings.js';
import { type Language, languageOf } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { removeDigest, setDigestChannel } from '../../services/digest.js';
import { historyOfCustomer, listPromises, namesAPromise } from '../../services/promise-lists.js';
import {
  type RecordingCommand,
  type RecordOutcome,
  recordPromiseFromCommand,
} from '../../services/record-promise.js';
import { loadSettingsForEditing, setEscalationChannel } from '../../services/settings.js';
import { statsFor } from '../../services/stats.js';
import { type ResolvedUser, SlackUnavailableError } from '../../services/user-directory.js';
import { sendDirectMessage } from '../direct-message.js';
import { PROMISE_COMMAND } from '../ids.js';
import type { KeptContext } from '../kept-context.js';
import type { SlackRoutes } from '../routes.js';
import {
  confirmationMessage,
  helpMessage,
  ownerNoticeMessage,
  plainMessage,
  refusalMessage,
} from '../views/command-replies.js';
import { newPromiseModal } from '../views/new-promise-modal.js';
import { customerHistoryMessage, LIST_PAGE_SIZE, promiseListMessage } from '../views/promise-list.js';
import { settingsModal } from '../views/settings-modal.js';
import type { SlackMessage } from '../views/slack-message.js';
import { statsMessage } from '../views/stats.js';

/**
 * How long the command may work before it must answer Slack. Slack allows 3 s; past this budget Kept acks with
 * "working on it" and sends the result to the response_url instead, so a slow users.info never times out.
 */
export const ACK_BUDGET_MS = 2000;

export function registerPromiseCommand(routes: SlackRoutes, ctx: KeptContext): void {
  routes.command(PROMISE_COMMAND, async ({ command, ack, respond, client }) => {
    if (!isUsableCommand(command)) {
      await ack(ephemeral(plainMessage(messagesFor('en').internalError)));
      return;
    }
    let parsed = parsePromiseCommand(command.text);
    if (parsed.kind === 'customer' && namesAPromise(parsed.name, ctx.clock.now())) {
      parsed = { kind: 'record', ownerId: null, customer: null, body: command.text.trim() };
    }
    switch (parsed.kind) {
      case 'settings':
        await openSettings(ctx, command, ack, client);
        return;
      case 'escalate-here':
      case 'escalate-off':
        await ack(ephemeral(await escalationReply(ctx, command, parsed.kind)));
        return;
      case 'list': {
        const language = await senderLanguage(ctx, command);
        const page = listPromises(ctx, {
          teamId: command.team_id,
          actorId: command.user_id,
          scope: parsed.scope,
          offset: 0,
          limit: LIST_PAGE_SIZE,
        });
        await ack(
          ephemeral(
            promiseListMessage({ scope: parsed.scope, ...page, offset: 0, now: ctx.clock.now(), language }),
          ),
        );
        return;
      }
      case 'digest-here':
      case 'digest-off':
        await ack(ephemeral(await digestReply(ctx, command, parsed)));
        return;
      case 'stats': {
        const language = await senderLanguage(ctx, command);
        const stats = statsFor(ctx, command.team_id, command.user_id, parsed.scope, parsed.days);
        await ack(ephemeral(statsMessage({ scope: parsed.scope, days: parsed.days, stats, language })));
        return;
      }
      case 'customer': {
        const language = await senderLanguage(ctx, command);
        const history = historyOfCustomer(ctx, command.team_id, parsed.name);
        await ack(
          ephemeral(
            customerHistoryMessage({ name: parsed.name, ...history, now: ctx.clock.now(), language }),
          ),
        );
        return;
      }
    }
    const work = runCommand(ctx, command, parsed);
    const early = await withinBudget(work, ACK_BUDGET_MS);
    if (early !== undefined) {
      await ack(ephemeral(early.reply));
    } else {
      await ack(
        ephemeral(plainMessage(`${messagesFor('en').workingOnIt} / ${messagesFor('nl').workingOnIt}`)),
      );
      const late = await work;
      await respond({ ...ephemeral(late.reply), replace_original: true });
    }
    const { outcome } = await work;
    if (outcome?.kind === 'refused' && outcome.draft && early !== undefined) {
      // Text that could not be read opens the full form, prefilled with what was understood.
      const { draft } = outcome;
      const view = newPromiseModal(
        {
          ownerId: draft.ownerId,
          what: draft.what,
          deadlineText: draft.deadlineText,
          ...(draft.customer ? { customer: draft.customer } : {}),
        },
        languageOf(outcome.sender.locale),
        { source: 'slash_command', responseUrl: command.response_url },
      );
      await client.views.open({ trigger_id: command.trigger_id, view });
    }
    if (outcome?.kind === 'recorded' && outcome.created) ctx.scheduler.poke(outcome.firstNoticeAt);
    if (outcome?.kind === 'recorded' && outcome.created && outcome.owner.userId !== outcome.sender.userId) {
      const notice = ownerNoticeMessage(outcome.promise, ctx.clock.now(), languageOf(outcome.owner.locale));
      ctx.tasks.run('owner notice', async () => {
        await sendDirectMessage(ctx.client, outcome.owner.userId, notice);
      });
    }
  });
}

/**
 * The sender's profile for a subcommand's reply, answered before the ack: the cache if there is one, else Slack
 * within a second, else nothing (English and the default zone).
 */
async function senderProfile(ctx: KeptContext, command: SlashCommand): Promise<ResolvedUser | undefined> {
  const cached = ctx.directory.cached(command.team_id, command.user_id);
  if (cached) return cached;
  const lookup = await withinBudget(
    ctx.directory.lookup(command.team_id, command.user_id).catch(() => undefined),
    SUBCOMMAND_LOOKUP_BUDGET_MS,
  );
  return lookup?.found ? lookup.user : undefined;
}

const SUBCOMMAND_LOOKUP_BUDGET_MS = 1000;

async function senderLanguage(ctx: KeptContext, command: SlashCommand): Promise<Language> {
  return languageOf((await senderProfile(ctx, command))?.locale);
}

/** `/promise settings`: acks at once (the trigger_id lives 3 s), then opens the settings modal. */
async function openSettings(
  ctx: KeptContext,
  command: SlashCommand,
  ack: AckFn<string | RespondArguments>,
  client: webApi.WebClient,
): Promise<void> {
  await ack();
  const language = await senderLanguage(ctx, command);
  const { settings, leads, digestChannels } = loadSettingsForEditing(ctx, command.team_id);
  const privateMetadata = JSON.stringify({ responseUrl: command.response_url });
  await client.views.open({
    trigger_id: command.trigger_id,
    view: settingsModal({ settings, leads, digestChannels, language, privateMetadata }),
  });
}

async function escalationReply(
  ctx: KeptContext,
  command: SlashCommand,
  kind: 'escalate-here' | 'escalate-off',
): Promise<SlackMessage> {
  const m = messagesFor(await senderLanguage(ctx, command));
  if (kind === 'escalate-off') {
    setEscalationChannel(ctx, command.team_id, null, command.user_id);
    return plainMessage(m.escalateOffDone);
  }
  // Direct messages (D…) and group DMs cannot be an escalation channel.
  if (!/^[CG][A-Z0-9]+$/.test(command.channel_id)) return plainMessage(m.escalateNeedsChannel);
  setEscalationChannel(ctx, command.team_id, command.channel_id, command.user_id);
  return plainMessage(m.escalateHereDone(`<#${command.channel_id}>`));
}

/** `/promise digest here [HH:MM]` and `/promise digest off`, in the channel concerned. */
async function digestReply(
  ctx: KeptContext,
  command: SlashCommand,
  parsed: { kind: 'digest-here'; time: string | undefined } | { kind: 'digest-off' },
): Promise<SlackMessage> {
  const user = await senderProfile(ctx, command);
  const d = messagesFor(languageOf(user?.locale)).digest;
  if (!/^[CG][A-Z0-9]+$/.test(command.channel_id)) return plainMessage(d.needsChannel);
  if (parsed.kind === 'digest-off') {
    removeDigest(ctx, command.team_id, command.channel_id);
    return plainMessage(d.offDone);
  }
  const time = parsed.time === undefined ? { hour: 9, minute: 0 } : parseWallClock(parsed.time);
  if (!time) return plainMessage(d.badTime(escapeMrkdwnWithin(parsed.time ?? '', 40)));
  const localTime = formatWallClock(time);
  setDigestChannel(ctx, {
    teamId: command.team_id,
    channelId: command.channel_id,
    localTime,
    timeZone: user?.timeZone ?? ctx.config.defaultTimeZone,
    userId: command.user_id,
  });
  ctx.scheduler.poke();
  return plainMessage(d.hereDone(`<#${command.channel_id}>`, localTime));
}

interface CommandResult {
  outcome: RecordOutcome | undefined;
  reply: SlackMessage;
}

async function runCommand(
  ctx: KeptContext,
  command: SlashCommand,
  parsed: RecordingCommand,
): Promise<CommandResult> {
  try {
    const outcome = await recordPromiseFromCommand(ctx, {
      teamId: command.team_id,
      senderId: command.user_id,
      channelId: command.channel_id || null,
      text: command.text,
      command: parsed,
      requestKey: command.trigger_id || null,
    });
    return { outcome, reply: replyFor(outcome, ctx.clock.now()) };
  } catch (error) {
    const m = messagesFor('en');
    if (error instanceof SlackUnavailableError) {
      ctx.logger.warn(error.message);
      return { outcome: undefined, reply: plainMessage(m.slackUnavailable) };
    }
    ctx.logger.error('/promise failed', error);
    return { outcome: undefined, reply: plainMessage(m.internalError) };
  }
}

function replyFor(outcome: RecordOutcome, now: Date): SlackMessage {
  const language = languageOf(outcome.sender.locale);
  switch (outcome.kind) {
    case 'help':
      return helpMessage(language);
    case 'refused':
      return refusalMessage(outcome.refusal, language);
    case 'recorded':
      return confirmationMessage({
        promise: outcome.promise,
        deadline: outcome.deadline,
        senderId: outcome.sender.userId,
        created: outcome.created,
        now,
        language,
        coaching: outcome.coaching,
      });
  }
}

function ephemeral(message: SlackMessage): RespondArguments {
  return { response_type: 'ephemeral', text: message.text, blocks: message.blocks };
}

function isUsableCommand(command: SlashCommand): boolean {
  return (
    typeof command.team_id === 'string' &&
    /^[TE][A-Z0-9]+$/.test(command.team_id) &&
    typeof command.user_id === 'string' &&
    /^[UW][A-Z0-9]+$/.test(command.user_id) &&
    typeof command.text === 'string'
  );
}

async function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), budgetMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { ACTIONS } from '../ids.js';

/**
 * Where a promise is shown decides which actions fit: the owner's own messages carry the owner's actions (and
 * "On track" on reminders); an escalation carries "Take over"; a hand-over offer carries Accept and Decline.
 */
export type CardContext = 'owner' | 'reminder' | 'escalation' | 'handover-offer';

/** The actions block for a promise in its current state, or undefined when none fit (a closed promise). */
export function promiseActionsBlock(
  promise: CustomerPromise,
  language: Language,
  context: CardContext,
): types.KnownBlock | undefined {
  const a = messagesFor(language).actions;
  const m = messagesFor(language);
  const id = String(promise.id);
  const live = promise.status === 'open' || promise.status === 'broken';
  if (!live) return undefined;
  const button = (actionId: string, text: string, style?: 'primary' | 'danger'): types.Button => ({
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text },
    value: id,
    ...(style ? { style } : {}),
  });
  let elements: types.ActionsBlockElement[];
  if (context === 'escalation') {
    elements = [button(ACTIONS.takeOver, m.buttonTakeOver, 'primary')];
  } else if (context === 'handover-offer') {
    if (promise.handoverTo === null) return undefined;
    elements = [
      button(ACTIONS.acceptHandover, a.accept, 'primary'),
      button(ACTIONS.declineHandover, a.decline),
    ];
  } else if (promise.status === 'broken') {
    elements = [
      button(ACTIONS.kept, a.keptLate, 'primary'),
      button(ACTIONS.moreTime, a.moreTime),
      button(ACTIONS.handOver, a.handOver),
    ];
  } else {
    elements = [
      button(ACTIONS.kept, a.kept, 'primary'),
      ...(context === 'reminder' ? [button(ACTIONS.onTrack, m.buttonOnTrack)] : []),
      button(ACTIONS.moreTime, a.moreTime),
      button(ACTIONS.handOver, a.handOver),
      {
        type: 'overflow',
        action_id: ACTIONS.snooze,
        options: [
          { text: { type: 'plain_text', text: a.snoozeHour }, value: `hour:${id}` },
          { text: { type: 'plain_text', text: a.snoozeTomorrow }, value: `tomorrow:${id}` },
        ],
      },
      button(ACTIONS.cancel, a.cancel),
    ];
  }
  return { type: 'actions', block_id: `promise:${id}:${context}`, elements };
}

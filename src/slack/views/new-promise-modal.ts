import type { types } from '@slack/bolt';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { MODAL_BLOCKS as B, CALLBACKS, INPUT_ACTION } from '../ids.js';

/** Where the form was opened from, carried to its submission. */
export interface NewPromiseMetadata {
  source: 'slash_command' | 'message_shortcut' | 'modal';
  /** The message it was made from (message shortcut), to keep its permalink. */
  channelId?: string;
  messageTs?: string;
  /** The /promise command's response_url, to confirm where it was typed. */
  responseUrl?: string;
}

export interface NewPromisePrefill {
  customer?: string;
  what?: string;
  deadlineText?: string;
  ownerId: string;
}

/** The full promise form: the global shortcut, "Track as promise", and /promise text that could not be read. */
export function newPromiseModal(
  prefill: NewPromisePrefill,
  language: Language,
  metadata: NewPromiseMetadata,
): types.ModalView {
  const m = messagesFor(language).newPromise;
  const a = messagesFor(language).actions;
  const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text });
  const text = (blockId: string, label: string, optional: boolean, value: string | undefined, extra = {}) =>
    ({
      type: 'input',
      block_id: blockId,
      optional,
      label: plain(label),
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        ...(value ? { initial_value: value.slice(0, 3000) } : {}),
        ...extra,
      },
    }) as types.InputBlock;
  return {
    type: 'modal',
    callback_id: CALLBACKS.newPromise,
    title: plain(m.title),
    submit: plain(m.submit),
    close: plain(a.close),
    private_metadata: JSON.stringify(metadata).slice(0, 3000),
    blocks: [
      text(B.customer, m.customer, true, prefill.customer, { max_length: 200 }),
      text(B.what, m.what, false, prefill.what, { multiline: true, max_length: 2000 }),
      {
        type: 'input',
        block_id: B.owner,
        label: plain(m.owner),
        element: { type: 'users_select', action_id: INPUT_ACTION, initial_user: prefill.ownerId },
      },
      {
        ...text(B.deadlineText, m.deadline, true, prefill.deadlineText, { max_length: 200 }),
        hint: plain(m.deadlineHint),
      },
      {
        type: 'input',
        block_id: B.deadlinePicker,
        optional: true,
        label: plain(a.orPick),
        element: { type: 'datetimepicker', action_id: INPUT_ACTION },
      },
      text(B.note, m.notes, true, undefined, { multiline: true, max_length: 2000 }),
    ],
  };
}

export function readNewPromiseMetadata(text: string): NewPromiseMetadata {
  try {
    const parsed = JSON.parse(text) as Partial<NewPromiseMetadata>;
    const source =
      parsed.source === 'slash_command' || parsed.source === 'message_shortcut' ? parsed.source : 'modal';
    return {
      source,
      ...(typeof parsed.channelId === 'string' ? { channelId: parsed.channelId } : {}),
      ...(typeof parsed.messageTs === 'string' ? { messageTs: parsed.messageTs } : {}),
      ...(typeof parsed.responseUrl === 'string' ? { responseUrl: parsed.responseUrl } : {}),
    };
  } catch {
    return { source: 'modal' };
  }
}

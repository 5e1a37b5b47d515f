import type { types } from '@slack/bolt';
import type { CustomerPromise } from '../../domain/customer-promise.js';
import { escapeMrkdwnWithin } from '../../domain/slack-text.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import type { CancelReason } from '../../services/promise-actions.js';
import { MODAL_BLOCKS as B, CALLBACKS, INPUT_ACTION } from '../ids.js';
import { encodeMetadata, type ModalMetadata } from '../message-ref.js';
import type { ViewStateValues } from './settings-modal.js';

/** The modals behind "Need more time", "Hand over", "Cancel" and "Decline". */

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text: text.slice(0, 150) });

function modal(
  callbackId: string,
  title: string,
  language: Language,
  metadata: ModalMetadata,
  blocks: types.KnownBlock[],
): types.ModalView {
  const a = messagesFor(language).actions;
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title.slice(0, 24)),
    submit: plain(a.save),
    close: plain(a.close),
    private_metadata: encodeMetadata(metadata),
    blocks,
  };
}

function summary(promise: CustomerPromise): types.KnownBlock {
  const customer = promise.customer === null ? '' : `${escapeMrkdwnWithin(promise.customer, 200)}: `;
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: `*${customer}${escapeMrkdwnWithin(promise.what, 2500)}*` },
  };
}

function textInput(
  blockId: string,
  label: string,
  optional: boolean,
  multiline = false,
  hint?: string,
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline, max_length: 2000 },
  };
}

export function moreTimeModal(
  promise: CustomerPromise,
  language: Language,
  metadata: ModalMetadata,
): types.ModalView {
  const a = messagesFor(language).actions;
  return modal(CALLBACKS.moreTime, a.moreTimeTitle, language, metadata, [
    summary(promise),
    textInput(B.deadlineText, a.newDeadline, true, false, a.newDeadlineHint),
    {
      type: 'input',
      block_id: B.deadlinePicker,
      optional: true,
      label: plain(a.orPick),
      element: { type: 'datetimepicker', action_id: INPUT_ACTION },
    },
    {
      type: 'input',
      block_id: B.customerTold,
      optional: true,
      label: plain(a.customerTold),
      element: {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: [{ text: plain(a.customerToldOption), value: 'told' }],
      },
    },
    textInput(B.reason, a.reason, true, true),
  ]);
}

export function handOverModal(
  promise: CustomerPromise,
  language: Language,
  metadata: ModalMetadata,
): types.ModalView {
  const a = messagesFor(language).actions;
  return modal(CALLBACKS.handOver, a.handOverTitle, language, metadata, [
    summary(promise),
    {
      type: 'input',
      block_id: B.newOwner,
      label: plain(a.newOwner),
      element: { type: 'users_select', action_id: INPUT_ACTION },
    },
    textInput(B.note, a.note, true, true),
  ]);
}

export function cancelModal(
  promise: CustomerPromise,
  language: Language,
  metadata: ModalMetadata,
): types.ModalView {
  const a = messagesFor(language).actions;
  const options = (Object.keys(a.cancelReasons) as CancelReason[]).map((value) => ({
    text: plain(a.cancelReasons[value]),
    value,
  }));
  return modal(CALLBACKS.cancel, a.cancelTitle, language, metadata, [
    summary(promise),
    {
      type: 'input',
      block_id: B.cancelReason,
      label: plain(a.cancelReason),
      element: { type: 'static_select', action_id: INPUT_ACTION, options },
    },
    textInput(B.note, a.note, true, true),
  ]);
}

export function declineModal(
  promise: CustomerPromise,
  language: Language,
  metadata: ModalMetadata,
): types.ModalView {
  const a = messagesFor(language).actions;
  return modal(CALLBACKS.declineHandover, a.declineTitle, language, metadata, [
    summary(promise),
    textInput(B.reason, a.declineReason, true, true),
  ]);
}

/** Reading submitted values: every reader tolerates a missing or oddly shaped field and returns plain data. */
export function readText(values: ViewStateValues, block: string): string {
  const value = (values[block]?.[INPUT_ACTION] as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value.trim() : '';
}

export function readDateTime(values: ViewStateValues, block: string): Date | undefined {
  const seconds = (values[block]?.[INPUT_ACTION] as { selected_date_time?: unknown } | undefined)
    ?.selected_date_time;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
}

export function readChecked(values: ViewStateValues, block: string): string[] {
  const options = (values[block]?.[INPUT_ACTION] as { selected_options?: unknown } | undefined)
    ?.selected_options;
  return Array.isArray(options)
    ? options.map((o) => (o as { value?: unknown }).value).filter((v): v is string => typeof v === 'string')
    : [];
}

export function readSelected(values: ViewStateValues, block: string): string | undefined {
  const option = (
    values[block]?.[INPUT_ACTION] as { selected_option?: { value?: unknown } | null } | undefined
  )?.selected_option;
  return typeof option?.value === 'string' ? option.value : undefined;
}

export function readUser(values: ViewStateValues, block: string): string | undefined {
  const user = (values[block]?.[INPUT_ACTION] as { selected_user?: unknown } | undefined)?.selected_user;
  return typeof user === 'string' && user !== '' ? user : undefined;
}

import type { types } from '@slack/bolt';
import { type IsoWeekday, isKnownTimeZone } from '../../domain/business-calendar.js';
import {
  formatWallClock,
  MAX_LOAD_THRESHOLD,
  parseWallClock,
  type WorkspaceSettings,
} from '../../domain/workspace-settings.js';
import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { SETTINGS_BLOCKS as B, CALLBACKS, INPUT_ACTION } from '../ids.js';

/** Countries offered for public holidays (date-holidays codes); the current one is always offered too. */
const HOLIDAY_COUNTRIES: ReadonlyArray<[string, string]> = [
  ['NL', 'Nederland'],
  ['BE', 'België / Belgique'],
  ['DE', 'Deutschland'],
  ['LU', 'Luxembourg'],
  ['FR', 'France'],
  ['GB', 'United Kingdom'],
  ['IE', 'Ireland'],
  ['ES', 'España'],
  ['PT', 'Portugal'],
  ['IT', 'Italia'],
  ['AT', 'Österreich'],
  ['CH', 'Schweiz / Suisse'],
  ['DK', 'Danmark'],
  ['SE', 'Sverige'],
  ['NO', 'Norge'],
  ['FI', 'Suomi'],
  ['PL', 'Polska'],
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['AU', 'Australia'],
  ['NZ', 'New Zealand'],
  ['ZA', 'South Africa'],
  ['IN', 'India'],
  ['SG', 'Singapore'],
  ['JP', 'Japan'],
];

export interface SettingsModalInput {
  settings: WorkspaceSettings;
  leads: ReadonlyArray<{ userId: string; leadId: string }>;
  digestChannels: ReadonlyArray<{ channelId: string; localTime: string }>;
  language: Language;
  /** Carried through to the submission (the response_url to confirm on). */
  privateMetadata: string;
}

export function settingsModal(input: SettingsModalInput): types.ModalView {
  const { settings, language } = input;
  const m = messagesFor(language).settings;
  const hours = settings.workingHours;
  const option = (text: string, value: string): types.PlainTextOption => ({ text: plain(text), value });
  const dayOptions = m.weekdays.map((day, index) => option(day, String(index + 1)));
  const ladderOptions = [
    option(m.ladderDayBefore, 'dayBefore'),
    option(m.ladderSoon, 'soon'),
    option(m.ladderAtRisk, 'atRisk'),
  ];
  const countries = HOLIDAY_COUNTRIES.some(([code]) => code === hours.country)
    ? HOLIDAY_COUNTRIES
    : [[hours.country, hours.country] as [string, string], ...HOLIDAY_COUNTRIES];
  const countryOptions = countries.map(([code, name]) => option(`${name} (${code})`, code));
  const languageOptions = [option('English', 'en'), option('Nederlands', 'nl')];
  const leadLines = input.leads.slice(0, 40).map((lead) => `• <@${lead.userId}> → <@${lead.leadId}>`);
  if (input.leads.length > 40) leadLines.push(`… +${input.leads.length - 40}`);

  const blocks: types.KnownBlock[] = [
    {
      type: 'input',
      block_id: B.escalationChannel,
      optional: true,
      label: plain(m.escalationChannel),
      hint: plain(m.escalationChannelHint),
      element: {
        type: 'conversations_select',
        action_id: INPUT_ACTION,
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(settings.escalationChannelId ? { initial_conversation: settings.escalationChannelId } : {}),
      },
    },
    {
      type: 'input',
      block_id: B.language,
      label: plain(m.language),
      element: {
        type: 'static_select',
        action_id: INPUT_ACTION,
        options: languageOptions,
        initial_option: languageOptions.find((o) => o.value === settings.language),
      },
    },
    {
      type: 'input',
      block_id: B.workDays,
      label: plain(m.workDays),
      element: {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: dayOptions,
        initial_options: dayOptions.filter((o) => hours.days.includes(Number(o.value) as IsoWeekday)),
      },
    },
    timeInput(B.workStart, m.workStart, formatWallClock(hours.start)),
    timeInput(B.workEnd, m.workEnd, formatWallClock(hours.end)),
    timeInput(B.endOfBusiness, m.endOfBusiness, formatWallClock(settings.endOfBusiness), m.endOfBusinessHint),
    {
      type: 'input',
      block_id: B.holidayCountry,
      label: plain(m.holidayCountry),
      element: {
        type: 'static_select',
        action_id: INPUT_ACTION,
        options: countryOptions,
        initial_option: countryOptions.find((o) => o.value === hours.country),
      },
    },
    {
      type: 'input',
      block_id: B.timeZone,
      optional: true,
      label: plain(m.timeZone),
      hint: plain(m.timeZoneHint),
      element: {
        type: 'plain_text_input',
        action_id: INPUT_ACTION,
        max_length: 64,
        ...(settings.defaultTimeZone ? { initial_value: settings.defaultTimeZone } : {}),
      },
    },
    {
      type: 'input',
      block_id: B.ladder,
      optional: true,
      label: plain(m.ladder),
      element: {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: ladderOptions,
        ...nonEmpty(
          'initial_options',
          ladderOptions.filter((o) => settings.ladder[o.value as 'dayBefore' | 'soon' | 'atRisk'].enabled),
        ),
      },
    },
    {
      type: 'input',
      block_id: B.coaching,
      optional: true,
      label: plain(m.coaching),
      element: {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: [option(m.coachingOption, 'on')],
        ...(settings.coachingEnabled ? { initial_options: [option(m.coachingOption, 'on')] } : {}),
      },
    },
    {
      type: 'input',
      block_id: B.loadThreshold,
      label: plain(m.loadThreshold),
      element: {
        type: 'number_input',
        action_id: INPUT_ACTION,
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '100',
        initial_value: String(settings.loadThreshold),
      },
    },
    {
      type: 'input',
      block_id: B.digestChannel,
      optional: true,
      label: plain(m.digestChannel),
      ...(input.digestChannels.length > 0
        ? {
            hint: plain(
              m
                .digestChannels(input.digestChannels.map((d) => `#${d.channelId} ${d.localTime}`).join(', '))
                .slice(0, 150),
            ),
          }
        : {}),
      element: {
        type: 'conversations_select',
        action_id: INPUT_ACTION,
        filter: { include: ['public', 'private'] },
      },
    },
    timeInput(B.digestTime, m.digestTime, '09:00'),
    { type: 'divider' },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [m.leadsHeader, ...(leadLines.length > 0 ? leadLines : [m.leadsNone])].join('\n'),
      },
    },
    {
      type: 'input',
      block_id: B.leadPerson,
      optional: true,
      label: plain(m.leadPerson),
      element: { type: 'users_select', action_id: INPUT_ACTION },
    },
    {
      type: 'input',
      block_id: B.leadLead,
      optional: true,
      label: plain(m.leadLead),
      hint: plain(m.leadHint),
      element: { type: 'users_select', action_id: INPUT_ACTION },
    },
  ];
  return {
    type: 'modal',
    callback_id: CALLBACKS.settings,
    title: plain(m.title.slice(0, 24)),
    submit: plain(m.save),
    close: plain(m.cancel),
    private_metadata: input.privateMetadata.slice(0, 3000),
    blocks,
  };
}

export type SettingsSubmission =
  | {
      ok: true;
      settings: WorkspaceSettings;
      /** A lead to set (or remove, when leadId is null) for one person. */
      lead: { userId: string; leadId: string | null } | undefined;
      /** A channel to get the daily digest, at a local time of the person saving. */
      digest: { channelId: string; localTime: string } | undefined;
    }
  | { ok: false; errors: Record<string, string> };

/** The modal's state values as Slack sends them: block id → action id → element state. */
export type ViewStateValues = Record<string, Record<string, unknown>>;

/** Reads and validates a settings submission; errors are keyed by block id, for Slack to show inline. */
export function readSettingsSubmission(
  values: ViewStateValues,
  current: WorkspaceSettings,
  language: Language,
): SettingsSubmission {
  const m = messagesFor(language).settings;
  const errors: Record<string, string> = {};
  const element = (block: string) => values[block]?.[INPUT_ACTION] as Record<string, unknown> | undefined;
  const selected = (block: string) => {
    const value = (element(block)?.selected_option as { value?: unknown } | null | undefined)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const checked = (block: string) => {
    const options = element(block)?.selected_options;
    return Array.isArray(options)
      ? options.map((o) => (o as { value?: unknown }).value).filter((v): v is string => typeof v === 'string')
      : [];
  };
  const time = (block: string) => {
    const raw = element(block)?.selected_time;
    const parsed = typeof raw === 'string' ? parseWallClock(raw) : undefined;
    if (!parsed) errors[block] = m.errorBadTime;
    return parsed;
  };
  const user = (block: string) => {
    const value = element(block)?.selected_user;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };

  const channel = element(B.escalationChannel)?.selected_conversation;
  const days = checked(B.workDays)
    .map(Number)
    .filter((d): d is IsoWeekday => Number.isInteger(d) && d >= 1 && d <= 7);
  if (days.length === 0) errors[B.workDays] = m.errorNoWorkDays;
  const start = time(B.workStart);
  const end = time(B.workEnd);
  if (start && end && end.hour * 60 + end.minute <= start.hour * 60 + start.minute) {
    errors[B.workEnd] = m.errorEndBeforeStart;
  }
  const endOfBusiness = time(B.endOfBusiness);
  const zoneRaw = element(B.timeZone)?.value;
  const zone = typeof zoneRaw === 'string' && zoneRaw.trim() !== '' ? zoneRaw.trim() : null;
  if (zone !== null && !isKnownTimeZone(zone)) errors[B.timeZone] = m.errorTimeZone;
  const ladderOn = new Set(checked(B.ladder));
  const loadRaw = element(B.loadThreshold)?.value;
  const load = typeof loadRaw === 'string' && /^\d+$/.test(loadRaw.trim()) ? Number(loadRaw) : Number.NaN;
  if (!(load >= 1 && load <= MAX_LOAD_THRESHOLD)) errors[B.loadThreshold] = m.errorLoadThreshold;
  const digestRaw = element(B.digestChannel)?.selected_conversation;
  const digestChannel = typeof digestRaw === 'string' && digestRaw !== '' ? digestRaw : undefined;
  const digestTime = digestChannel ? time(B.digestTime) : undefined;
  const person = user(B.leadPerson);
  const lead = user(B.leadLead);
  if (lead && !person) errors[B.leadPerson] = m.errorLeadWithoutPerson;
  if (lead && person && lead === person) errors[B.leadLead] = m.errorOwnLead;

  if (Object.keys(errors).length > 0 || !start || !end || !endOfBusiness) return { ok: false, errors };
  const language_ = selected(B.language);
  return {
    ok: true,
    settings: {
      ...current,
      escalationChannelId: typeof channel === 'string' && channel !== '' ? channel : null,
      language: language_ === 'nl' ? 'nl' : 'en',
      workingHours: {
        start,
        end,
        days,
        country: selected(B.holidayCountry) ?? current.workingHours.country,
      },
      endOfBusiness,
      defaultTimeZone: zone,
      coachingEnabled: checked(B.coaching).includes('on'),
      loadThreshold: load,
      ladder: {
        dayBefore: { ...current.ladder.dayBefore, enabled: ladderOn.has('dayBefore') },
        soon: { ...current.ladder.soon, enabled: ladderOn.has('soon') },
        atRisk: { ...current.ladder.atRisk, enabled: ladderOn.has('atRisk') },
      },
    },
    lead: person ? { userId: person, leadId: lead ?? null } : undefined,
    digest:
      digestChannel && digestTime
        ? { channelId: digestChannel, localTime: formatWallClock(digestTime) }
        : undefined,
  };
}

function timeInput(blockId: string, label: string, initial: string, hint?: string): types.KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element: { type: 'timepicker', action_id: INPUT_ACTION, initial_time: initial },
  };
}

function plain(text: string): types.PlainTextElement {
  return { type: 'plain_text', text };
}

/** Slack rejects an empty `initial_options`; leave the key out instead. */
function nonEmpty<T>(key: string, items: T[]): Record<string, T[]> {
  return items.length > 0 ? { [key]: items } : {};
}

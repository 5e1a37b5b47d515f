/** Every Slack id Kept binds to, in one place. The manifest declares the same names. */
export const PROMISE_COMMAND = '/promise';
export const HEALTH_PATH = '/healthz';
export const EVENTS_PATH = '/slack/events';

/** Block Kit action ids. The value of each button is the promise id (the snooze menu: `hour:ID`, `tomorrow:ID`). */
export const ACTIONS = {
  kept: 'promise_kept',
  moreTime: 'promise_more_time',
  handOver: 'promise_hand_over',
  snooze: 'promise_snooze',
  cancel: 'promise_cancel',
  onTrack: 'promise_on_track',
  takeOver: 'promise_take_over',
  acceptHandover: 'handover_accept',
  declineHandover: 'handover_decline',
  /** Paging a list; value `scope|userId|offset`. */
  listPage: 'list_page',
  /** The actions menu on a list item; option value `actionId|ID`. */
  promiseMenu: 'promise_menu',
  /** Another reading of an ambiguous deadline; value `ID@epochMillis`. */
  useReading: 'promise_use_reading',
  /** The realism check's safer deadline; value `ID@epochMillis`. */
  useSuggestion: 'promise_use_suggestion',
  /** A one-click recovery deadline after a breach; value `choice|ID`. */
  recover: 'promise_recover',
} as const;

/** Modal callback ids. */
export const CALLBACKS = {
  settings: 'kept_settings',
  moreTime: 'promise_more_time_modal',
  handOver: 'promise_hand_over_modal',
  cancel: 'promise_cancel_modal',
  declineHandover: 'handover_decline_modal',
  newPromise: 'promise_new_modal',
} as const;

/** Shortcut callback ids, as declared in manifest.yml. */
export const SHORTCUTS = {
  trackMessage: 'track_as_promise',
  newPromise: 'new_promise',
} as const;

/** Block ids of the action modals (each input's element has the action id `value`). */
export const MODAL_BLOCKS = {
  deadlineText: 'modal_deadline_text',
  deadlinePicker: 'modal_deadline_picker',
  customerTold: 'modal_customer_told',
  reason: 'modal_reason',
  newOwner: 'modal_new_owner',
  note: 'modal_note',
  cancelReason: 'modal_cancel_reason',
  customer: 'modal_customer',
  what: 'modal_what',
  owner: 'modal_owner',
} as const;

/** Block ids of the settings modal; each input's element has the action id `value`. */
export const SETTINGS_BLOCKS = {
  escalationChannel: 'settings_escalation_channel',
  language: 'settings_language',
  workDays: 'settings_work_days',
  workStart: 'settings_work_start',
  workEnd: 'settings_work_end',
  endOfBusiness: 'settings_end_of_business',
  holidayCountry: 'settings_holiday_country',
  timeZone: 'settings_time_zone',
  ladder: 'settings_ladder',
  coaching: 'settings_coaching',
  loadThreshold: 'settings_load_threshold',
  digestChannel: 'settings_digest_channel',
  digestTime: 'settings_digest_time',
  leadPerson: 'settings_lead_person',
  leadLead: 'settings_lead_lead',
} as const;

export const INPUT_ACTION = 'value';

/** Every Slack id Kept binds to, in one place. The manifest declares the same names. */
export const PROMISE_COMMAND = '/promise';
export const HEALTH_PATH = '/healthz';
export const EVENTS_PATH = '/slack/events';

/** Block Kit action ids. The value of each button is the promise id. */
export const ACTIONS = {
  onTrack: 'promise_on_track',
  takeOver: 'promise_take_over',
} as const;

/** Modal callback ids. */
export const CALLBACKS = {
  settings: 'kept_settings',
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
  leadPerson: 'settings_lead_person',
  leadLead: 'settings_lead_lead',
} as const;

export const INPUT_ACTION = 'value';

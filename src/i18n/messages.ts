/**
 * Everything Kept says, in English and Dutch. Parameters that come from users must already be escaped for
 * mrkdwn by the caller (the view builders do this); the strings here are trusted mrkdwn.
 */

import type { Assumption, DeadlineFlag } from '../parsing/deadline-types.js';
import type { Language } from './language.js';

export interface Messages {
  recordedTitle: string;
  alreadyRecordedNote: string;
  labelWhat: string;
  labelCustomer: string;
  labelOwner: string;
  labelDue: string;
  assumedPrefix: string;
  dateToken: string;
  flag(flag: DeadlineFlag): string | undefined;
  alsoPossible(readings: string): string;
  useReading(when: string): string;
  readingChosen(when: string): string;
  assumption(assumption: Assumption): string;
  ownerToldLater(owner: string): string;
  ownerNotice(recorder: string): string;
  workingOnIt: string;
  refusedEmpty: string;
  refusedNoDeadline(text: string): string;
  refusedVague(phrase: string): string;
  refusedPast(phrase: string, when: string): string;
  refusedNoWhat: string;
  refusedUnresolvedOwner(name: string): string;
  refusedUnknownOwner(owner: string): string;
  refusedBotOwner(owner: string): string;
  slackUnavailable: string;
  internalError: string;
  examplesIntro: string;
  examples: readonly string[];
  helpTitle: string;
  helpBody: string;
  reminder(when: string): string;
  atRisk(owner: string, timeLeft: string): string;
  brokenOwner: string;
  brokenEscalation(owner: string): string;
  escalationNotConfigured: string;
  escalationChannelUnusable(channel: string): string;
  escalationFallbackNote(problem: string): string;
  buttonOnTrack: string;
  buttonTakeOver: string;
  escalateHereDone(channel: string): string;
  escalateOffDone: string;
  escalateNeedsChannel: string;
  settingsSaved: string;
  settings: SettingsMessages;
  actions: ActionMessages;
  newPromise: NewPromiseMessages;
  lists: ListMessages;
  digest: DigestMessages;
  stats: StatsMessages;
  home: HomeMessages;
  coaching: CoachingMessages;
}

export interface CoachingMessages {
  band: Record<'hours' | 'same-day' | 'days-1-2' | 'days-3-5' | 'longer', string>;
  personal(kept: number, of: number, band: string): string;
  team(kept: number, of: number, band: string): string;
  suggest(when: string): string;
  useSuggestion(when: string): string;
  /** `count` is a number, or "20+" where the load check stopped counting. */
  load(count: string, day: string): string;
  quieter(day: string, count: string): string;
  recoveryQuestion: string;
  recoveryChoices: Record<'within_hours' | 'end_of_today' | 'tomorrow_noon' | 'other', string>;
  recoverySet(when: string): string;
  recoverySoon(when: string): string;
  recoveryDueLead(owner: string): string;
  recoveryUnanswered(owner: string): string;
  bouncing(count: number): string;
  customerBouncing(name: string, people: number): string;
  suggestionTaken(when: string): string;
}

export interface HomeMessages {
  title: string;
  myStats(rate: string, keptOnTime: number, renegotiated: number, broken: number): string;
  none: string;
  more(count: number): string;
  teamTitle: string;
  teamBroken(count: number): string;
  teamAtRisk(count: number): string;
  teamNone: string;
}

export interface StatsMessages {
  mine(days: number): string;
  user(user: string, days: number): string;
  team(days: number): string;
  customer(name: string, days: number): string;
  keepRate(rate: string, change: string | null): string;
  counts(c: {
    keptOnTime: number;
    keptLate: number;
    broken: number;
    renegotiated: number;
    cancelled: number;
  }): string;
  open(count: number): string;
  nothingYet: string;
  byBand(parts: string): string;
  bandPart(band: string, onTime: number, closed: number): string;
  renegotiatedShare(percent: string): string;
  medianRecovery(span: string): string;
  adviceTaken(taken: number, given: number): string;
}

export interface DigestMessages {
  title(date: string): string;
  allClear: string;
  overdue(count: number): string;
  dueToday(count: number): string;
  laterThisWeek(count: number): string;
  keptRecently(count: number): string;
  keepRate(rate: string, change: string | null, keptOnTime: number, due: number): string;
  renegotiated(count: number): string;
  customers: string;
  customerLine(name: string, promises: number, broken: number): string;
  more(count: number): string;
  hereDone(channel: string, time: string): string;
  offDone: string;
  needsChannel: string;
  badTime(text: string): string;
}

export interface ListMessages {
  mine: string;
  user(user: string): string;
  team: string;
  overdue: string;
  empty: string;
  showing(from: number, to: number, total: number): string;
  next: string;
  previous: string;
  actionsMenu: string;
  customerTitle(name: string): string;
  customerOpen: string;
  customerRecent: string;
  customerNone(name: string): string;
  outcome: Record<'keptOnTime' | 'keptLate' | 'broken' | 'cancelled', string>;
  handoffs(count: number): string;
  more(count: number): string;
}

export interface NewPromiseMessages {
  title: string;
  submit: string;
  customer: string;
  what: string;
  owner: string;
  deadline: string;
  deadlineHint: string;
  notes: string;
  fromMessage(link: string): string;
  errorWhatMissing: string;
  recordedByModal: string;
}

export interface ActionMessages {
  kept: string;
  keptLate: string;
  moreTime: string;
  handOver: string;
  snooze: string;
  snoozeHour: string;
  snoozeTomorrow: string;
  cancel: string;
  accept: string;
  decline: string;
  statusKeptOnTime(by: string, when: string): string;
  statusKeptLate(by: string, when: string): string;
  statusCancelled(by: string, reason: string): string;
  statusBroken: string;
  statusRecovery(when: string): string;
  statusWaitingHandover(to: string): string;
  doneRenegotiated(when: string): string;
  doneRecovery(when: string): string;
  doneHandoverRequested(to: string): string;
  doneOwner(owner: string): string;
  doneTakenOver(by: string): string;
  doneOnTrack: string;
  doneSnoozed(until: string): string;
  doneSnoozedClamped(until: string): string;
  doneDeclined(to: string): string;
  refusedNotAllowed(owner: string): string;
  refusedClosed(status: 'kept' | 'cancelled', when: string, by: string): string;
  refusedNotOpen(status: string): string;
  refusedNotHandoverTarget: string;
  refusedNoHandover: string;
  refusedAlreadyOwner: string;
  refusedSameOwner: string;
  refusedTooClose: string;
  refusedNotLater(when: string): string;
  refusedInPast: string;
  refusedCustomerNotTold: string;
  refusedNotFound: string;
  moreTimeTitle: string;
  newDeadline: string;
  newDeadlineHint: string;
  orPick: string;
  customerTold: string;
  customerToldOption: string;
  reason: string;
  save: string;
  close: string;
  handOverTitle: string;
  newOwner: string;
  note: string;
  cancelTitle: string;
  cancelReason: string;
  cancelReasons: Record<'customer_withdrew' | 'duplicate' | 'mistake' | 'other', string>;
  declineTitle: string;
  declineReason: string;
  errorDeadlineMissing: string;
  errorDeadlineUnreadable: string;
  errorDeadlineVague: string;
  errorOwnerIsBot: string;
  handoverOffer(from: string): string;
  handoverAcceptedNotice(by: string): string;
  handoverDeclinedNotice(by: string, reason: string): string;
  takenOverNotice(by: string): string;
}

export interface SettingsMessages {
  title: string;
  save: string;
  cancel: string;
  escalationChannel: string;
  escalationChannelHint: string;
  language: string;
  workDays: string;
  workStart: string;
  workEnd: string;
  endOfBusiness: string;
  endOfBusinessHint: string;
  holidayCountry: string;
  timeZone: string;
  timeZoneHint: string;
  ladder: string;
  ladderDayBefore: string;
  ladderSoon: string;
  ladderAtRisk: string;
  coaching: string;
  coachingOption: string;
  loadThreshold: string;
  errorLoadThreshold: string;
  digestChannel: string;
  digestTime: string;
  digestChannels(list: string): string;
  leadsHeader: string;
  leadsNone: string;
  leadPerson: string;
  leadLead: string;
  leadHint: string;
  weekdays: readonly string[];
  errorEndBeforeStart: string;
  errorNoWorkDays: string;
  errorTimeZone: string;
  errorLeadWithoutPerson: string;
  errorOwnLead: string;
  errorBadTime: string;
}

const WEEKDAYS: Record<Language, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
};

function weekday(language: Language, iso: string | number | undefined): string {
  return WEEKDAYS[language][Number(iso) - 1] ?? String(iso ?? '');
}

const en: Messages = {
  recordedTitle: 'Promise recorded',
  alreadyRecordedNote: 'This promise was already recorded; nothing was added twice.',
  labelWhat: 'Promise',
  labelCustomer: 'Customer',
  labelOwner: 'Owner',
  labelDue: 'Due',
  assumedPrefix: 'Assumed',
  dateToken: '{date_long_pretty} at {time}',
  flag: (flag) =>
    ({
      weekend: ':warning: That is on a weekend.',
      holiday: ':warning: That is on a public holiday.',
      fuzzy: ':information_source: The phrase was vague, so the latest sensible moment was taken.',
      ambiguous: undefined,
    })[flag],
  alsoPossible: (readings) => `:left_right_arrow: The phrase could also mean ${readings}.`,
  useReading: (when) => `Use ${when}`,
  readingChosen: (when) => `:calendar: Deadline set to ${when}.`,
  assumption: ({ code, params = {} }) => {
    switch (code) {
      case 'default-time':
        return `no time given: ${params.time}`;
      case 'late-today':
        return `the working day is over: end of today, ${params.time}`;
      case 'morning':
        return `morning: by ${params.time}`;
      case 'afternoon':
        return `afternoon: by ${params.time}`;
      case 'evening':
        return `evening: by ${params.time}`;
      case 'before-day':
        return `before that day: by the start of business, ${params.time}`;
      case 'pm-hour':
        return `a bare hour means the afternoon: ${params.time}`;
      case 'end-of-week':
        return `end of week: ${weekday('en', params.weekday)}`;
      case 'end-of-month':
        return 'end of month: its last business day';
      case 'range-end':
        return 'a period: its last day';
      case 'same-weekday-next-week':
        return 'that weekday is today: next week’s';
      case 'business-days':
        return `business days skip weekends and public holidays (${params.country})`;
      case 'later-alternative':
        return 'two days named: the later one';
      case 'explicit-zone':
        return `time zone from the text: ${params.zone}`;
      case 'next-year':
        return 'that date has passed this year: next year’s';
    }
  },
  ownerToldLater: (owner) => `${owner} will get a direct message about it.`,
  ownerNotice: (recorder) => `${recorder} recorded a promise in your name. You own it now:`,
  workingOnIt: 'Recording your promise…',
  refusedEmpty: 'Tell me what you promised and by when.',
  refusedNoDeadline: (text) =>
    `I could not find a deadline in “${text}”. Say when the customer will have it.`,
  refusedVague: (phrase) => `“${phrase}” is not a deadline a customer can count on. When will they have it?`,
  refusedPast: (phrase, when) => `“${phrase}” means ${when}, which has already passed. Nothing was recorded.`,
  refusedNoWhat: 'I found a deadline but not what was promised. Say what the customer will get.',
  refusedUnresolvedOwner: (name) =>
    `I cannot tell who “@${name}” is. Pick the person from Slack’s suggestions so the name becomes a mention.`,
  refusedUnknownOwner: (owner) => `I cannot find ${owner} in this workspace. Nothing was recorded.`,
  refusedBotOwner: (owner) => `${owner} is an app, not a person: promises need a person to own them.`,
  slackUnavailable: 'Slack did not answer in time, so nothing was recorded. Please try again in a moment.',
  internalError: 'Something went wrong on Kept’s side and nothing was recorded. Please try again.',
  examplesIntro: 'For example:',
  examples: [
    '/promise ACME: send the replacement charger by Friday 3pm',
    '/promise @ann Globex: call back tomorrow morning',
    '/promise Initech: send the quote within 3 business days',
  ],
  helpTitle: 'How to record a promise',
  helpBody: [
    '`/promise [@owner] [customer:] what when`',
    '• *@owner*: who keeps the promise; you, unless you mention someone.',
    '• *customer:*: the text before a colon names the customer.',
    '• *what when*: what you promised and the deadline, the way you would say it: “by Friday 3pm”, ' +
      '“tomorrow morning”, “in 2 hours”, “within 3 business days”, “Nov 26 at 4pm”.',
    'A date without a time means the end of the business day (17:00) in the owner’s time zone. ' +
      '“asap” is not a deadline: say when the customer will have it.',
  ].join('\n'),
  reminder: (when) => `:alarm_clock: *Reminder:* this promise is due ${when}.`,
  atRisk: (owner, timeLeft) =>
    `:warning: *At risk:* ${owner}’s promise is still open with ${timeLeft} to go.`,
  brokenOwner:
    ':rotating_light: *The deadline has passed* and this promise is still open. Contact the customer now: ' +
    'tell them what happened and when they will have it.',
  brokenEscalation: (owner) =>
    `:rotating_light: *Broken:* ${owner}’s promise passed its deadline while still open.`,
  escalationNotConfigured: 'no lead or escalation channel is set',
  escalationChannelUnusable: (channel) =>
    `Kept cannot post in ${channel} (invite it there with \`/invite @Kept\`)`,
  escalationFallbackNote: (problem) =>
    `:information_source: This should have gone to a lead, but ${problem}. ` +
    'Set one with `/promise settings`, or run `/promise escalate here` in the channel that should hear about it.',
  buttonOnTrack: 'On track',
  buttonTakeOver: 'Take over',
  escalateHereDone: (channel) =>
    `At-risk and broken promises of people without a lead now go to ${channel}. ` +
    'If Kept is not in this channel yet, add it with `/invite @Kept`.',
  escalateOffDone: 'Escalations no longer go to a channel; people without a lead get them themselves.',
  escalateNeedsChannel:
    'Run `/promise escalate here` in the channel that should hear about promises at risk.',
  settingsSaved: 'Kept’s settings are saved; open promises were re-planned with them.',
  settings: {
    title: 'Kept settings',
    save: 'Save',
    cancel: 'Cancel',
    escalationChannel: 'Escalation channel',
    escalationChannelHint: 'Where at-risk and broken promises go for people without a lead.',
    language: 'Language of channel posts',
    workDays: 'Working days',
    workStart: 'Working hours start',
    workEnd: 'Working hours end',
    endOfBusiness: 'End of the business day',
    endOfBusinessHint: 'What a date without a time means, e.g. “Friday” = Friday at this time.',
    holidayCountry: 'Public holidays of',
    timeZone: 'Default time zone',
    timeZoneHint: 'For people whose Slack profile has none, e.g. Europe/Amsterdam.',
    ladder: 'Reminders',
    ladderDayBefore: 'The working day before, at 10:00',
    ladderSoon: '2 hours before the deadline',
    ladderAtRisk: 'Tell a lead 1 hour before',
    coaching: 'Coaching when promising',
    coachingOption: 'Compare deadlines with past promises and the day’s load, and suggest safer ones',
    loadThreshold: 'Load check: promises due on one day',
    errorLoadThreshold: 'Use a whole number from 1 to 100.',
    digestChannel: 'Daily digest: add a channel',
    digestTime: 'Digest time (your time zone)',
    digestChannels: (list) => `Daily digest goes to: ${list}. \`/promise digest off\` in a channel stops it.`,
    leadsHeader: '*Leads*',
    leadsNone: 'No leads set yet.',
    leadPerson: 'Set the lead of',
    leadLead: 'Lead',
    leadHint: 'Leave the lead empty to remove it.',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    errorEndBeforeStart: 'The end must be after the start.',
    errorNoWorkDays: 'Pick at least one working day.',
    errorTimeZone: 'Use an IANA time zone such as Europe/Amsterdam or America/New_York.',
    errorLeadWithoutPerson: 'Pick whose lead this is.',
    errorOwnLead: 'Nobody can be their own lead.',
    errorBadTime: 'Pick a time.',
  },
  actions: {
    kept: 'Kept',
    keptLate: 'Kept (late)',
    moreTime: 'Need more time',
    handOver: 'Hand over',
    snooze: 'Snooze',
    snoozeHour: 'Remind me in 1 hour',
    snoozeTomorrow: 'Remind me tomorrow morning',
    cancel: 'Cancel',
    accept: 'Accept',
    decline: 'Decline',
    statusKeptOnTime: (by, when) => `:white_check_mark: Kept on time, marked by ${by} ${when}.`,
    statusKeptLate: (by, when) =>
      `:ballot_box_with_check: Kept late, marked by ${by} ${when}. It still counts as broken.`,
    statusCancelled: (by, reason) => `:heavy_multiplication_x: Cancelled by ${by}: ${reason}.`,
    statusBroken: ':rotating_light: Broken: the deadline passed while it was open.',
    statusRecovery: (when) => `:wrench: The customer will have it by ${when}.`,
    statusWaitingHandover: (to) => `:hourglass_flowing_sand: Waiting for ${to} to accept the hand-over.`,
    doneRenegotiated: (when) => `:handshake: New deadline ${when}, agreed with the customer.`,
    doneRecovery: (when) => `:wrench: Recovery date recorded: ${when}. The promise stays broken.`,
    doneHandoverRequested: (to) =>
      `:hourglass_flowing_sand: Asked ${to} to take this over; you own it until they accept.`,
    doneOwner: (owner) => `:bust_in_silhouette: ${owner} owns this promise now.`,
    doneTakenOver: (by) => `:raising_hand: Taken over by ${by}.`,
    doneOnTrack: ':thumbsup: Noted: on track. No escalation until the next reminder.',
    doneSnoozed: (until) => `:zzz: I’ll remind you again ${until}.`,
    doneSnoozedClamped: (until) =>
      `:zzz: That would be past the deadline, so I’ll remind you ${until}, just before it.`,
    doneDeclined: (to) => `:no_entry_sign: ${to} declined the hand-over.`,
    refusedNotAllowed: (owner) =>
      `Only the owner (${owner}) or the person who recorded this promise can do that.`,
    refusedClosed: (status, when, by) =>
      `This promise was already ${status === 'kept' ? 'kept' : 'cancelled'} ${when} by ${by}.`,
    refusedNotOpen: (status) => `That no longer applies: this promise is ${status}.`,
    refusedNotHandoverTarget: 'This hand-over was offered to someone else.',
    refusedNoHandover: 'This hand-over is no longer waiting for an answer.',
    refusedAlreadyOwner: 'You already own this promise.',
    refusedSameOwner: 'That person already owns this promise.',
    refusedTooClose: 'The deadline is too close to snooze; act on it now.',
    refusedNotLater: (when) => `The new deadline must be later than the current one (${when}).`,
    refusedInPast: 'That moment has already passed.',
    refusedCustomerNotTold:
      'Tell the customer about the new date first, then tick “I have told the customer”. ' +
      'Moving a deadline they don’t know about is how promises get broken.',
    refusedNotFound: 'I cannot find that promise any more.',
    moreTimeTitle: 'Need more time',
    newDeadline: 'New deadline',
    newDeadlineHint: 'As you would say it: “Friday 3pm”, “within 2 business days”.',
    orPick: 'Or pick a date and time',
    customerTold: 'The customer',
    customerToldOption: 'I have told the customer about the new date',
    reason: 'Reason',
    save: 'Save',
    close: 'Close',
    handOverTitle: 'Hand over',
    newOwner: 'New owner',
    note: 'Note for them',
    cancelTitle: 'Cancel promise',
    cancelReason: 'Why',
    cancelReasons: {
      customer_withdrew: 'The customer withdrew',
      duplicate: 'A duplicate',
      mistake: 'Recorded by mistake',
      other: 'Something else',
    },
    declineTitle: 'Decline hand-over',
    declineReason: 'Why can’t you take it?',
    errorDeadlineMissing: 'Type a deadline or pick a date and time.',
    errorDeadlineUnreadable: 'I could not read a deadline here. Try “Friday 3pm” or “tomorrow 12:00”.',
    errorDeadlineVague: 'That is not a deadline a customer can count on. When exactly?',
    errorOwnerIsBot: 'Pick a person, not an app.',
    handoverOffer: (from) => `${from} asks you to take over this promise. Until you accept, it stays theirs.`,
    handoverAcceptedNotice: (by) => `${by} accepted: the promise is theirs now.`,
    handoverDeclinedNotice: (by, reason) =>
      `${by} declined to take over this promise${reason ? `: ${reason}` : '.'}`,
    takenOverNotice: (by) => `${by} took over this promise from you.`,
  },
  newPromise: {
    title: 'New promise',
    submit: 'Record',
    customer: 'Customer',
    what: 'What did you promise?',
    owner: 'Owner',
    deadline: 'By when?',
    deadlineHint: 'As you would say it: “Friday 3pm”, “tomorrow morning”, “within 3 business days”.',
    notes: 'Notes',
    fromMessage: (link) => `From <${link}|this message>.`,
    errorWhatMissing: 'Say what the customer will get.',
    recordedByModal: 'Recorded from the form.',
  },
  lists: {
    mine: 'Your open promises',
    user: (user) => `Open promises of ${user}`,
    team: 'The team’s open promises',
    overdue: 'Overdue promises',
    empty: 'Nothing here: no open promises.',
    showing: (from, to, total) => `Showing ${from}–${to} of ${total}.`,
    next: 'Next',
    previous: 'Previous',
    actionsMenu: 'Actions',
    customerTitle: (name) => `Promises to ${name}`,
    customerOpen: '*Open*',
    customerRecent: '*Last 90 days*',
    customerNone: (name) => `No promises to ${name} are open or came due in the last 90 days.`,
    outcome: { keptOnTime: 'kept on time', keptLate: 'kept late', broken: 'broken', cancelled: 'cancelled' },
    handoffs: (count) => (count === 1 ? '1 hand-off' : `${count} hand-offs`),
    more: (count) => `+${count} more`,
  },
  digest: {
    title: (date) => `Promises for ${date}`,
    allClear: ':white_check_mark: All clear: nothing overdue, nothing due this week, nothing to report.',
    overdue: (count) => `:rotating_light: *Broken and overdue* (${count})`,
    dueToday: (count) => `:alarm_clock: *At risk: due today* (${count})`,
    laterThisWeek: (count) => `:date: *Due later this week* (${count})`,
    keptRecently: (count) => `:white_check_mark: *Kept since the last working day* (${count})`,
    keepRate: (rate, change, keptOnTime, due) =>
      `:bar_chart: *Keep rate, last 30 days: ${rate}*${change === null ? '' : ` (${change} points on the 30 days before)`} · kept on time ${keptOnTime} of ${due}`,
    renegotiated: (count) => `renegotiated in time: ${count}`,
    customers: ':busts_in_silhouette: *Customers to watch*',
    customerLine: (name, promises, broken) =>
      `${name}: ${promises} ${promises === 1 ? 'promise' : 'promises'} in 30 days${broken > 0 ? `, ${broken} broken` : ''}`,
    more: (count) => `+${count} more: see Kept’s App Home or \`/promise list team\``,
    hereDone: (channel, time) => `${channel} gets the daily digest at ${time} on working days.`,
    offDone: 'This channel no longer gets the daily digest.',
    needsChannel: 'Run `/promise digest here` in the channel that should get the digest.',
    badTime: (text) => `“${text}” is not a time. Use HH:MM, e.g. \`/promise digest here 08:30\`.`,
  },
  stats: {
    mine: (days) => `Your promises, last ${days} days`,
    user: (user, days) => `Promises of ${user}, last ${days} days`,
    team: (days) => `The team’s promises, last ${days} days`,
    customer: (name, days) => `Promises to ${name}, last ${days} days`,
    keepRate: (rate, change) =>
      `*Keep rate: ${rate}*${change === null ? '' : ` (${change} points on the period before)`}`,
    counts: (c) =>
      `kept on time ${c.keptOnTime} · kept late ${c.keptLate} · broken ${c.broken} · renegotiated in time ${c.renegotiated} · cancelled ${c.cancelled}`,
    open: (count) => `open now: ${count}`,
    nothingYet: 'Nothing came due in this period yet.',
    byBand: (parts) => `On time by lead time: ${parts}`,
    bandPart: (band, onTime, closed) => `${band} ${onTime}/${closed}`,
    renegotiatedShare: (percent) => `renegotiated before the deadline: ${percent}`,
    medianRecovery: (span) => `median recovery after a breach: ${span}`,
    adviceTaken: (taken, given) => `safer deadline suggested ${given}×, taken ${taken}×`,
  },
  home: {
    title: 'Your promises',
    myStats: (rate, keptOnTime, renegotiated, broken) =>
      `Last 30 days: keep rate *${rate}* · kept on time ${keptOnTime} · renegotiated in time ${renegotiated} · broken ${broken}`,
    none: 'You have no open promises. Record one with `/promise` or the “New promise” shortcut.',
    more: (count) => `+${count} more: \`/promise list\` shows them all.`,
    teamTitle: 'Team: at risk and broken',
    teamBroken: (count) => `:rotating_light: *Broken and overdue* (${count})`,
    teamAtRisk: (count) => `:alarm_clock: *Due within the next 24 hours* (${count})`,
    teamNone: 'Nothing at risk in the team right now.',
  },
  coaching: {
    band: {
      hours: 'within-4-working-hours',
      'same-day': 'same-day',
      'days-1-2': '1–2-business-day',
      'days-3-5': '3–5-business-day',
      longer: 'longer',
    },
    personal: (kept, of, band) =>
      `:thinking_face: You kept ${kept} of ${of} ${band} promises on time in the last 90 days.`,
    team: (kept, of, band) =>
      `:thinking_face: The team kept ${kept} of ${of} ${band} promises on time in the last 90 days (you have too few of your own to go by).`,
    suggest: (when) =>
      `A deadline you would more likely keep: ${when}. Promise less, deliver what you promise.`,
    useSuggestion: (when) => `Use ${when}`,
    load: (count, day) => `:stack_of_books: You already have ${count} other promises due on ${day}.`,
    quieter: (day, count) => `${day} is quieter (${count}).`,
    recoveryQuestion:
      '*When will the customer have it now?* Make sure they hear it from us first, before they have to ask.',
    recoveryChoices: {
      within_hours: 'Within 4 working hours',
      end_of_today: 'End of today',
      tomorrow_noon: 'Tomorrow 12:00',
      other: 'Another time…',
    },
    recoverySet: (when) => `:wrench: Recovery deadline: ${when}. I’ll remind you an hour before.`,
    recoverySoon: (when) => `:wrench: *The customer expects it ${when}* (the recovery deadline you gave).`,
    recoveryDueLead: (owner) =>
      `:rotating_light: *Recovery missed:* ${owner} gave the customer a new time, and it has passed too.`,
    recoveryUnanswered: (owner) =>
      `:rotating_light: ${owner} has not said when the customer will have this broken promise. Check in with them?`,
    bouncing: (count) =>
      `:repeat: This promise has now been handed over ${count} times. Customers notice being passed around.`,
    customerBouncing: (name, people) => `${name} has been passed between ${people} people in 30 days`,
    suggestionTaken: (when) => `:thumbsup: Deadline moved to ${when}, as suggested.`,
  },
};

const nl: Messages = {
  recordedTitle: 'Belofte vastgelegd',
  alreadyRecordedNote: 'Deze belofte was al vastgelegd; er is niets dubbel toegevoegd.',
  labelWhat: 'Belofte',
  labelCustomer: 'Klant',
  labelOwner: 'Eigenaar',
  labelDue: 'Deadline',
  assumedPrefix: 'Aangenomen',
  dateToken: '{date_long_pretty} om {time}',
  flag: (flag) =>
    ({
      weekend: ':warning: Dat valt in het weekend.',
      holiday: ':warning: Dat is een feestdag.',
      fuzzy: ':information_source: De omschrijving was vaag, dus het laatste redelijke moment is genomen.',
      ambiguous: undefined,
    })[flag],
  alsoPossible: (readings) => `:left_right_arrow: Het kan ook ${readings} betekenen.`,
  useReading: (when) => `Gebruik ${when}`,
  readingChosen: (when) => `:calendar: Deadline gezet op ${when}.`,
  assumption: ({ code, params = {} }) => {
    switch (code) {
      case 'default-time':
        return `geen tijd genoemd: ${params.time}`;
      case 'late-today':
        return `de werkdag is voorbij: eind van vandaag, ${params.time}`;
      case 'morning':
        return `ochtend: uiterlijk ${params.time}`;
      case 'afternoon':
        return `middag: uiterlijk ${params.time}`;
      case 'evening':
        return `avond: uiterlijk ${params.time}`;
      case 'before-day':
        return `voor die dag: uiterlijk bij het begin van de werkdag, ${params.time}`;
      case 'pm-hour':
        return `een los uur betekent de middag: ${params.time}`;
      case 'end-of-week':
        return `eind van de week: ${weekday('nl', params.weekday)}`;
      case 'end-of-month':
        return 'eind van de maand: de laatste werkdag';
      case 'range-end':
        return 'een periode: de laatste dag ervan';
      case 'same-weekday-next-week':
        return 'die dag is vandaag: die van volgende week';
      case 'business-days':
        return `werkdagen zonder weekend en feestdagen (${params.country})`;
      case 'later-alternative':
        return 'twee dagen genoemd: de laatste';
      case 'explicit-zone':
        return `tijdzone uit de tekst: ${params.zone}`;
      case 'next-year':
        return 'die datum is dit jaar al voorbij: volgend jaar';
    }
  },
  ownerToldLater: (owner) => `${owner} krijgt er een direct bericht over.`,
  ownerNotice: (recorder) =>
    `${recorder} heeft een belofte op jouw naam vastgelegd. Jij bent nu de eigenaar:`,
  workingOnIt: 'Je belofte wordt vastgelegd…',
  refusedEmpty: 'Vertel wat je hebt beloofd en wanneer.',
  refusedNoDeadline: (text) => `Ik vind geen deadline in “${text}”. Zeg wanneer de klant het heeft.`,
  refusedVague: (phrase) =>
    `“${phrase}” is geen deadline waar een klant op kan rekenen. Wanneer heeft de klant het?`,
  refusedPast: (phrase, when) =>
    `“${phrase}” betekent ${when}, en dat is al voorbij. Er is niets vastgelegd.`,
  refusedNoWhat: 'Ik vond een deadline, maar niet wat er beloofd is. Zeg wat de klant krijgt.',
  refusedUnresolvedOwner: (name) =>
    `Ik weet niet wie “@${name}” is. Kies de persoon uit de suggesties van Slack, zodat de naam een vermelding wordt.`,
  refusedUnknownOwner: (owner) => `Ik kan ${owner} niet vinden in deze workspace. Er is niets vastgelegd.`,
  refusedBotOwner: (owner) =>
    `${owner} is een app, geen persoon: een belofte heeft een persoon als eigenaar nodig.`,
  slackUnavailable: 'Slack antwoordde niet op tijd, dus er is niets vastgelegd. Probeer het zo nog eens.',
  internalError: 'Er ging iets mis bij Kept en er is niets vastgelegd. Probeer het nog eens.',
  examplesIntro: 'Bijvoorbeeld:',
  examples: [
    '/promise ACME: vervangende oplader opsturen uiterlijk vrijdag 15:00',
    '/promise @ann Globex: morgenochtend terugbellen',
    '/promise Initech: offerte sturen binnen 3 werkdagen',
  ],
  helpTitle: 'Zo leg je een belofte vast',
  helpBody: [
    '`/promise [@eigenaar] [klant:] wat wanneer`',
    '• *@eigenaar*: wie de belofte nakomt; jij, tenzij je iemand noemt.',
    '• *klant:*: de tekst voor een dubbele punt is de klant.',
    '• *wat wanneer*: wat je beloofde en de deadline, zoals je het zou zeggen: “uiterlijk vrijdag 15:00”, ' +
      '“morgenochtend”, “over 2 uur”, “binnen 3 werkdagen”, “26 november om 16:00”.',
    'Een datum zonder tijd betekent het eind van de werkdag (17:00) in de tijdzone van de eigenaar. ' +
      '“zo snel mogelijk” is geen deadline: zeg wanneer de klant het heeft.',
  ].join('\n'),
  reminder: (when) => `:alarm_clock: *Herinnering:* deze belofte moet ${when} af zijn.`,
  atRisk: (owner, timeLeft) =>
    `:warning: *In gevaar:* de belofte van ${owner} staat nog open, met nog ${timeLeft} te gaan.`,
  brokenOwner:
    ':rotating_light: *De deadline is verstreken* en deze belofte staat nog open. Neem nu contact op met de klant: ' +
    'vertel wat er gebeurd is en wanneer ze het wel hebben.',
  brokenEscalation: (owner) =>
    `:rotating_light: *Gebroken:* de belofte van ${owner} is over de deadline heen en staat nog open.`,
  escalationNotConfigured: 'er is geen leidinggevende of escalatiekanaal ingesteld',
  escalationChannelUnusable: (channel) =>
    `Kept kan niet posten in ${channel} (nodig Kept daar uit met \`/invite @Kept\`)`,
  escalationFallbackNote: (problem) =>
    `:information_source: Dit had naar een leidinggevende moeten gaan, maar ${problem}. ` +
    'Stel die in met `/promise settings`, of gebruik `/promise escalate here` in het kanaal dat het moet horen.',
  buttonOnTrack: 'Loopt op schema',
  buttonTakeOver: 'Overnemen',
  escalateHereDone: (channel) =>
    `Beloften in gevaar of gebroken beloften van mensen zonder leidinggevende gaan nu naar ${channel}. ` +
    'Zit Kept nog niet in dit kanaal, voeg het dan toe met `/invite @Kept`.',
  escalateOffDone: 'Escalaties gaan niet meer naar een kanaal; mensen zonder leidinggevende krijgen ze zelf.',
  escalateNeedsChannel:
    'Gebruik `/promise escalate here` in het kanaal dat moet horen over beloften in gevaar.',
  settingsSaved: 'De instellingen van Kept zijn opgeslagen; open beloften zijn ermee opnieuw ingepland.',
  settings: {
    title: 'Instellingen van Kept',
    save: 'Opslaan',
    cancel: 'Annuleren',
    escalationChannel: 'Escalatiekanaal',
    escalationChannelHint:
      'Waar beloften in gevaar en gebroken beloften heen gaan voor mensen zonder leidinggevende.',
    language: 'Taal van kanaalberichten',
    workDays: 'Werkdagen',
    workStart: 'Begin werktijd',
    workEnd: 'Eind werktijd',
    endOfBusiness: 'Eind van de werkdag',
    endOfBusinessHint: 'Wat een datum zonder tijd betekent, bijv. “vrijdag” = vrijdag om deze tijd.',
    holidayCountry: 'Feestdagen van',
    timeZone: 'Standaardtijdzone',
    timeZoneHint: 'Voor mensen zonder tijdzone in hun Slack-profiel, bijv. Europe/Amsterdam.',
    ladder: 'Herinneringen',
    ladderDayBefore: 'De werkdag ervoor, om 10:00',
    ladderSoon: '2 uur voor de deadline',
    ladderAtRisk: 'Een leidinggevende 1 uur ervoor waarschuwen',
    coaching: 'Coaching bij het beloven',
    coachingOption:
      'Deadlines vergelijken met eerdere beloften en de drukte van die dag, en veiligere voorstellen',
    loadThreshold: 'Drukte: beloften op één dag',
    errorLoadThreshold: 'Gebruik een heel getal van 1 tot 100.',
    digestChannel: 'Dagelijks overzicht: kanaal toevoegen',
    digestTime: 'Tijd van het overzicht (jouw tijdzone)',
    digestChannels: (list) =>
      `Het dagelijkse overzicht gaat naar: ${list}. \`/promise digest off\` in een kanaal stopt het.`,
    leadsHeader: '*Leidinggevenden*',
    leadsNone: 'Nog geen leidinggevenden ingesteld.',
    leadPerson: 'Leidinggevende instellen van',
    leadLead: 'Leidinggevende',
    leadHint: 'Laat de leidinggevende leeg om die te verwijderen.',
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    errorEndBeforeStart: 'Het eind moet na het begin liggen.',
    errorNoWorkDays: 'Kies minstens één werkdag.',
    errorTimeZone: 'Gebruik een IANA-tijdzone zoals Europe/Amsterdam of America/New_York.',
    errorLeadWithoutPerson: 'Kies van wie dit de leidinggevende is.',
    errorOwnLead: 'Niemand kan zijn eigen leidinggevende zijn.',
    errorBadTime: 'Kies een tijd.',
  },
  actions: {
    kept: 'Nagekomen',
    keptLate: 'Nagekomen (te laat)',
    moreTime: 'Meer tijd nodig',
    handOver: 'Overdragen',
    snooze: 'Later herinneren',
    snoozeHour: 'Over 1 uur herinneren',
    snoozeTomorrow: 'Morgenochtend herinneren',
    cancel: 'Annuleren',
    accept: 'Accepteren',
    decline: 'Weigeren',
    statusKeptOnTime: (by, when) => `:white_check_mark: Op tijd nagekomen, gemeld door ${by} ${when}.`,
    statusKeptLate: (by, when) =>
      `:ballot_box_with_check: Te laat nagekomen, gemeld door ${by} ${when}. Telt nog als gebroken.`,
    statusCancelled: (by, reason) => `:heavy_multiplication_x: Geannuleerd door ${by}: ${reason}.`,
    statusBroken: ':rotating_light: Gebroken: de deadline verstreek terwijl de belofte openstond.',
    statusRecovery: (when) => `:wrench: De klant heeft het uiterlijk ${when}.`,
    statusWaitingHandover: (to) => `:hourglass_flowing_sand: Wacht tot ${to} de overdracht accepteert.`,
    doneRenegotiated: (when) => `:handshake: Nieuwe deadline ${when}, afgesproken met de klant.`,
    doneRecovery: (when) => `:wrench: Hersteldatum vastgelegd: ${when}. De belofte blijft gebroken.`,
    doneHandoverRequested: (to) =>
      `:hourglass_flowing_sand: ${to} is gevraagd dit over te nemen; tot die accepteert blijft het van jou.`,
    doneOwner: (owner) => `:bust_in_silhouette: ${owner} is nu eigenaar van deze belofte.`,
    doneTakenOver: (by) => `:raising_hand: Overgenomen door ${by}.`,
    doneOnTrack: ':thumbsup: Genoteerd: loopt op schema. Geen escalatie tot de volgende herinnering.',
    doneSnoozed: (until) => `:zzz: Ik herinner je ${until} opnieuw.`,
    doneSnoozedClamped: (until) =>
      `:zzz: Dat zou na de deadline zijn, dus ik herinner je ${until}, vlak ervoor.`,
    doneDeclined: (to) => `:no_entry_sign: ${to} heeft de overdracht geweigerd.`,
    refusedNotAllowed: (owner) => `Alleen de eigenaar (${owner}) of wie de belofte vastlegde kan dat doen.`,
    refusedClosed: (status, when, by) =>
      `Deze belofte is al ${status === 'kept' ? 'nagekomen' : 'geannuleerd'}, ${when}, door ${by}.`,
    refusedNotOpen: (status) => `Dat kan niet meer: deze belofte is ${status}.`,
    refusedNotHandoverTarget: 'Deze overdracht is aan iemand anders aangeboden.',
    refusedNoHandover: 'Deze overdracht wacht niet meer op antwoord.',
    refusedAlreadyOwner: 'Je bent al eigenaar van deze belofte.',
    refusedSameOwner: 'Die persoon is al eigenaar van deze belofte.',
    refusedTooClose: 'De deadline is te dichtbij om uit te stellen; pak het nu op.',
    refusedNotLater: (when) => `De nieuwe deadline moet later zijn dan de huidige (${when}).`,
    refusedInPast: 'Dat moment is al voorbij.',
    refusedCustomerNotTold:
      'Vertel de klant eerst de nieuwe datum en vink dan “Ik heb de klant ingelicht” aan. ' +
      'Een deadline verschuiven zonder dat de klant het weet, is hoe beloften breken.',
    refusedNotFound: 'Ik kan die belofte niet meer vinden.',
    moreTimeTitle: 'Meer tijd nodig',
    newDeadline: 'Nieuwe deadline',
    newDeadlineHint: 'Zoals je het zou zeggen: “vrijdag 15:00”, “binnen 2 werkdagen”.',
    orPick: 'Of kies een datum en tijd',
    customerTold: 'De klant',
    customerToldOption: 'Ik heb de klant ingelicht over de nieuwe datum',
    reason: 'Reden',
    save: 'Opslaan',
    close: 'Sluiten',
    handOverTitle: 'Overdragen',
    newOwner: 'Nieuwe eigenaar',
    note: 'Toelichting',
    cancelTitle: 'Belofte annuleren',
    cancelReason: 'Waarom',
    cancelReasons: {
      customer_withdrew: 'De klant zag ervan af',
      duplicate: 'Dubbel vastgelegd',
      mistake: 'Per ongeluk vastgelegd',
      other: 'Iets anders',
    },
    declineTitle: 'Overdracht weigeren',
    declineReason: 'Waarom kun je het niet overnemen?',
    errorDeadlineMissing: 'Typ een deadline of kies een datum en tijd.',
    errorDeadlineUnreadable: 'Ik kan hier geen deadline in lezen. Probeer “vrijdag 15:00” of “morgen 12:00”.',
    errorDeadlineVague: 'Dat is geen deadline waar een klant op kan rekenen. Wanneer precies?',
    errorOwnerIsBot: 'Kies een persoon, geen app.',
    handoverOffer: (from) =>
      `${from} vraagt je deze belofte over te nemen. Tot je accepteert, blijft die van hen.`,
    handoverAcceptedNotice: (by) => `${by} heeft geaccepteerd: de belofte is nu van hen.`,
    handoverDeclinedNotice: (by, reason) =>
      `${by} wil deze belofte niet overnemen${reason ? `: ${reason}` : '.'}`,
    takenOverNotice: (by) => `${by} heeft deze belofte van je overgenomen.`,
  },
  newPromise: {
    title: 'Nieuwe belofte',
    submit: 'Vastleggen',
    customer: 'Klant',
    what: 'Wat heb je beloofd?',
    owner: 'Eigenaar',
    deadline: 'Uiterlijk wanneer?',
    deadlineHint: 'Zoals je het zou zeggen: “vrijdag 15:00”, “morgenochtend”, “binnen 3 werkdagen”.',
    notes: 'Notities',
    fromMessage: (link) => `Uit <${link}|dit bericht>.`,
    errorWhatMissing: 'Zeg wat de klant krijgt.',
    recordedByModal: 'Vastgelegd via het formulier.',
  },
  lists: {
    mine: 'Jouw open beloften',
    user: (user) => `Open beloften van ${user}`,
    team: 'Open beloften van het team',
    overdue: 'Te late beloften',
    empty: 'Niets te zien: geen open beloften.',
    showing: (from, to, total) => `${from}–${to} van ${total}.`,
    next: 'Volgende',
    previous: 'Vorige',
    actionsMenu: 'Acties',
    customerTitle: (name) => `Beloften aan ${name}`,
    customerOpen: '*Open*',
    customerRecent: '*Laatste 90 dagen*',
    customerNone: (name) =>
      `Er staan geen beloften aan ${name} open en er viel er geen in de laatste 90 dagen.`,
    outcome: {
      keptOnTime: 'op tijd nagekomen',
      keptLate: 'te laat nagekomen',
      broken: 'gebroken',
      cancelled: 'geannuleerd',
    },
    handoffs: (count) => (count === 1 ? '1 overdracht' : `${count} overdrachten`),
    more: (count) => `+${count} meer`,
  },
  digest: {
    title: (date) => `Beloften voor ${date}`,
    allClear: ':white_check_mark: Alles in orde: niets te laat, niets deze week, niets te melden.',
    overdue: (count) => `:rotating_light: *Gebroken en te laat* (${count})`,
    dueToday: (count) => `:alarm_clock: *In gevaar: vandaag af* (${count})`,
    laterThisWeek: (count) => `:date: *Later deze week af* (${count})`,
    keptRecently: (count) => `:white_check_mark: *Nagekomen sinds de vorige werkdag* (${count})`,
    keepRate: (rate, change, keptOnTime, due) =>
      `:bar_chart: *Nakomingsgraad, laatste 30 dagen: ${rate}*${change === null ? '' : ` (${change} punten t.o.v. de 30 dagen ervoor)`} · op tijd nagekomen ${keptOnTime} van ${due}`,
    renegotiated: (count) => `op tijd heronderhandeld: ${count}`,
    customers: ':busts_in_silhouette: *Klanten om op te letten*',
    customerLine: (name, promises, broken) =>
      `${name}: ${promises} ${promises === 1 ? 'belofte' : 'beloften'} in 30 dagen${broken > 0 ? `, ${broken} gebroken` : ''}`,
    more: (count) => `+${count} meer: zie de App Home van Kept of \`/promise list team\``,
    hereDone: (channel, time) => `${channel} krijgt het dagelijkse overzicht om ${time} op werkdagen.`,
    offDone: 'Dit kanaal krijgt het dagelijkse overzicht niet meer.',
    needsChannel: 'Gebruik `/promise digest here` in het kanaal dat het overzicht moet krijgen.',
    badTime: (text) => `“${text}” is geen tijd. Gebruik UU:MM, bijv. \`/promise digest here 08:30\`.`,
  },
  stats: {
    mine: (days) => `Jouw beloften, laatste ${days} dagen`,
    user: (user, days) => `Beloften van ${user}, laatste ${days} dagen`,
    team: (days) => `Beloften van het team, laatste ${days} dagen`,
    customer: (name, days) => `Beloften aan ${name}, laatste ${days} dagen`,
    keepRate: (rate, change) =>
      `*Nakomingsgraad: ${rate}*${change === null ? '' : ` (${change} punten t.o.v. de periode ervoor)`}`,
    counts: (c) =>
      `op tijd nagekomen ${c.keptOnTime} · te laat nagekomen ${c.keptLate} · gebroken ${c.broken} · op tijd heronderhandeld ${c.renegotiated} · geannuleerd ${c.cancelled}`,
    open: (count) => `nu open: ${count}`,
    nothingYet: 'Er viel in deze periode nog niets af.',
    byBand: (parts) => `Op tijd per doorlooptijd: ${parts}`,
    bandPart: (band, onTime, closed) => `${band} ${onTime}/${closed}`,
    renegotiatedShare: (percent) => `heronderhandeld vóór de deadline: ${percent}`,
    medianRecovery: (span) => `mediane hersteltijd na een breuk: ${span}`,
    adviceTaken: (taken, given) => `veiliger deadline voorgesteld ${given}×, overgenomen ${taken}×`,
  },
  home: {
    title: 'Jouw beloften',
    myStats: (rate, keptOnTime, renegotiated, broken) =>
      `Laatste 30 dagen: nakomingsgraad *${rate}* · op tijd nagekomen ${keptOnTime} · op tijd heronderhandeld ${renegotiated} · gebroken ${broken}`,
    none: 'Je hebt geen open beloften. Leg er een vast met `/promise` of de snelkoppeling “New promise”.',
    more: (count) => `+${count} meer: \`/promise list\` toont ze allemaal.`,
    teamTitle: 'Team: in gevaar en gebroken',
    teamBroken: (count) => `:rotating_light: *Gebroken en te laat* (${count})`,
    teamAtRisk: (count) => `:alarm_clock: *Af binnen 24 uur* (${count})`,
    teamNone: 'Niets in gevaar in het team op dit moment.',
  },
  coaching: {
    band: {
      hours: 'binnen-4-werkuren',
      'same-day': 'zelfde-dag',
      'days-1-2': '1–2-werkdagen',
      'days-3-5': '3–5-werkdagen',
      longer: 'langere',
    },
    personal: (kept, of, band) =>
      `:thinking_face: Je kwam ${kept} van ${of} ${band}-beloften op tijd na in de laatste 90 dagen.`,
    team: (kept, of, band) =>
      `:thinking_face: Het team kwam ${kept} van ${of} ${band}-beloften op tijd na in de laatste 90 dagen (van jezelf zijn er te weinig).`,
    suggest: (when) =>
      `Een deadline die je waarschijnlijker haalt: ${when}. Beloof minder, kom na wat je belooft.`,
    useSuggestion: (when) => `Gebruik ${when}`,
    load: (count, day) => `:stack_of_books: Je hebt al ${count} andere beloften die ${day} af moeten.`,
    quieter: (day, count) => `${day} is rustiger (${count}).`,
    recoveryQuestion:
      '*Wanneer heeft de klant het nu?* Zorg dat ze het eerst van ons horen, voordat ze moeten vragen.',
    recoveryChoices: {
      within_hours: 'Binnen 4 werkuren',
      end_of_today: 'Eind van vandaag',
      tomorrow_noon: 'Morgen 12:00',
      other: 'Ander tijdstip…',
    },
    recoverySet: (when) => `:wrench: Hersteldeadline: ${when}. Ik herinner je een uur ervoor.`,
    recoverySoon: (when) => `:wrench: *De klant verwacht het ${when}* (de hersteldeadline die je gaf).`,
    recoveryDueLead: (owner) =>
      `:rotating_light: *Herstel gemist:* ${owner} gaf de klant een nieuw tijdstip, en ook dat is voorbij.`,
    recoveryUnanswered: (owner) =>
      `:rotating_light: ${owner} heeft nog niet gezegd wanneer de klant deze gebroken belofte heeft. Even navragen?`,
    bouncing: (count) =>
      `:repeat: Deze belofte is nu ${count} keer overgedragen. Klanten merken het als ze worden doorgeschoven.`,
    customerBouncing: (name, people) => `${name} is in 30 dagen tussen ${people} mensen doorgeschoven`,
    suggestionTaken: (when) => `:thumbsup: Deadline verzet naar ${when}, zoals voorgesteld.`,
  },
};

const MESSAGES: Record<Language, Messages> = { en, nl };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}

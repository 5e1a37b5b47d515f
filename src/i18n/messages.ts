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
};

const MESSAGES: Record<Language, Messages> = { en, nl };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}

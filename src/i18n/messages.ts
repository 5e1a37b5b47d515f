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
};

const MESSAGES: Record<Language, Messages> = { en, nl };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}

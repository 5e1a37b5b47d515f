import { describe, expect, it } from 'vitest';
import type { CustomerPromise } from '../../src/domain/customer-promise.js';
import type { ParsedDeadline } from '../../src/parsing/deadline-types.js';
import {
  confirmationMessage,
  helpMessage,
  ownerNoticeMessage,
  refusalMessage,
} from '../../src/slack/views/command-replies.js';
import { slackDate } from '../../src/slack/views/slack-date.js';
import type { SlackMessage } from '../../src/slack/views/slack-message.js';

const now = new Date('2026-11-23T09:00:00Z');
const dueAt = new Date('2026-11-27T14:00:00Z');

const promise: CustomerPromise = {
  id: 7,
  teamId: 'T1',
  ownerId: 'U0BOB',
  createdBy: 'U0ANN',
  customer: 'ACME <!channel>',
  what: 'send the charger & cable <@U0EVE>',
  dueAt,
  deadlineText: 'by Friday 3pm',
  timeZone: 'Europe/Amsterdam',
  locale: 'en',
  source: 'slash_command',
  sourcePermalink: null,
  channelId: 'C1',
  status: 'open',
  keptOnTime: null,
  closedAt: null,
  createdAt: now,
  updatedAt: now,
  planVersion: 1,
  committedAt: now,
  onTrackAt: null,
  lastRemindedAt: null,
  handoverTo: null,
  handoverRequestedBy: null,
  handoverRequestedAt: null,
  recoveryDueAt: null,
  leadBand: null,
};

const deadline: ParsedDeadline = {
  ok: true,
  dueAt,
  span: { start: 25, end: 38, text: 'by Friday 3pm' },
  kind: 'datetime',
  assumptions: [{ code: 'default-time', params: { time: '17:00' } }],
  flags: ['ambiguous', 'weekend'],
  alternatives: [{ dueAt: new Date('2026-11-20T14:00:00Z'), kind: 'datetime' }],
  locale: 'en',
};

/** Everything a reader can see: the notification text and every text object in the blocks. */
function visibleText(message: SlackMessage): string[] {
  const texts: string[] = [message.text];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else walk(inner);
      }
    }
  };
  walk(message.blocks);
  return texts;
}

function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(50);
  expect(message.text.length).toBeLessThanOrEqual(3000);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'section') {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(10);
      for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(2000);
    }
  }
}

describe('confirmationMessage', () => {
  const message = confirmationMessage({
    promise,
    deadline,
    senderId: 'U0ANN',
    created: true,
    now,
    language: 'en',
  });

  it('shows what, customer, owner, the deadline token and how far away it is', () => {
    const all = visibleText(message).join('\n');
    expect(all).toContain('send the charger &amp; cable &lt;@U0EVE&gt;');
    expect(all).toContain('ACME &lt;!channel&gt;');
    expect(all).toContain('<@U0BOB>');
    expect(all).toContain(
      `<!date^${dueAt.getTime() / 1000}^{date_long_pretty} at {time}|Fri 27 Nov 2026, 15:00`,
    );
    expect(all).toContain('in 4 days');
  });

  it('lists the assumptions, the warnings and the other reading', () => {
    const all = visibleText(message).join('\n');
    expect(all).toContain('Assumed: no time given: 17:00');
    expect(all).toContain('weekend');
    expect(all).toContain(`could also mean <!date^${Date.parse('2026-11-20T14:00:00Z') / 1000}^`);
    expect(all).toContain('<@U0BOB> will get a direct message');
  });

  it('never lets user text form a mention, a channel ping or a link', () => {
    for (const text of visibleText(message)) {
      const tokens = text.match(/<[^>]*>/g) ?? [];
      for (const token of tokens) expect(token).toMatch(/^<(@U0BOB|@U0ANN|!date\^[^>]+)>$/);
    }
  });

  it('stays within Block Kit limits for the longest promise Kept stores', () => {
    const long = { ...promise, what: 'x'.repeat(2000), customer: 'y'.repeat(200) };
    expectWithinLimits(
      confirmationMessage({ promise: long, deadline, senderId: 'U0ANN', created: true, now, language: 'en' }),
    );
    const escapedHeavy = { ...promise, what: '<&>'.repeat(666) };
    expectWithinLimits(
      confirmationMessage({
        promise: escapedHeavy,
        deadline,
        senderId: 'U0ANN',
        created: true,
        now,
        language: 'nl',
      }),
    );
  });

  it('speaks Dutch', () => {
    const nl = confirmationMessage({
      promise,
      deadline,
      senderId: 'U0BOB',
      created: false,
      now,
      language: 'nl',
    });
    const all = visibleText(nl).join('\n');
    expect(all).toContain('Belofte vastgelegd');
    expect(all).toContain('over 4 dagen');
    expect(all).toContain('Aangenomen: geen tijd genoemd: 17:00');
    expect(all).toContain('al vastgelegd');
    expect(all).not.toContain('direct bericht');
  });
});

describe('other replies', () => {
  it('owner notice names the recorder', () => {
    const notice = ownerNoticeMessage(promise, now, 'en');
    expect(notice.text).toContain('<@U0ANN> recorded a promise in your name');
    expectWithinLimits(notice);
  });

  it('a refusal states the reason and shows examples', () => {
    const refusal = refusalMessage({ reason: 'vague', phrase: '<!here> asap' }, 'en');
    const all = visibleText(refusal).join('\n');
    expect(all).toContain('“&lt;!here&gt; asap” is not a deadline');
    expect(all).toContain('`/promise ACME: send the replacement charger by Friday 3pm`');
  });

  it('a past deadline is shown as a date', () => {
    const refusal = refusalMessage(
      {
        reason: 'past',
        phrase: 'yesterday',
        dueAt: new Date('2026-11-22T16:00:00Z'),
        timeZone: 'Europe/Amsterdam',
      },
      'nl',
    );
    expect(refusal.text).toContain('al voorbij');
    expect(refusal.text).toContain('<!date^');
  });

  it('help explains the grammar in both languages', () => {
    expect(visibleText(helpMessage('en')).join('\n')).toContain('[@owner] [customer:] what when');
    expect(visibleText(helpMessage('nl')).join('\n')).toContain('[@eigenaar] [klant:] wat wanneer');
  });
});

describe('slackDate', () => {
  it('falls back to the wall-clock time in the given zone', () => {
    expect(slackDate(dueAt, 'America/New_York', 'en')).toBe(
      `<!date^${dueAt.getTime() / 1000}^{date_long_pretty} at {time}|Fri 27 Nov 2026, 09:00 (America/New_York)>`,
    );
  });
});

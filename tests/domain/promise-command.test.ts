import { describe, expect, it } from 'vitest';
import { parsePromiseCommand } from '../../src/domain/promise-command.js';

describe('parsePromiseCommand', () => {
  it.each([
    [
      'ACME: send the replacement charger by Friday 3pm',
      null,
      'ACME',
      'send the replacement charger by Friday 3pm',
    ],
    ['<@U02ANN|ann> Globex: call back tomorrow morning', 'U02ANN', 'Globex', 'call back tomorrow morning'],
    ['<@U02ANN> call back tomorrow', 'U02ANN', null, 'call back tomorrow'],
    ['Globex: <@U02ANN|ann> call back tomorrow', 'U02ANN', 'Globex', 'call back tomorrow'],
    ['send the invoice at 15:00', null, null, 'send the invoice at 15:00'],
    ['ACME Corp B.V.: ship it tomorrow', null, 'ACME Corp B.V.', 'ship it tomorrow'],
    ['check https://example.com/x by Friday', null, null, 'check https://example.com/x by Friday'],
    ['  lots   of\n space  today ', null, null, 'lots of space today'],
    ['Ben &amp; Jerry: ship ice cream today', null, 'Ben & Jerry', 'ship ice cream today'],
  ])('%s', (text, ownerId, customer, body) => {
    expect(parsePromiseCommand(text)).toEqual({ kind: 'record', ownerId, customer, body });
  });

  it('turns Slack markup in the promise into plain text', () => {
    const parsed = parsePromiseCommand(
      'tell <!channel> and <#C1|support> about <https://x.io/t/1|ticket 1> today',
    );
    expect(parsed).toMatchObject({
      body: 'tell @channel and #support about ticket 1 (https://x.io/t/1) today',
    });
  });

  it.each(['help', 'HELP', 'hulp', '?'])('%s asks for help', (text) => {
    expect(parsePromiseCommand(text)).toEqual({ kind: 'help' });
  });

  it.each([
    ['settings', 'settings'],
    ['Instellingen', 'settings'],
    ['escalate  here', 'escalate-here'],
    ['escaleer hier', 'escalate-here'],
    ['escalate off', 'escalate-off'],
  ])('%s is a subcommand', (text, kind) => {
    expect(parsePromiseCommand(text)).toEqual({ kind });
  });

  it.each([
    ['list', { kind: 'list', scope: { kind: 'mine' } }],
    ['lijst', { kind: 'list', scope: { kind: 'mine' } }],
    ['list <@U0BOB|bob>', { kind: 'list', scope: { kind: 'user', userId: 'U0BOB' } }],
    ['list team', { kind: 'list', scope: { kind: 'team' } }],
    ['LIST Overdue', { kind: 'list', scope: { kind: 'overdue' } }],
    ['lijst te laat', { kind: 'list', scope: { kind: 'overdue' } }],
    ['customer ACME Corp', { kind: 'customer', name: 'ACME Corp' }],
    ['digest here', { kind: 'digest-here', time: undefined }],
    ['digest here 08:30', { kind: 'digest-here', time: '08:30' }],
    ['overzicht hier 9:00', { kind: 'digest-here', time: '9:00' }],
    ['digest off', { kind: 'digest-off' }],
    ['stats', { kind: 'stats', scope: { kind: 'mine' }, days: 30 }],
    ['stats team 90d', { kind: 'stats', scope: { kind: 'team' }, days: 90 }],
    ['stats <@U0BOB|bob>', { kind: 'stats', scope: { kind: 'user', userId: 'U0BOB' }, days: 30 }],
    [
      'stats customer ACME Corp 90d',
      { kind: 'stats', scope: { kind: 'customer', name: 'ACME Corp' }, days: 90 },
    ],
    ['cijfers 90 dagen', { kind: 'stats', scope: { kind: 'mine' }, days: 90 }],
    ['klant Ben &amp; Jerry', { kind: 'customer', name: 'Ben & Jerry' }],
  ])('%s', (text, expected) => {
    expect(parsePromiseCommand(text)).toEqual(expected);
  });

  it.each(['list the invoices for ACME by Friday', 'customer ACME: call back tomorrow'])(
    '"%s" is a promise, not a subcommand',
    (text) => {
      expect(parsePromiseCommand(text)).toMatchObject({ kind: 'record' });
    },
  );

  it.each(['constructor', '__proto__', 'toString'])('"%s" is not a subcommand', (text) => {
    expect(parsePromiseCommand(text)).toMatchObject({ kind: 'record', body: text });
  });

  it('does not take a promise that starts with a subcommand word for the subcommand', () => {
    expect(parsePromiseCommand('settings page fix for ACME tomorrow')).toMatchObject({ kind: 'record' });
  });

  it.each(['', '   ', 'ACME:', '<@U02ANN>'])('"%s" is empty', (text) => {
    expect(parsePromiseCommand(text)).toEqual({ kind: 'empty' });
  });

  it('refuses a bare @name that Slack did not turn into a mention', () => {
    expect(parsePromiseCommand('@ann call ACME back tomorrow')).toEqual({
      kind: 'unresolved-owner',
      name: 'ann',
    });
  });

  it('does not take a long sentence before a colon as the customer', () => {
    const text = `${'a very long introduction that goes on and on '.repeat(3)}: call back tomorrow`;
    expect(parsePromiseCommand(text)).toMatchObject({ customer: null });
  });
});

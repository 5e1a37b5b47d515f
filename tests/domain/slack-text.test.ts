import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  escapeMrkdwnWithin,
  joinLinesWithin,
  slackMarkupToPlainText,
  truncate,
} from '../../src/domain/slack-text.js';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel> ship it', '&lt;!channel&gt; ship it'],
    ['<@U123> and <!here>', '&lt;@U123&gt; and &lt;!here&gt;'],
    ['<https://evil.example|bank.com>', '&lt;https://evil.example|bank.com&gt;'],
    ['Ben & Jerry', 'Ben &amp; Jerry'],
    ['&lt; already', '&amp;lt; already'],
    ['*bold* _it_ ~s~', '*bold* _it_ ~s~'],
  ])('%s', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe('slackMarkupToPlainText', () => {
  it.each([
    ['<@U123|ann>', '@ann'],
    ['<@U123>', '@U123'],
    ['<!here>', '@here'],
    ['<!subteam^S1|@support>', '@support'],
    ['<#C1|general>', '#general'],
    ['<https://a.io>', 'https://a.io'],
    ['<https://a.io|a.io>', 'a.io (https://a.io)'],
    ['<mailto:a@b.io|a@b.io>', 'mailto:a@b.io'],
    ['a &lt;b&gt; &amp; c', 'a <b> & c'],
  ])('%s', (input, expected) => {
    expect(slackMarkupToPlainText(input)).toBe(expected);
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('abc', 3)).toBe('abc');
  });
  it('cuts with an ellipsis to the limit', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcdef', 4)).toHaveLength(4);
  });
  it('never splits a surrogate pair', () => {
    const cut = truncate('ab😀cd', 4);
    expect(cut).toBe('ab…');
  });
});

describe('joinLinesWithin', () => {
  it('joins lines that fit', () => {
    expect(joinLinesWithin(['a', 'b'], 10)).toBe('a\nb');
  });
  it('leaves out whole lines rather than cutting a token', () => {
    const token = '<!date^1700000000^{date}|Fri>';
    const joined = joinLinesWithin(['head', token, token], 40);
    expect(joined).toBe(`head\n${token}\n…`);
    expect(joined.length).toBeLessThanOrEqual(40);
  });
});

describe('escapeMrkdwnWithin', () => {
  it('escapes without cutting when it fits', () => {
    expect(escapeMrkdwnWithin('a & b', 9)).toBe('a &amp; b');
  });
  it('fits the escaped text in the limit and never splits an entity', () => {
    const cut = escapeMrkdwnWithin('<&>'.repeat(10), 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).toBe('&lt;&amp;…');
  });
  it('never splits a surrogate pair', () => {
    expect(escapeMrkdwnWithin('ab😀cd', 4)).toBe('ab…');
  });
});

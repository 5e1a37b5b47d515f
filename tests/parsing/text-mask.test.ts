import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK_CHAR, prepareText } from '../../src/parsing/text-mask.js';

function maskedParts(text: string): string[] {
  const prepared = prepareText(text);
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    if (prepared[i] === MASK_CHAR) current += text[i];
    else if (current) {
      parts.push(current);
      current = '';
    }
  }
  if (current) parts.push(current);
  return parts;
}

describe('prepareText', () => {
  it('keeps the length of any text, so spans stay valid in the original', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 500 }),
        (text) => prepareText(text).length === text.length,
      ),
      { numRuns: 300 },
    );
  });

  it('drops Slack emphasis markers and masks struck-through text', () => {
    expect(prepareText('*by Friday* and _tmrw_')).toBe(' by Friday  and  tmrw ');
    expect(prepareText('call snake_case_name')).toBe('call snake_case_name');
    expect(maskedParts('~by Monday~ by Tuesday')).toEqual(['~by Monday~']);
  });

  it('normalises curly apostrophes and non-breaking spaces', () => {
    expect(prepareText('3\u2019o clock\u00a0Fri')).toBe("3'o clock Fri");
  });

  it.each([
    ['upgrade to v2.5 today', 'v2.5'],
    ['install version 3.1 first', 'version 3.1'],
    ['running 10.4.2 now', '10.4.2'],
    ['15% off', '15%'],
    ['refund €17,50 now', '€17,50'],
    ['costs $12.50 monthly', '$12.50'],
    ['total 17.50 EUR', '17.50 EUR'],
    ['about order #12345', 'order #12345'],
    ['see INC0012345', 'INC0012345'],
    ['ticket 2024-1183', 'ticket 2024-1183'],
    ['see https://example.com/2026/11/27', 'https://example.com/2026/11/27'],
    ['mail jan@acme.nl', 'jan@acme.nl'],
    ['call +31 20 123 4567', '+31 20 123 4567'],
    ['bel 020-1234567', '020-1234567'],
    ['<@U123ABC> said', '<@U123ABC>'],
  ])('masks the look-alike in "%s"', (text, masked) => {
    expect(maskedParts(text)).toEqual([masked]);
  });

  it.each([
    'by 27-11-2026 14:00',
    'op 05-11-2026 om 09:30',
    'om 14.30 uur',
    'on 27.11.2026',
    'in 2 hours',
    'by 5pm',
  ])('leaves dates and times alone: "%s"', (text) => {
    expect(maskedParts(text)).toEqual([]);
  });
});

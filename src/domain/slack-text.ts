/**
 * Slack text in and out. Incoming command text arrives with Slack's own markup (`<@U123|ann>`, `<!here>`,
 * `<https://…|label>`, `&amp;`); Kept stores plain text. Outgoing mrkdwn must escape `&`, `<` and `>` so that
 * nothing a user typed can ping `<!channel>` or disguise a link.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Turns Slack's markup into the plain text a person reads. */
export function slackMarkupToPlainText(text: string): string {
  const withoutTokens = text.replace(/<([^<>]*)>/g, (_match, inner: string) => plainToken(inner));
  return withoutTokens.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function plainToken(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!subteam^')) return label ? `@${label.replace(/^@/, '')}` : '@group';
  if (target.startsWith('!date^')) return label ?? '';
  if (target.startsWith('!')) return `@${target.slice(1)}`;
  if (label === undefined || label === target || `mailto:${label}` === target) return target;
  return `${label} (${target})`;
}

/**
 * Cuts text to at most `max` characters, ending in an ellipsis when cut, without splitting a surrogate pair.
 * Slack counts characters, and a lone surrogate would be rejected.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Escapes `text` for mrkdwn and cuts it so the *escaped* result fits in `max` characters, never splitting an
 * entity (`&amp;`) or a surrogate pair.
 */
export function escapeMrkdwnWithin(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const char of text) {
    const piece = escapeMrkdwn(char);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/**
 * Joins lines with newlines, leaving out whole lines from the end (and saying so with "…") so the result fits in
 * `max` characters: cutting inside a line could split an escape or a `<!date^…>` token.
 */
export function joinLinesWithin(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = (kept.length === 0 ? 0 : 1) + line.length;
    if (length + added > max - 2) {
      kept.push('…');
      break;
    }
    kept.push(line);
    length += added;
  }
  return kept.join('\n');
}

/**
 * Turns what Kept sent to Slack into the plain text a person would read: mentions become names, date tokens
 * their fallback, mrkdwn markers go, buttons become [Labels].
 */

export type Names = ReadonlyMap<string, string>;

export function renderMrkdwn(text: string, names: Names): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => `@${names.get(id) ?? id}`)
    .replace(/<#([A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => `#${names.get(id) ?? id}`)
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/(^|\s)\*([^*\n]+)\*/g, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface TextObject {
  text?: string;
}

interface BlockLike {
  type?: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: Array<{ type?: string; text?: TextObject | string; options?: Array<{ text?: TextObject }> }>;
  accessory?: { type?: string };
}

/** One block per paragraph; fields side by side; buttons as [Label]. */
export function renderBlocks(blocks: unknown, names: Names): string[] {
  if (!Array.isArray(blocks)) return [];
  const lines: string[] = [];
  for (const block of blocks as BlockLike[]) {
    switch (block.type) {
      case 'header':
        lines.push(`== ${block.text?.text ?? ''} ==`);
        break;
      case 'section': {
        if (block.text?.text) lines.push(renderMrkdwn(block.text.text, names));
        const fields = (block.fields ?? []).map((f) =>
          renderMrkdwn(f.text ?? '', names).replace(/\n/g, ': '),
        );
        if (fields.length > 0) lines.push(fields.join('   '));
        break;
      }
      case 'context':
        for (const element of block.elements ?? []) {
          const text = typeof element.text === 'string' ? element.text : element.text?.text;
          if (text) lines.push(renderMrkdwn(text, names));
        }
        break;
      case 'actions': {
        const labels = (block.elements ?? []).map((element) =>
          element.type === 'overflow'
            ? `[⋯ ${(element.options ?? []).map((o) => o.text?.text).join(' / ')}]`
            : `[${typeof element.text === 'string' ? element.text : (element.text?.text ?? '')}]`,
        );
        lines.push(labels.join(' '));
        break;
      }
      case 'divider':
        lines.push('—');
        break;
    }
  }
  return lines.flatMap((line) => line.split('\n'));
}

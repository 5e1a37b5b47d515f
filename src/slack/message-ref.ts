import type { CardContext } from './views/promise-actions-block.js';

/**
 * Where a promise was shown when someone acted on it, so the message can be rewritten afterwards: a normal
 * message (chat.update), an ephemeral one (its response_url), or nowhere to update (App Home).
 */
export type MessageRef =
  | { kind: 'message'; channel: string; ts: string; context: SourceContext }
  | { kind: 'ephemeral'; responseUrl: string; context: SourceContext }
  /** App Home: republished after the action. */
  | { kind: 'home' }
  | { kind: 'none' };

/** A card (rewritten in place after an action) or a list line (the list stays; the result is told apart). */
export type SourceContext = CardContext | 'list';

/** The card a result is shown as: a list line's result is shown with the owner's actions. */
export function cardContextOf(source: MessageRef): CardContext {
  return source.kind === 'none' || source.kind === 'home' || source.context === 'list'
    ? 'owner'
    : source.context;
}

export interface ModalMetadata {
  promiseId: number;
  source: MessageRef;
}

export function encodeMetadata(metadata: ModalMetadata): string {
  return JSON.stringify(metadata);
}

export function decodeMetadata(text: string): ModalMetadata | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<ModalMetadata>;
    if (typeof parsed.promiseId !== 'number' || typeof parsed.source !== 'object' || parsed.source === null) {
      return undefined;
    }
    return { promiseId: parsed.promiseId, source: parsed.source };
  } catch {
    return undefined;
  }
}

import type { types } from '@slack/bolt';

/** A message as Kept sends it: Block Kit plus the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Block Kit limits Kept builds against (see README "Decisions"). */
export const LIMITS = {
  messageBlocks: 50,
  sectionText: 3000,
  fieldText: 2000,
  headerText: 150,
  contextElementText: 2000,
  /** Slack truncates notification text; well under its 40,000 hard limit and its 4,000 advice. */
  fallbackText: 3000,
} as const;

import type { Language } from '../../i18n/language.js';
import { messagesFor } from '../../i18n/messages.js';
import { formatAbsolute } from '../../i18n/time-format.js';

/**
 * Slack's date token: each reader sees the instant in their own zone and clock format. The fallback, for
 * clients that cannot render it, is the wall-clock time in `timeZone` (the owner's).
 */
export function slackDate(instant: Date, timeZone: string, language: Language): string {
  const seconds = Math.floor(instant.getTime() / 1000);
  const fallback = `${formatAbsolute(instant, timeZone, language)} (${timeZone})`;
  return `<!date^${seconds}^${messagesFor(language).dateToken}|${fallback}>`;
}

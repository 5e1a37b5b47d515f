/** The languages Kept speaks. Slack locales look like 'en-US', 'en-GB', 'nl-NL'. */
export type Language = 'en' | 'nl';

export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

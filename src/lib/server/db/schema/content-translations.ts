/**
 * Translations of editable content (case stories, events, pages), stored beside the German original in a jsonb
 * column: locale → the translated fields. A field that is absent or empty falls back to German with a visible note.
 */
export type ContentTranslations<F extends string> = Partial<Record<string, Partial<Record<F, string>>>>;

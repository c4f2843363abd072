import type { ContentTranslations } from '../db/schema/content-translations';

export interface Localized<F extends string> {
	values: Record<F, string>;
	/** True when at least one field shows the German original because its translation is missing. */
	fallback: boolean;
}

/**
 * The fields of a content record in the reader's language. German is the original; an absent or blank translation
 * falls back to it field by field, and `fallback` tells the page to show the "not yet translated" note.
 */
export function localizeContent<F extends string>(
	original: Record<F, string>,
	translations: ContentTranslations<F> | null | undefined,
	locale: string,
	fields: readonly F[] = Object.keys(original) as F[]
): Localized<F> {
	const values = { ...original };
	if (locale === 'de') return { values, fallback: false };
	const translated: Partial<Record<F, string>> = translations?.[locale] ?? {};
	let fallback = false;
	for (const field of fields) {
		const text = translated[field];
		if (typeof text === 'string' && text.trim() !== '') values[field] = text;
		else if (original[field].trim() !== '') fallback = true;
	}
	return { values, fallback };
}

import { m } from '$lib/paraglide/messages.js';

const NAMES: Record<string, () => string> = { en: m.page_lang_en, tr: m.page_lang_tr, ar: m.page_lang_ar, uk: m.page_lang_uk };

/** A translation language named in the back office's language (German or English). */
export function languageName(locale: string): string {
	return NAMES[locale]?.() ?? locale;
}

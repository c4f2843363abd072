/** The editable public pages: fixed keys, each served at one public path. */
export const CONTENT_PAGE_KEYS = [
	'angebot',
	'ueber-miglobe',
	'faq',
	'kontakt',
	'leichte-sprache',
	'leichte-sprache-angebot',
	'leichte-sprache-anfrage',
	'leichte-sprache-kontakt',
	'gebaerdensprache'
] as const;
export type ContentPageKey = (typeof CONTENT_PAGE_KEYS)[number];

/** Languages a page can be translated into (German is the original). */
export const TRANSLATION_LOCALES = ['en', 'tr', 'ar', 'uk'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

const PATHS: Record<ContentPageKey, string> = {
	angebot: '/angebot',
	'ueber-miglobe': '/ueber-miglobe',
	faq: '/faq',
	kontakt: '/kontakt',
	'leichte-sprache': '/leichte-sprache',
	'leichte-sprache-angebot': '/leichte-sprache/angebot',
	'leichte-sprache-anfrage': '/leichte-sprache/anfrage',
	'leichte-sprache-kontakt': '/leichte-sprache/kontakt',
	gebaerdensprache: '/gebaerdensprache'
};

export function isContentPageKey(key: string): key is ContentPageKey {
	return (CONTENT_PAGE_KEYS as readonly string[]).includes(key);
}

export function isTranslationLocale(locale: string): locale is TranslationLocale {
	return (TRANSLATION_LOCALES as readonly string[]).includes(locale);
}

/** The German public path of a page. */
export function pagePath(key: ContentPageKey): string {
	return PATHS[key];
}

/** Leichte Sprache is German by nature: these pages have no translations and appear only under the German URL. */
export function isEasyLanguagePage(key: ContentPageKey): boolean {
	return key.startsWith('leichte-sprache');
}

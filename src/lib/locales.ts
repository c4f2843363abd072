/** The languages of the platform. Public pages speak all five; the back office (/app) speaks German and English. */
export const PUBLIC_LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
export const APP_LOCALES = ['de', 'en'] as const;

/** Each language named in itself, as language switches do (not translated: a reader looks for their own). */
export const ENDONYMS: Record<string, string> = {
	de: 'Deutsch',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	uk: 'Українська'
};

/**
 * The BCP 47 tag for Intl formatting. Arabic keeps Latin digits: dates and times on the same page as German
 * addresses and phone numbers read more reliably that way.
 */
export function intlTag(locale: string): string {
	switch (locale) {
		case 'de':
			return 'de-DE';
		case 'tr':
			return 'tr-TR';
		case 'ar':
			return 'ar-u-nu-latn';
		case 'uk':
			return 'uk-UA';
		default:
			return 'en-GB';
	}
}

/** True for paths of the back office, which is German and English only. */
export function isAppPath(path: string): boolean {
	return path === '/app' || path.startsWith('/app/');
}

/** The back office's language for a locale: English stays English, everything else German. */
export function appLocale(locale: string): (typeof APP_LOCALES)[number] {
	return locale === 'en' ? 'en' : 'de';
}

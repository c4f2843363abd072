/**
 * ISO 639-1 language codes that the platform offers (all two-letter codes the ICU data of Node knows).
 * Names come from Intl.DisplayNames in the reader's language, so no list of names has to be maintained.
 */
export const LANGUAGE_CODES = [
	'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bh',
	'bi', 'bm', 'bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da',
	'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr',
	'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz',
	'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'in', 'io', 'is', 'it', 'iu', 'iw', 'ja', 'ji', 'jv', 'jw',
	'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la',
	'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mo', 'mr',
	'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj',
	'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc',
	'sd', 'se', 'sg', 'sh', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv',
	'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug',
	'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu',
] as const;

const known = new Set<string>(LANGUAGE_CODES);

export function isLanguageCode(code: unknown): code is string {
	return typeof code === 'string' && known.has(code);
}

/** "Tigrinya" / "Tigrinisch" for "ti"; the code itself when unknown. */
export function languageName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** All languages as options sorted by their name in the given locale. */
export function languageOptions(locale: string): { value: string; label: string }[] {
	return LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

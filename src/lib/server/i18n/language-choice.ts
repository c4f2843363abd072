import { APP_LOCALES, isAppPath, PUBLIC_LOCALES } from '$lib/locales';

/**
 * How the language is chosen (issue #6): the URL decides (/en/…, /tr/…, /ar/…, /uk/…, German without prefix).
 * A visitor's own choice in the language switch is remembered in a cookie, which only brings them back to their
 * language when they enter at the bare home page. The browser's Accept-Language is never consulted, and a URL with
 * a language always wins. Pure functions; the hook and the /sprache route apply them.
 */
export const LANGUAGE_COOKIE = 'miglobe_lang';
export const LANGUAGE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

export function isPublicLocale(value: string | null | undefined): value is PublicLocale {
	return (PUBLIC_LOCALES as readonly string[]).includes(value ?? '');
}

/** Where a visitor entering at "/" goes: their remembered language's home page, or nowhere (German). */
export function rememberedHome(pathname: string, cookie: string | undefined): string | null {
	if (pathname !== '/' || !isPublicLocale(cookie) || cookie === 'de') return null;
	return `/${cookie}`;
}

/**
 * The back office speaks German and English only; /tr/app/… and friends go to the German address of the same page
 * instead of showing German text in a Turkish or right-to-left frame.
 */
export function appPathInLocale(locale: string, delocalizedPath: string): boolean {
	return !(APP_LOCALES as readonly string[]).includes(locale) && isAppPath(delocalizedPath);
}

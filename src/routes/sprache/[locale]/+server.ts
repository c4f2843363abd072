import { error, redirect } from '@sveltejs/kit';
import { deLocalizeHref, localizeHref } from '$lib/paraglide/runtime';
import { getConfig } from '$lib/server/config';
import { safeRedirect } from '$lib/server/auth/auth-forms';
import { isPublicLocale, LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE } from '$lib/server/i18n/language-choice';
import type { RequestHandler } from './$types';

/**
 * The language switch: remembers the choice (a strictly necessary preference cookie, no tracking) and sends the
 * visitor to the same page in that language. A plain link, so it works without JavaScript.
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!isPublicLocale(params.locale)) error(404, 'Not found');
	const back = deLocalizeHref(safeRedirect(url.searchParams.get('zurueck'), '/'));
	cookies.set(LANGUAGE_COOKIE, params.locale, {
		path: '/',
		maxAge: LANGUAGE_COOKIE_MAX_AGE,
		sameSite: 'lax',
		httpOnly: true,
		secure: getConfig().secureCookies
	});
	redirect(303, localizeHref(back, { locale: params.locale }));
};

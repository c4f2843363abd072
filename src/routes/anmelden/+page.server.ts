import { fail, redirect } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { loginSchema, safeRedirect } from '$lib/server/auth/auth-forms';
import { clientAddress, parseForm } from '$lib/server/forms';
import { clearRateLimit, hitRateLimit, peekRateLimit, RULES } from '$lib/server/security/rate-limit';
import { localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, localizeHref(safeRedirect(url.searchParams.get('redirectTo'))));
	return {
		redirectTo: safeRedirect(url.searchParams.get('redirectTo')),
		loggedOut: url.searchParams.has('abgemeldet')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { auth, database } = await runtime();
		const data = await event.request.formData();
		const parsed = parseForm(loginSchema, data, { omit: ['password'] });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { email, password, redirectTo } = parsed.data;
		const values = { email, redirectTo: redirectTo ?? '' };

		const perIp = await hitRateLimit(database.db, RULES.loginPerIp, clientAddress(event));
		const perAccount = await peekRateLimit(database.db, RULES.loginPerAccount, email);
		if (!perIp.allowed || !perAccount.allowed) {
			const minutes = Math.ceil(Math.max(perIp.retryAfterSeconds, perAccount.retryAfterSeconds) / 60);
			return fail(429, { errors: { _form: m.login_rate_limited({ minutes }) }, values });
		}
		try {
			await auth.api.signInEmail({ body: { email, password }, headers: event.request.headers });
		} catch {
			await hitRateLimit(database.db, RULES.loginPerAccount, email);
			// One message for unknown address, wrong password and deactivated account: no enumeration.
			return fail(400, { errors: { _form: m.login_failed() }, values });
		}
		await clearRateLimit(database.db, RULES.loginPerAccount, email);
		redirect(303, localizeHref(safeRedirect(redirectTo)));
	}
};

import { fail } from '@sveltejs/kit';
import { runtime } from '$lib/server/runtime';
import { emailOnlySchema } from '$lib/server/auth/auth-forms';
import { clientAddress, parseForm } from '$lib/server/forms';
import { hitRateLimits, RULES } from '$lib/server/security/rate-limit';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ invalid: url.searchParams.has('error') });

export const actions: Actions = {
	default: async (event) => {
		const { auth, database, jobs } = await runtime();
		const parsed = parseForm(emailOnlySchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { email } = parsed.data;
		const limit = await hitRateLimits(database.db, [
			[RULES.mailLinkPerIp, clientAddress(event)],
			[RULES.mailLinkPerAccount, email]
		]);
		if (!limit.allowed) {
			return fail(429, {
				errors: { _form: m.form_rate_limited({ minutes: Math.ceil(limit.retryAfterSeconds / 60) }) },
				values: { email }
			});
		}
		await auth.api.signInMagicLink({
			body: { email, callbackURL: '/app', errorCallbackURL: '/anmelden/link' },
			headers: event.request.headers
		});
		jobs?.poke();
		// The same answer whether or not the address has an account.
		return { sent: true };
	}
};
